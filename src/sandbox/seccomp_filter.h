// The seccomp filter every tier but "none" loads as the very last step before exec: it
// denies the system calls a Python exercise never needs (ptrace, mount and namespace
// calls, bpf, keyctl, io_uring, perf_event_open, module and kexec calls, SysV IPC and
// POSIX message queues, every socket family but AF_UNIX, TIOCSTI; and at tier B every
// socket but a connected AF_UNIX stream pair and every call that addresses a socket) with
// an error rather than a kill, so that the candidate
// sees an exception and gets a verdict. At tier B, which has no namespaces, it is what
// keeps the sandbox from the host's IPC objects and Unix sockets. Any other architecture's
// calls (i386's int 0x80, x32) fail with ENOSYS.
//
// The program is compiled once per process with libseccomp, in the parent, and exported
// as classic BPF; the child only hands it to the kernel (no allocation after fork).
#pragma once

#include <linux/filter.h>

#include <string>
#include <vector>

namespace autograde {

struct SeccompProgram {
    std::vector<sock_filter> instructions;
    sock_fprog program{};  // points into `instructions`
};

// What the filter allows of sockets (never any family but AF_UNIX):
// - pairs_only (tier B, whose Unix sockets and abstract names are the host's): connected
//   AF_UNIX stream pairs, and no call that addresses a socket;
// - unix_inside (tier A, inside its network, IPC and mount namespaces): any AF_UNIX socket.
enum class SocketRules { pairs_only, unix_inside };

// The compiled filter. Throws SandboxError when libseccomp cannot build it.
const SeccompProgram& seccomp_program(SocketRules rules);

// The denied calls, in words, for `autograde sandbox` and the reports.
std::string describe_seccomp_policy();

// Whether the kernel takes the filter: loads it in a throw-away child. Empty when it
// does, else the reason.
std::string probe_seccomp();

// In the child, after no_new_privs: installs `program`. Async-signal-safe.
bool load_seccomp(const sock_fprog* program) noexcept;

}  // namespace autograde
