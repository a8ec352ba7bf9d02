// Tier A's namespaces: which ones this machine lets us make, and, in the child, entering
// them and running the sandbox's PID 1.
//
// Process structure of a tier A sandbox (all in one process group, led by the first):
//
//   autograde ─ forwarder (outside; the pid the parent knows and reaps)
//                 └ init (PID 1 of the new PID namespace: reaps, never runs candidate code)
//                     └ harness (python3; the candidate's code and everything it starts)
//
// When the harness ends, init reports its wait status to the forwarder over a pipe and
// exits, which makes the kernel kill everything left in the namespace; the forwarder then
// ends the same way the harness did (same exit code or signal), so the parent sees the
// harness's own status (SIGXCPU, SIGKILL, ...). Killing the forwarder's process group
// kills init, and with it the whole namespace.
#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

namespace autograde {

// The namespaces tier A makes, without CLONE_NEWUSER (added when we are not root).
int tier_a_namespace_flags();

struct NamespaceProbe {
    std::string name;   // "user", "pid", "mount", "network", "ipc", "uts"
    bool available = false;
    std::string why_not;  // the errno text when not available
};

// Tries each namespace in a throw-away child (CLONE_NEWUSER first when not root, as the
// others need it then), then all together. Cached after the first call.
const std::vector<NamespaceProbe>& probe_namespaces();
bool all_namespaces_available();

// --- in the child (async-signal-safe, no allocation) ---

// unshare(flags); with CLONE_NEWUSER also writes the prepared maps ("deny" to setgroups).
bool enter_namespaces(int flags, const char* uid_map, const char* gid_map) noexcept;

// In the forwarder, after forking init (`child`): closes every descriptor but
// `status_fd`, waits for init and ends as the harness ended. Never returns.
[[noreturn]] void run_forwarder(pid_t child, int status_fd) noexcept;

// Init, before it forks the harness: blanks its own command line (the operator's, as
// init is a fork of autograde), which /proc/1/cmdline shows inside the namespace.
// Allocates nothing.
void blank_command_line() noexcept;

// In init, after forking the harness (`harness`): closes every descriptor but
// `status_fd`, reaps every process of the namespace, writes the harness's wait status to
// `status_fd` when it ends, and exits. Never returns.
[[noreturn]] void run_init(pid_t harness, int status_fd) noexcept;

}  // namespace autograde
