// What the sandboxed child does between fork and exec, as an ordered checklist (in the
// manner of nsjail's contain.cc): one step a line, each either done or reported.
//
// This code runs in the forked child of a possibly multi-threaded parent: it neither
// allocates nor throws. Everything it needs is prepared in ChildSetup beforehand. A step
// that fails writes {step, errno} to `error_fd` (close-on-exec, so a successful exec
// closes it and the parent reads EOF) and the child exits with status 127.
#pragma once

#include <sys/types.h>

#include "sandbox/limits.h"

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
};

struct SetupFailure {
    int step = 0;
    int error_number = 0;
};

// Runs the checklist in the child. Returns only when every step succeeded.
void run_child_setup(const ChildSetup& setup) noexcept;

}  // namespace autograde
