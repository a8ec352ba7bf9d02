#include "sandbox/containment.h"

#include <sched.h>
#include <unistd.h>

#include "sandbox/namespaces.h"
#include "sandbox/seccomp_filter.h"

namespace autograde {
namespace {

// The uid and gid a tier A sandbox has inside its user namespace (not root: exec drops
// every capability).
constexpr unsigned k_inside_id = 1000;

// What tier B lets the sandbox read (and execute): the interpreter, its libraries and
// the standard library, and the few files the loader and the harness need.
std::vector<std::filesystem::path> tier_b_read_only(const Workdir& workdir) {
    return {"/usr", "/lib", "/lib64", "/lib32", "/bin", "/etc/ld.so.cache", "/etc/localtime", "/dev/urandom",
            "/dev/random", "/dev/zero", workdir.harness()};
}

}  // namespace

std::uint64_t group_memory_limit(const SandboxLimits& limits) { return limits.address_space + (64ull << 20); }

Containment::Containment(const TierPlan& plan, const Workdir& workdir, const SandboxLimits& limits)
    : m_plan(plan), m_harness(workdir.harness()), m_working_dir(workdir.run_dir()), m_temp_dir(workdir.run_dir()) {
    if (plan.seccomp) seccomp_program(socket_rules());  // compiled once per process; throws if it cannot be
    if (plan.cgroups) m_cgroup = std::make_unique<Cgroup>(group_memory_limit(limits), limits.processes);
    if (plan.tier == Tier::a) {
        FilesystemView view{workdir.new_root(), workdir.harness(), workdir.run_dir() / Workdir::k_module_file,
                            limits.file_size};
        m_filesystem = std::make_unique<FilesystemPlan>(view);
        m_harness = FilesystemPlan::k_harness;
        m_working_dir = FilesystemPlan::k_run_dir;
        m_temp_dir = "/tmp";
        m_uid_map = std::to_string(k_inside_id) + " " + std::to_string(geteuid()) + " 1";
        m_gid_map = std::to_string(k_inside_id) + " " + std::to_string(getegid()) + " 1";
    }
    if (plan.tier == Tier::b && plan.landlock)
        m_landlock = make_landlock_ruleset(tier_b_read_only(workdir), {workdir.run_dir(), "/dev/null"});
}

void Containment::fill(ChildSetup& setup) const {
    if (m_cgroup) {
        setup.cgroup_procs_fds = m_cgroup->procs_fds().data();
        setup.cgroup_procs_count = m_cgroup->procs_fds().size();
    }
    if (m_filesystem) {
        setup.namespace_flags = tier_a_namespace_flags() | (m_plan.user_namespace ? CLONE_NEWUSER : 0);
        setup.uid_map = m_uid_map.c_str();
        setup.gid_map = m_gid_map.c_str();
        setup.mounts = m_filesystem->steps().data();
        setup.mount_count = m_filesystem->steps().size();
    }
    if (m_landlock) setup.landlock_fd = m_landlock->fd();
    if (m_plan.seccomp) setup.seccomp = &seccomp_program(socket_rules()).program;
}

std::string Containment::describe_mount(int item) const {
    if (!m_filesystem || item < 0 || static_cast<std::size_t>(item) >= m_filesystem->steps().size()) return {};
    return m_filesystem->describe(static_cast<std::size_t>(item));
}

}  // namespace autograde
