// Which protections a sandbox has in force, said honestly in every report: the layers
// that were set up, and the ones a stronger tier would add that are missing here.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sandbox/workdir.h"

namespace autograde {

struct SandboxSummary {
    std::string tier;                  // "basic" today; "A", "B" or "none" with the tiers of issue 5
    std::vector<std::string> layers;   // in force, e.g. "rlimits", "process-group", "unprivileged-user"
    std::vector<std::string> missing;  // not in force, each with the reason
};

// The layers launch_harness sets up for a sandbox run as `user` (none: our own uid).
SandboxSummary describe_layers(const std::optional<SandboxUser>& user);

}  // namespace autograde
