// Which protections a sandbox has in force, said honestly in every report: the layers
// that were set up, and the ones a stronger tier would add that are missing here.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sandbox/tier.h"
#include "sandbox/workdir.h"

namespace autograde {

struct SandboxSummary {
    std::string tier;                  // "A", "B" or "none"
    std::vector<std::string> layers;   // in force, e.g. "rlimits", "pid-namespace", "seccomp"
    std::vector<std::string> missing;  // not in force, each with the reason
};

// The layers launch_harness sets up for `plan`, run as `user` (none: our own uid).
SandboxSummary describe_layers(const TierPlan& plan, const std::optional<SandboxUser>& user);

}  // namespace autograde
