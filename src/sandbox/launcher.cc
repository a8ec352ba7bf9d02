#include "sandbox/launcher.h"

#include <fcntl.h>
#include <pwd.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/process/args.hpp>
#include <boost/process/child.hpp>
#include <boost/process/env.hpp>
#include <boost/process/environment.hpp>
#include <boost/process/exe.hpp>
#include <boost/process/extend.hpp>
#include <cerrno>
#include <cstring>
#include <utility>

#include "sandbox/exec_setup.h"
#include "sandbox/process_tree.h"
#include "util/diagnostic.h"

namespace autograde {
namespace bp = boost::process;

namespace {

// A pipe whose ends are close-on-exec and numbered >= 10 (see ChildSetup::fds).
struct Pipe {
    int read_end = -1;
    int write_end = -1;
    Pipe() {
        int ends[2];
        if (pipe2(ends, O_CLOEXEC) != 0) throw SandboxError(std::string("cannot create a pipe: ") + std::strerror(errno));
        read_end = raise_above_ten(ends[0]);
        write_end = raise_above_ten(ends[1]);
    }
    ~Pipe() { close_all(); }
    Pipe(const Pipe&) = delete;
    Pipe& operator=(const Pipe&) = delete;
    void close_all() {
        if (read_end >= 0) close(read_end);
        if (write_end >= 0) close(write_end);
        read_end = write_end = -1;
    }
    int take_read() { return std::exchange(read_end, -1); }
    int take_write() { return std::exchange(write_end, -1); }

    static int raise_above_ten(int fd) {
        if (fd >= 10) return fd;
        int moved = fcntl(fd, F_DUPFD_CLOEXEC, 10);
        close(fd);
        if (moved < 0) throw SandboxError(std::string("cannot move a pipe: ") + std::strerror(errno));
        return moved;
    }
};

// Boost.Process initializer that runs the checklist of exec_setup.h in the child.
struct RunChildSetup : bp::extend::handler {
    const ChildSetup* setup;
    explicit RunChildSetup(const ChildSetup* s) : setup(s) {}
    template <typename Executor>
    void on_exec_setup(Executor&) const {
        run_child_setup(*setup);
    }
};

bp::environment clean_environment(const LaunchSpec& spec) {
    bp::environment env;  // starts empty: nothing of ours leaks in
    env["PATH"] = "/usr/local/bin:/usr/bin:/bin";
    env["HOME"] = spec.working_dir.string();
    env["TMPDIR"] = spec.temp_dir.string();
    env["LANG"] = "C.UTF-8";
    env["LC_ALL"] = "C.UTF-8";
    env["PYTHONHASHSEED"] = "0";  // set and dict-of-str orders repeat from run to run
    env["PYTHONIOENCODING"] = "utf-8";
    env["PYTHONDONTWRITEBYTECODE"] = "1";
    // glibc gives each thread its own malloc arena (64 MiB of address space each), which
    // makes an address-space limit starve threaded code long before it uses the memory.
    env["MALLOC_ARENA_MAX"] = "2";
    return env;
}

// Reads the child's set-up report: nothing (EOF at exec) means success.
void check_setup_report(int error_fd, pid_t pid, const Containment* containment) {
    SetupFailure failure;
    ssize_t n;
    do n = read(error_fd, &failure, sizeof failure);
    while (n < 0 && errno == EINTR);
    if (n == 0) return;
    kill_group_and_reap(pid);
    if (n != static_cast<ssize_t>(sizeof failure)) throw SandboxError("the sandbox failed while starting");
    auto step = static_cast<SetupStep>(failure.step);
    std::string what = describe(step);
    if (step == SetupStep::filesystem && containment) what += " (" + containment->describe_mount(failure.item) + ")";
    throw SandboxError("sandbox set-up failed while " + what + ": " + std::strerror(failure.error_number));
}

void make_non_blocking(int fd) { fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK); }

}  // namespace

