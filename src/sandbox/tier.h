// Choosing a sandbox's tier (issue 5), once per process, from what this machine allows:
//
//   A     namespaces (user when not root, PID, mount, network, IPC, UTS), a minimal
//         read-only filesystem, cgroups, seccomp, no_new_privs, rlimits
//   B     no namespaces: seccomp (which also keeps the host's SysV IPC and Unix sockets
//         out of reach), no_new_privs, rlimits, Landlock where the kernel has it, cgroups
//         where delegated, the subreaper
//   none  no sandbox at all (--sandbox none --unsafe-local): rlimits and the wall clock only
//
// A layer that cannot be set up is never skipped silently: it is named, with the reason,
// in TierPlan::missing, which every report shows.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace autograde {

enum class SandboxMode {
    best,    // tier A when available, else tier B (the default)
    strict,  // tier A or a SandboxError (exit 3) that says what is missing
    tier_b,  // tier B even where A is available: for CI runs of the attack suite and bench
    none,    // no sandbox; the CLI allows it only with --unsafe-local
};

// "best", "strict", "B" (or "tier-b"), "none"; nullopt for anything else.
std::optional<SandboxMode> parse_sandbox_mode(std::string_view text);
inline constexpr const char* k_sandbox_mode_names = "best|strict|B|none";

enum class Tier { a, b, none };

struct TierPlan {
    Tier tier = Tier::b;
    bool user_namespace = false;  // tier A when not root (root drops to `nobody` instead)
    bool cgroups = false;
    bool landlock = false;         // tier B
    bool seccomp = false;
    std::vector<std::string> missing;  // "layer: why", for the report
};

// Throws SandboxError for `strict` when tier A is not available (with every reason).
TierPlan choose_tier(SandboxMode mode);

const char* tier_name(Tier tier);  // "A", "B", "none"

}  // namespace autograde
