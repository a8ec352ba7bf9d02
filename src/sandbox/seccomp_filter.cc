#include "sandbox/seccomp_filter.h"

#include <linux/seccomp.h>
#include <sched.h>
#include <seccomp.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <memory>
#include <span>

#include "util/diagnostic.h"

namespace autograde {
namespace {

// Denied outright, with EPERM (as if we lacked the privilege, which inside we do).
// pidfd_getfd would copy a descriptor (a socket, say) out of another process of ours.
constexpr const char* k_denied_calls[] = {
    "ptrace", "process_vm_readv", "process_vm_writev", "pidfd_getfd", "mount", "umount2", "pivot_root", "chroot",
    "unshare", "setns", "open_tree", "move_mount", "fsopen", "fsconfig", "fsmount", "fspick", "mount_setattr", "bpf",
    "keyctl", "add_key", "request_key", "io_uring_setup", "io_uring_enter", "io_uring_register",
    "perf_event_open", "init_module", "finit_module", "delete_module", "kexec_load", "kexec_file_load",
    "reboot", "swapon", "swapoff", "userfaultfd", "open_by_handle_at", "name_to_handle_at", "syslog", "acct",
    "quotactl", "vhangup", "lookup_dcookie", "fanotify_init", "personality",
};

// SysV IPC and POSIX message queues: their objects belong to the IPC namespace, which at
// tier B is the host's, so they would outlive the run and carry data to the next one (a
// hidden test's arguments) or pin host memory. Python's threading, asyncio and
// concurrent.futures use none of them. "ipc" is i386's multiplexer; absent here, harmless.
constexpr const char* k_ipc_calls[] = {
    "shmget", "shmat", "shmctl", "shmdt", "msgget", "msgsnd", "msgrcv", "msgctl", "semget", "semop", "semtimedop",
    "semctl", "ipc", "mq_open", "mq_unlink", "mq_timedsend", "mq_timedreceive", "mq_notify", "mq_getsetattr",
};

// Calls that name a socket by address. Without them a socket reaches nothing outside.
constexpr const char* k_addressing_calls[] = {"connect", "bind", "listen", "accept", "accept4"};

constexpr unsigned long k_namespace_flags[] = {CLONE_NEWNS,  CLONE_NEWUSER, CLONE_NEWPID,   CLONE_NEWNET,
                                               CLONE_NEWIPC, CLONE_NEWUTS,  CLONE_NEWCGROUP};

constexpr unsigned long k_socket_type_mask = 0xf;  // the kernel's SOCK_TYPE_MASK: type without its flags

using Context = std::unique_ptr<void, void (*)(scmp_filter_ctx)>;

void check(int rc, const std::string& what) {
    if (rc < 0) throw SandboxError("cannot build the seccomp filter (" + what + "): " + std::strerror(-rc));
}

// Denies each call by name with EPERM, skipping names libseccomp does not know.
void deny_all(scmp_filter_ctx ctx, std::span<const char* const> names) {
    for (const char* name : names) {
        int number = seccomp_syscall_resolve_name(name);
        if (number == __NR_SCMP_ERROR) continue;  // not on this architecture
        check(seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), number, 0), name);
    }
}

// Sockets: no family but AF_UNIX, ever. At tier B (SocketRules::pairs_only) the only
// sockets the sandbox can make are connected AF_UNIX stream pairs (asyncio's self-pipe,
// multiprocessing.Pipe), and it can address none. socket() is denied for every
// family (a path socket would reach the host's listeners: Landlock does not cover connect),
// so are connect, bind, listen, accept and sendto with an address. What stays, sendmsg and
// sendmmsg, hide their address in memory where no filter can read it; a connected stream
// socket refuses one (EISCONN), which is why pairs of any other type are denied: a datagram
// pair's socket sends to whatever path msg_name names. No socket is inherited (descriptors
// beyond the pipes are closed), and none can be borrowed (pidfd_getfd, ptrace are denied).
void add_socket_rules(scmp_filter_ctx ctx, SocketRules rules) {
    check(seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EAFNOSUPPORT), SCMP_SYS(socket), 1, SCMP_A0(SCMP_CMP_NE, AF_UNIX)),
          "socket");
    // Inside tier A's namespaces every AF_UNIX socket is the sandbox's own: the network
    // namespace holds the abstract ones, and the only paths it can bind or reach are in its
    // private /tmp, /dev/shm and run directory (the host's folders are read-only, and hold
    // no sockets). So multiprocessing.Manager, forkserver and asyncio's Unix servers work.
    if (rules == SocketRules::unix_inside) return;
    check(seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(socket), 1, SCMP_A0(SCMP_CMP_EQ, AF_UNIX)), "socket");
    check(seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EAFNOSUPPORT), SCMP_SYS(socketpair), 1, SCMP_A0(SCMP_CMP_NE, AF_UNIX)),
          "socketpair");
    for (unsigned long type = 0; type <= k_socket_type_mask; ++type)
        if (type != SOCK_STREAM)
            check(seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(socketpair), 2, SCMP_A0(SCMP_CMP_EQ, AF_UNIX),
                                   SCMP_A1(SCMP_CMP_MASKED_EQ, k_socket_type_mask, type)),
                  "socketpair");
    deny_all(ctx, k_addressing_calls);
    check(seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(sendto), 1, SCMP_A4(SCMP_CMP_NE, 0)), "sendto");
}

