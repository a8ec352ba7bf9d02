#include "sandbox/layers.h"

#include <sys/prctl.h>

#include "sandbox/landlock.h"

namespace autograde {
namespace {

void add_tier_a(SandboxSummary& summary, const TierPlan& plan) {
    if (plan.user_namespace) summary.layers.push_back("user-namespace");
    for (const char* layer : {"pid-namespace", "mount-namespace", "network-namespace", "ipc-namespace", "uts-namespace",
                              "read-only-root", "private-tmp", "private-proc", "minimal-dev"})
        summary.layers.push_back(layer);
}

void add_tier_b(SandboxSummary& summary, const TierPlan& plan) {
    if (!plan.landlock) return;
    int abi = landlock_abi();
    summary.layers.push_back("landlock-abi-" + std::to_string(abi));
    if (abi < 6) summary.missing.push_back("landlock-signal-scope: needs Landlock ABI 6, the kernel has " + std::to_string(abi));
}

}  // namespace

SandboxSummary describe_layers(const TierPlan& plan, const std::optional<SandboxUser>& user) {
    SandboxSummary summary;
    summary.tier = tier_name(plan.tier);
    summary.layers = {"clean-environment", "private-workdir", "closed-descriptors", "rlimits", "own-session",
                      "wall-clock-kill", "output-cap"};
    if (plan.tier != Tier::none) summary.layers.push_back("no-new-privs");
    if (plan.tier == Tier::a) add_tier_a(summary, plan);
    if (plan.tier == Tier::b) add_tier_b(summary, plan);
    // The seccomp rules tier B relies on in place of namespaces are named apart, so that a
    // report (and the batch cache's key) tells this filter from one without them. Tier A's
    // namespaces keep Unix sockets inside, so its filter allows them (seccomp_filter.h).
    if (plan.seccomp) summary.layers.insert(summary.layers.end(), {"seccomp", "no-sysv-ipc"});
    if (plan.seccomp && plan.tier != Tier::a) summary.layers.push_back("socketpair-only");
    if (plan.cgroups) summary.layers.insert(summary.layers.end(), {"cgroup-memory", "cgroup-pids"});
    if (user) summary.layers.push_back("unprivileged-user");
    else if (!plan.user_namespace)
        summary.missing.push_back("unprivileged-user: not started as root, so the sandbox runs as the caller");
    // Tier A needs no subreaper: the end of its PID namespace's init kills every process.
    int subreaper = 0;
    bool reaps = prctl(PR_GET_CHILD_SUBREAPER, &subreaper, 0, 0, 0) == 0 && subreaper;
    if (plan.tier != Tier::a && reaps) summary.layers.push_back("subreaper");
    if (plan.tier != Tier::a && !reaps) summary.missing.push_back("subreaper: only the command-line tool reaps orphans");
    summary.missing.insert(summary.missing.end(), plan.missing.begin(), plan.missing.end());
    return summary;
}

}  // namespace autograde
