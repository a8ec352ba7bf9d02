// Everything one submission's sandbox needs beyond the process itself, prepared in the
// parent once per submission (the harness restarts reuse it): the tier's filesystem plan
// or Landlock ruleset, the seccomp program, the cgroup, the user-namespace maps, and the
// paths as the sandbox sees them. launch_harness points the child's checklist at it.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "sandbox/cgroup.h"
#include "sandbox/exec_setup.h"
#include "sandbox/landlock.h"
#include "sandbox/limits.h"
#include "sandbox/mounts.h"
#include "sandbox/seccomp_filter.h"
#include "sandbox/tier.h"
#include "sandbox/workdir.h"

namespace autograde {

class Containment {
public:
    // Throws SandboxError when a layer of `plan` cannot be prepared.
    Containment(const TierPlan& plan, const Workdir& workdir, const SandboxLimits& limits);

    // Points `setup` at the prepared layers (it must not outlive this object).
    void fill(ChildSetup& setup) const;

    // Where the harness and the working directory are, as the sandbox sees them.
    const std::filesystem::path& harness() const { return m_harness; }
    const std::filesystem::path& working_dir() const { return m_working_dir; }
    // A temporary directory for TMPDIR: the private /tmp at tier A, else the working dir.
    const std::filesystem::path& temp_dir() const { return m_temp_dir; }

    // For a set-up failure report: the mount step `item` (tier A).
    std::string describe_mount(int item) const;

    // The cgroup's OOM kills so far (0 without cgroups), and a kill of every member.
    std::uint64_t oom_kills() const { return m_cgroup ? m_cgroup->oom_kills() : 0; }
    void kill_all() { if (m_cgroup) m_cgroup->kill_all(); }

private:
    // Tier A's namespaces make every AF_UNIX socket the sandbox's own (seccomp_filter.h).
    SocketRules socket_rules() const { return m_plan.tier == Tier::a ? SocketRules::unix_inside : SocketRules::pairs_only; }

    TierPlan m_plan;
    std::filesystem::path m_harness, m_working_dir, m_temp_dir;
    std::unique_ptr<FilesystemPlan> m_filesystem;
    std::optional<LandlockRuleset> m_landlock;
    std::unique_ptr<Cgroup> m_cgroup;
    std::string m_uid_map, m_gid_map;
};

// The memory the whole sandbox (harness, test process, what they start, its tmpfs files)
// may use: the per-process limit plus room for the harness and the kernel's share.
std::uint64_t group_memory_limit(const SandboxLimits& limits);

}  // namespace autograde