void add_rules(scmp_filter_ctx ctx, SocketRules rules) {
    deny_all(ctx, k_denied_calls);
    deny_all(ctx, k_ipc_calls);
    // clone with a namespace flag; clone3 hides its flags in memory, so it reports ENOSYS
    // and the C library falls back to clone.
    for (unsigned long flag : k_namespace_flags)
        check(seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(clone), 1, SCMP_A0(SCMP_CMP_MASKED_EQ, flag, flag)),
              "clone");
    check(seccomp_rule_add(ctx, SCMP_ACT_ERRNO(ENOSYS), SCMP_SYS(clone3), 0), "clone3");
    add_socket_rules(ctx, rules);
    // Faking terminal input; the command is an int, so only its low 32 bits count.
    for (unsigned long request : {TIOCSTI, TIOCLINUX})
        check(seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(ioctl), 1,
                               SCMP_A1(SCMP_CMP_MASKED_EQ, 0xffffffffUL, request)),
              "ioctl");
}

SeccompProgram compile(SocketRules rules) {
    Context ctx(seccomp_init(SCMP_ACT_ALLOW), seccomp_release);
    if (!ctx) throw SandboxError("cannot build the seccomp filter: seccomp_init failed");
    check(seccomp_attr_set(ctx.get(), SCMP_FLTATR_ACT_BADARCH, SCMP_ACT_ERRNO(ENOSYS)), "bad architecture action");
    check(seccomp_attr_set(ctx.get(), SCMP_FLTATR_CTL_NNP, 0), "no_new_privs attribute");
    add_rules(ctx.get(), rules);
    int fd = memfd_create("autograde-seccomp", MFD_CLOEXEC);
    if (fd < 0) throw SandboxError(std::string("cannot build the seccomp filter: memfd_create: ") + std::strerror(errno));
    int rc = seccomp_export_bpf(ctx.get(), fd);
    off_t size = lseek(fd, 0, SEEK_END);
    SeccompProgram program;
    program.instructions.resize(static_cast<std::size_t>(size > 0 ? size : 0) / sizeof(sock_filter));
    std::size_t bytes = program.instructions.size() * sizeof(sock_filter);
    bool read_all = rc == 0 && size > 0 && pread(fd, program.instructions.data(), bytes, 0) == static_cast<ssize_t>(bytes);
    close(fd);
    if (!read_all) throw SandboxError("cannot build the seccomp filter: exporting the BPF program failed");
    program.program.len = static_cast<unsigned short>(program.instructions.size());
    program.program.filter = program.instructions.data();
    return program;
}

}  // namespace

const SeccompProgram& seccomp_program(SocketRules rules) {
    static const SeccompProgram pairs_only = compile(SocketRules::pairs_only);
    if (rules == SocketRules::pairs_only) return pairs_only;
    static const SeccompProgram unix_inside = compile(SocketRules::unix_inside);
    return unix_inside;
}

std::string describe_seccomp_policy() {
    return "denies ptrace, mount and namespace calls, bpf, keyctl, io_uring, perf_event_open, module and kexec "
           "calls, SysV IPC and POSIX message queues, every socket but AF_UNIX ones (at tier B, whose sockets are "
           "the host's: every socket but a connected AF_UNIX stream pair and every call that addresses a socket, "
           "connect, bind, listen, accept, sendto with an address), TIOCSTI, and other architectures' calls";
}

std::string probe_seccomp() {
    const sock_fprog* program = nullptr;
    try {
        program = &seccomp_program(SocketRules::pairs_only).program;
    } catch (const SandboxError& error) {
        return error.what();
    }
    pid_t pid = fork();
    if (pid < 0) return std::string("fork: ") + std::strerror(errno);
    if (pid == 0) {
        bool loaded = prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) == 0 && load_seccomp(program);
        _exit(loaded ? 0 : (errno & 0x7f));
    }
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return {};
    return std::string("the kernel refused the filter: ") + std::strerror(WIFEXITED(status) ? WEXITSTATUS(status) : EINVAL);
}

bool load_seccomp(const sock_fprog* program) noexcept {
    return prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, program, 0, 0) == 0;
}

}  // namespace autograde
