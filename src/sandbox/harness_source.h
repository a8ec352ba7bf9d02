// The harness script that runs inside every sandbox (sandbox/harness.py), read once.
#pragma once

#include <string>

namespace autograde {

// Looks next to the executable (../sandbox/harness.py from build/autograde), then in the
// source tree the binary was built from. Throws SandboxError when neither exists.
const std::string& harness_source();

}  // namespace autograde
