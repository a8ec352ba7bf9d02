// autograde sandbox: the layers this machine allows, probed one by one, and the reason
// for each one that is missing. Exit 0 when tier A is available, 1 when only tier B is.
#include <unistd.h>

#include <iostream>

#include "cli/command.h"
#include "sandbox/cgroup.h"
#include "sandbox/landlock.h"
#include "sandbox/layers.h"
#include "sandbox/namespaces.h"
#include "sandbox/seccomp_filter.h"
#include "util/ansi.h"

namespace autograde {
namespace {

void print_probe(const std::string& layer, bool available, const std::string& detail, bool color) {
    std::string tag = available ? styled("yes", Style::green, color) : styled("no ", Style::red, color);
    std::cout << "  " << tag << "  " << layer << std::string(layer.size() < 20 ? 20 - layer.size() : 1, ' ') << detail
              << "\n";
}

void print_probes(bool color) {
    for (const NamespaceProbe& probe : probe_namespaces())
        print_probe(probe.name + "-namespace", probe.available, probe.available ? "" : probe.why_not, color);
    const CgroupSupport& cgroups = cgroup_support();
    bool v2 = cgroups.version == CgroupSupport::Version::v2;
    std::string where;
    for (const auto& parent : cgroups.parents) where += (where.empty() ? "beneath " : ", ") + parent.string();
    print_probe("cgroups", cgroups.version != CgroupSupport::Version::none,
                cgroups.version == CgroupSupport::Version::none ? cgroups.why_not : (v2 ? "v2, " : "v1, ") + where, color);
    int abi = landlock_abi();
    print_probe("landlock", abi > 0, abi > 0 ? "ABI " + std::to_string(abi) : "the kernel has no Landlock (or it is disabled)",
                color);
    std::string seccomp = probe_seccomp();
    print_probe("seccomp", seccomp.empty(), seccomp.empty() ? describe_seccomp_policy() : seccomp, color);
    print_probe("unprivileged-user", true,
                geteuid() == 0 ? "root: the sandbox runs as 'nobody'" : "not root: a user namespace maps us to uid 1000",
                color);
}

}  // namespace

int run_sandbox(const CommandContext& context) {
    if (!context.args.positionals().empty()) throw UsageError("autograde sandbox: takes no arguments");
    std::cout << "layers on this machine:\n";
    print_probes(context.color);
    TierPlan plan = choose_tier(SandboxMode::best);
    SandboxSummary summary = describe_layers(plan, default_grade_options().user);
    std::cout << "\n--sandbox best uses tier " << summary.tier << ":\n  in force: ";
    for (std::size_t i = 0; i < summary.layers.size(); ++i) std::cout << (i ? ", " : "") << summary.layers[i];
    std::cout << "\n";
    for (const std::string& missing : summary.missing) std::cout << "  missing:  " << missing << "\n";
    return plan.tier == Tier::a ? k_exit_full_score : k_exit_below_full;
}

}  // namespace autograde
