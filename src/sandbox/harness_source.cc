#include "sandbox/harness_source.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "util/diagnostic.h"

namespace autograde {
namespace {

std::string read_harness() {
    std::error_code error;
    std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", error);
    std::vector<std::filesystem::path> candidates;
    if (!error) candidates.push_back(exe.parent_path().parent_path() / "sandbox" / "harness.py");
    candidates.push_back(std::filesystem::path(AUTOGRADE_SOURCE_DIR) / "sandbox" / "harness.py");
    for (const auto& candidate : candidates) {
        std::ifstream file(candidate, std::ios::binary);
        if (!file) continue;
        std::ostringstream text;
        text << file.rdbuf();
        return text.str();
    }
    throw SandboxError("cannot find the sandbox harness: looked for " + candidates.back().string());
}

}  // namespace

const std::string& harness_source() {
    static const std::string source = read_harness();
    return source;
}

}  // namespace autograde
