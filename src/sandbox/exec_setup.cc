#include "sandbox/exec_setup.h"

#include <fcntl.h>
#include <grp.h>
#include <linux/close_range.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cerrno>

#include "sandbox/landlock.h"
#include "sandbox/namespaces.h"
#include "sandbox/seccomp_filter.h"

namespace autograde {
namespace {

[[noreturn]] void fail(const ChildSetup& setup, SetupStep step, int item = 0) noexcept {
    SetupFailure failure{static_cast<int>(step), item, errno};
    [[maybe_unused]] ssize_t written = write(setup.error_fd, &failure, sizeof failure);
    _exit(127);
}

bool redirect_fds(const ChildSetup& setup) noexcept {
    for (int target = 0; target < 5; ++target)
        if (dup2(setup.fds[target], target) < 0) return false;  // dup2 clears close-on-exec
    return true;
}

bool reset_signals() noexcept {
    sigset_t none;
    sigemptyset(&none);
    if (sigprocmask(SIG_SETMASK, &none, nullptr) != 0) return false;
    for (int signal_number = 1; signal_number < NSIG; ++signal_number)
        if (signal_number != SIGKILL && signal_number != SIGSTOP) ::signal(signal_number, SIG_DFL);
    return true;
}

bool set_limit(int resource, rlim_t soft, rlim_t hard) noexcept {
    rlimit limit{soft, hard};
    return setrlimit(resource, &limit) == 0;
}

bool resource_limits(const SandboxLimits& limits) noexcept {
    return set_limit(RLIMIT_AS, limits.address_space, limits.address_space) &&
           set_limit(RLIMIT_CPU, limits.cpu_seconds, limits.cpu_seconds + 1) &&
           set_limit(RLIMIT_FSIZE, limits.file_size, limits.file_size) &&
           set_limit(RLIMIT_NOFILE, limits.open_files, limits.open_files) &&
           set_limit(RLIMIT_CORE, 0, 0);
}

bool drop_privileges(const ChildSetup& setup) noexcept {
    if (!setup.drop_privileges) return true;
    // RLIMIT_NPROC counts the processes of the real uid, so it is only meaningful for a
    // uid of our own choosing (root ignores it), and then it is shared by every sandbox
    // running as that uid: a pids cgroup, when there is one, limits each sandbox instead.
    bool by_rlimit = setup.cgroup_procs_count == 0;
    return setgroups(0, nullptr) == 0 && setresgid(setup.gid, setup.gid, setup.gid) == 0 &&
           (!by_rlimit || set_limit(RLIMIT_NPROC, setup.limits.processes, setup.limits.processes)) &&
           setresuid(setup.uid, setup.uid, setup.uid) == 0;
}

bool close_inherited_fds() noexcept {
    // Everything above the five protocol descriptors is closed at exec; the error pipe
    // and Boost's own are already close-on-exec and must stay open until then.
    if (close_range(5, ~0U, CLOSE_RANGE_CLOEXEC) == 0) return true;
    for (int fd = 5; fd < 4096; ++fd) fcntl(fd, F_SETFD, FD_CLOEXEC);
    return true;
}

bool join_cgroup(const ChildSetup& setup) noexcept {
    for (std::size_t i = 0; i < setup.cgroup_procs_count; ++i)
        if (write(setup.cgroup_procs_fds[i], "0", 1) != 1) return false;
    return true;
}

// The parent-death signal, set after any uid change (which clears it); if the parent is
// already gone, stop. In a new PID namespace the parent of init is invisible (0).
bool die_with_parent(pid_t expected_parent) noexcept {
    return prctl(PR_SET_PDEATHSIG, SIGKILL) == 0 && getppid() == expected_parent;
}

// Tier A: namespaces, then the forwarder / init / harness structure of namespaces.h.
// Returns in the harness process only.
void enter_tier_a(const ChildSetup& setup) noexcept {
    if (!enter_namespaces(setup.namespace_flags, setup.uid_map, setup.gid_map)) fail(setup, SetupStep::namespaces);
    int status_pipe[2];
    if (pipe2(status_pipe, O_CLOEXEC) != 0) fail(setup, SetupStep::start_init);
    pid_t init = fork();
    if (init < 0) fail(setup, SetupStep::start_init);
    if (init > 0) run_forwarder(init, status_pipe[0]);
    close(status_pipe[0]);
    if (!die_with_parent(0)) fail(setup, SetupStep::parent_death_signal);
    blank_command_line();  // before the harness exists to read /proc/1/cmdline
    if (sethostname("sandbox", 7) != 0) fail(setup, SetupStep::hostname);
    for (std::size_t i = 0; i < setup.mount_count; ++i)
        if (!apply_mount_step(setup.mounts[i])) fail(setup, SetupStep::filesystem, static_cast<int>(i));
    pid_t harness = fork();
    if (harness < 0) fail(setup, SetupStep::start_harness);
    if (harness > 0) run_init(harness, status_pipe[1]);
    close(status_pipe[1]);
}

}  // namespace

const char* describe(SetupStep step) {
    switch (step) {
        case SetupStep::redirect_fds: return "connecting the sandbox's pipes";
        case SetupStep::new_session: return "starting a new session (setsid)";
        case SetupStep::parent_death_signal: return "setting the parent-death signal";
        case SetupStep::reset_signals: return "resetting signal handlers";
        case SetupStep::resource_limits: return "setting resource limits (setrlimit)";
        case SetupStep::working_directory: return "entering the private working directory";
        case SetupStep::drop_privileges: return "switching to the unprivileged sandbox user";
        case SetupStep::no_new_privileges: return "setting no_new_privs";
        case SetupStep::close_inherited_fds: return "closing inherited descriptors";
        case SetupStep::join_cgroup: return "joining the sandbox's cgroup";
        case SetupStep::namespaces: return "entering new namespaces (unshare)";
        case SetupStep::start_init: return "starting the sandbox's init process";
        case SetupStep::hostname: return "setting the sandbox's host name";
        case SetupStep::filesystem: return "building the sandbox's filesystem";
        case SetupStep::start_harness: return "starting the harness process";
        case SetupStep::landlock: return "enforcing the Landlock filesystem rules";
        case SetupStep::seccomp: return "loading the seccomp filter";
    }
    return "an unknown step";
}

void run_child_setup(const ChildSetup& setup) noexcept {
    if (!join_cgroup(setup)) fail(setup, SetupStep::join_cgroup);
    if (!redirect_fds(setup)) fail(setup, SetupStep::redirect_fds);
    if (setsid() < 0) fail(setup, SetupStep::new_session);
    if (!reset_signals()) fail(setup, SetupStep::reset_signals);
    if (!set_limit(RLIMIT_CORE, 0, 0)) fail(setup, SetupStep::resource_limits);
    if (setup.namespace_flags) {
        if (!die_with_parent(setup.parent_pid)) fail(setup, SetupStep::parent_death_signal);
        enter_tier_a(setup);  // from here on: the harness process, PID 2 of the namespace
    }
    if (!resource_limits(setup.limits)) fail(setup, SetupStep::resource_limits);
    if (chdir(setup.working_directory) != 0) fail(setup, SetupStep::working_directory);
    if (!drop_privileges(setup)) fail(setup, SetupStep::drop_privileges);
    if (!die_with_parent(setup.namespace_flags ? 1 : setup.parent_pid)) fail(setup, SetupStep::parent_death_signal);
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) fail(setup, SetupStep::no_new_privileges);
    if (setup.landlock_fd >= 0 && !enforce_landlock(setup.landlock_fd)) fail(setup, SetupStep::landlock);
    if (!close_inherited_fds()) fail(setup, SetupStep::close_inherited_fds);
    if (setup.seccomp && !load_seccomp(setup.seccomp)) fail(setup, SetupStep::seccomp);
}

}  // namespace autograde
