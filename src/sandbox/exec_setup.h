// What the sandboxed child does between fork and exec, as an ordered checklist (in the
// manner of nsjail's contain.cc): one step a line, each either done or reported.
//
// This code runs in the forked child of a possibly multi-threaded parent: it neither
// allocates nor throws. Everything it needs is prepared in ChildSetup beforehand (the
// strings, the mount plan, the seccomp program, the Landlock ruleset, the cgroup files).
// A step that fails writes {step, item, errno} to `error_fd` (close-on-exec, so a
// successful exec closes it and the parent reads EOF) and the child exits with status 127.
//
// Tier A (namespace_flags != 0) forks twice on the way: see namespaces.h for the
// forwarder / init / harness structure. Tier B and "none" exec in the first child.
#pragma once

#include <linux/filter.h>
#include <sys/types.h>

#include <cstddef>

#include "sandbox/limits.h"
#include "sandbox/mounts.h"

namespace autograde {

enum class SetupStep : int {
    redirect_fds = 1,
    new_session,
    parent_death_signal,
    reset_signals,
    resource_limits,
    working_directory,
    drop_privileges,
    no_new_privileges,
    close_inherited_fds,
    join_cgroup,
    namespaces,
    start_init,
    hostname,
    filesystem,
    start_harness,
    landlock,
    seccomp,
};

const char* describe(SetupStep step);

struct ChildSetup {
    // Pipe ends that become the child's descriptors 0..4 (stdin, stdout, stderr, requests,
    // records); all are >= 10 so that moving them cannot clobber one another.
    int fds[5] = {-1, -1, -1, -1, -1};
    int error_fd = -1;
    pid_t parent_pid = 0;  // getppid() must still be this once the death signal is set
    const char* working_directory = nullptr;
    SandboxLimits limits;
    bool drop_privileges = false;  // switch to `uid`/`gid` (when started as root)
    uid_t uid = 0;
    gid_t gid = 0;

    // The layers of issue 5; each is skipped when empty.
    // Descriptors here are >= 10 as well (see `fds`).
    const int* cgroup_procs_fds = nullptr;  // cgroup.procs of each hierarchy, to join first
    std::size_t cgroup_procs_count = 0;
    int namespace_flags = 0;                // tier A: CLONE_NEW* (then the init of namespaces.h)
    const char* uid_map = nullptr;          // with CLONE_NEWUSER: "inside outside 1"
    const char* gid_map = nullptr;
    const MountStep* mounts = nullptr;      // tier A: the filesystem view, in order
    std::size_t mount_count = 0;
    int landlock_fd = -1;                   // tier B: a prepared Landlock ruleset
    const sock_fprog* seccomp = nullptr;    // loaded last, just before exec
};

struct SetupFailure {
    int step = 0;
    int item = 0;  // SetupStep::filesystem: the index of the mount step
    int error_number = 0;
};

// Runs the checklist in the child. Returns only (in the harness process) when every step
// succeeded, for the caller to exec the interpreter.
void run_child_setup(const ChildSetup& setup) noexcept;

}  // namespace autograde
