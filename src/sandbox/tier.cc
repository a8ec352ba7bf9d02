#include "sandbox/tier.h"

#include <unistd.h>

#include "sandbox/cgroup.h"
#include "sandbox/landlock.h"
#include "sandbox/namespaces.h"
#include "util/diagnostic.h"

namespace autograde {
namespace {

std::vector<std::string> namespace_problems() {
    std::vector<std::string> problems;
    for (const NamespaceProbe& probe : probe_namespaces())
        if (!probe.available) problems.push_back(probe.name + "-namespace: cannot be made here (" + probe.why_not + ")");
    return problems;
}

void add_common_layers(TierPlan& plan) {
    plan.seccomp = true;
    const CgroupSupport& cgroups = cgroup_support();
    plan.cgroups = cgroups.version != CgroupSupport::Version::none;
    if (!plan.cgroups) plan.missing.push_back("cgroups: " + cgroups.why_not);
}

}  // namespace

std::optional<SandboxMode> parse_sandbox_mode(std::string_view text) {
    if (text == "best") return SandboxMode::best;
    if (text == "strict" || text == "A") return SandboxMode::strict;
    if (text == "B" || text == "tier-b") return SandboxMode::tier_b;
    if (text == "none") return SandboxMode::none;
    return std::nullopt;
}

const char* tier_name(Tier tier) {
    switch (tier) {
        case Tier::a: return "A";
        case Tier::b: return "B";
        case Tier::none: return "none";
    }
    return "?";
}

TierPlan choose_tier(SandboxMode mode) {
    TierPlan plan;
    if (mode == SandboxMode::none) {
        plan.tier = Tier::none;
        plan.missing.push_back("EVERY LAYER: --sandbox none --unsafe-local ran the submission without a sandbox");
        return plan;
    }
    std::vector<std::string> problems = namespace_problems();
    if (mode == SandboxMode::strict && !problems.empty()) {
        std::string message = "--sandbox strict needs tier A, which this machine cannot give:";
        for (const std::string& problem : problems) message += "\n  " + problem;
        throw SandboxError(message + "\n(see 'autograde sandbox'; --sandbox best falls back to tier B)");
    }
    add_common_layers(plan);
    if (mode != SandboxMode::tier_b && problems.empty()) {
        plan.tier = Tier::a;
        plan.user_namespace = geteuid() != 0;
        return plan;
    }
    plan.tier = Tier::b;
    if (mode == SandboxMode::tier_b) plan.missing.push_back("namespaces: not used (tier B was asked for)");
    else plan.missing.insert(plan.missing.end(), problems.begin(), problems.end());
    plan.landlock = landlock_abi() > 0;
    if (!plan.landlock) plan.missing.push_back("landlock: the kernel has no Landlock (or it is disabled)");
    plan.missing.push_back("private-filesystem: run/ is on the host's disk (RLIMIT_FSIZE bounds each file only)");
    return plan;
}

}  // namespace autograde