HarnessProcess::HarnessProcess(HarnessProcess&& other) noexcept { *this = std::move(other); }

HarnessProcess& HarnessProcess::operator=(HarnessProcess&& other) noexcept {
    if (this != &other) {
        kill_and_reap();
        m_pid = std::exchange(other.m_pid, -1);
        for (int i = 0; i < 4; ++i) m_fds[i] = std::exchange(other.m_fds[i], -1);
    }
    return *this;
}

HarnessProcess::~HarnessProcess() { kill_and_reap(); }

void HarnessProcess::close_fds() {
    for (int& fd : m_fds)
        if (fd >= 0) close(std::exchange(fd, -1));
}

int HarnessProcess::kill_and_reap() {
    close_fds();
    if (m_pid <= 0) return -1;
    return kill_group_and_reap(std::exchange(m_pid, -1));
}

int HarnessProcess::reap_within(std::chrono::milliseconds grace) {
    close_fds();
    if (m_pid <= 0) return -1;
    auto deadline = std::chrono::steady_clock::now() + grace;
    int status = 0;
    while (std::chrono::steady_clock::now() < deadline) {
        pid_t reaped = waitpid(m_pid, &status, WNOHANG);
        if (reaped == m_pid) {
            kill(-m_pid, SIGKILL);  // whatever is left of its process group
            m_pid = -1;
            return status;
        }
        if (reaped < 0 && errno != EINTR) break;
        usleep(1000);
    }
    return kill_and_reap();
}

HarnessProcess launch_harness(const LaunchSpec& spec) {
    Pipe requests, out, err, records, errors;
    int dev_null = open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (dev_null < 0) throw SandboxError(std::string("cannot open /dev/null: ") + std::strerror(errno));
    int stdin_fd = Pipe::raise_above_ten(dev_null);

    ChildSetup setup;
    int child_fds[5] = {stdin_fd, out.write_end, err.write_end, requests.read_end, records.write_end};
    std::copy(std::begin(child_fds), std::end(child_fds), std::begin(setup.fds));
    setup.error_fd = errors.write_end;
    setup.parent_pid = getpid();
    std::string working_dir = spec.working_dir.string();
    setup.working_directory = working_dir.c_str();
    setup.limits = spec.limits;
    if (spec.user) {
        setup.drop_privileges = true;
        setup.uid = spec.user->uid;
        setup.gid = spec.user->gid;
    }
    if (spec.containment) spec.containment->fill(setup);

    std::vector<std::string> args{"-S", "-s", "-B", "-P", spec.harness.string()};
    args.insert(args.end(), spec.arguments.begin(), spec.arguments.end());
    std::error_code launch_error;
    bp::child child(bp::exe = spec.python.string(), bp::args = args, bp::env = clean_environment(spec),
                    RunChildSetup(&setup), launch_error);
    close(stdin_fd);
    if (launch_error) throw SandboxError("cannot start " + spec.python.string() + ": " + launch_error.message());
    pid_t pid = child.id();
    child.detach();  // we reap it ourselves (Boost's terminate() would lose the status)

    close(errors.take_write());
    check_setup_report(errors.read_end, pid, spec.containment);

    HarnessProcess process;
    process.m_pid = pid;
    process.m_fds[0] = requests.take_write();
    process.m_fds[1] = out.take_read();
    process.m_fds[2] = err.take_read();
    process.m_fds[3] = records.take_read();
    for (int fd : process.m_fds) make_non_blocking(fd);
    return process;  // the Pipes close the child's ends here
}

std::optional<SandboxUser> default_sandbox_user() {
    if (geteuid() != 0) return std::nullopt;
    passwd* nobody = getpwnam("nobody");
    if (nobody == nullptr) return SandboxUser{65534, 65534};
    return SandboxUser{nobody->pw_uid, nobody->pw_gid};
}

}  // namespace autograde
