// Starting the harness in its sandbox: a fresh process with a clean environment, the
// private working directory, the protocol pipes on descriptors 0..4 and nothing else
// inherited, resource limits, its own session, (as root) an unprivileged user, and the
// layers of its tier prepared in a Containment (namespaces, filesystem, cgroup, Landlock,
// seccomp).
//
// The returned HarnessProcess owns the process group and the parent's pipe ends: its
// destructor SIGKILLs the whole group and reaps the leader.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "sandbox/containment.h"
#include "sandbox/limits.h"
#include "sandbox/workdir.h"

namespace autograde {

struct LaunchSpec {
    std::filesystem::path python;        // absolute path of the interpreter
    std::filesystem::path harness;       // the harness script, as the sandbox sees it
    std::filesystem::path working_dir;   // the child's cwd and HOME, as the sandbox sees it
    std::filesystem::path temp_dir;      // TMPDIR, as the sandbox sees it
    std::vector<std::string> arguments;  // after the harness path
    SandboxLimits limits;
    std::optional<SandboxUser> user;     // run as this user (requires root)
    const Containment* containment = nullptr;  // the tier's layers; none: tier "none"
};

class HarnessProcess {
public:
    HarnessProcess() = default;
    HarnessProcess(HarnessProcess&& other) noexcept;
    HarnessProcess& operator=(HarnessProcess&& other) noexcept;
    ~HarnessProcess();

    pid_t pid() const { return m_pid; }
    bool running() const { return m_pid > 0; }
    // The parent's ends: write requests; read stdout, stderr and records. Non-blocking.
    int request_fd() const { return m_fds[0]; }
    int stdout_fd() const { return m_fds[1]; }
    int stderr_fd() const { return m_fds[2]; }
    int record_fd() const { return m_fds[3]; }

    // Kills the process group, reaps the leader and closes the pipes. Returns the
    // leader's wait status (-1 if not running). Idempotent.
    int kill_and_reap();
    // Waits up to `grace` for the harness to end by itself (so that its own status is
    // seen, not our SIGKILL), then kill_and_reap().
    int reap_within(std::chrono::milliseconds grace);

private:
    friend HarnessProcess launch_harness(const LaunchSpec& spec);
    void close_fds();

    pid_t m_pid = -1;
    int m_fds[4] = {-1, -1, -1, -1};
};

// Throws SandboxError when the sandbox cannot be set up (with the step that failed).
HarnessProcess launch_harness(const LaunchSpec& spec);

// The unprivileged user to run sandboxes as: `nobody` when we are root, none otherwise.
std::optional<SandboxUser> default_sandbox_user();

}  // namespace autograde
