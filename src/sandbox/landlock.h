// Landlock (tier B): the filesystem a sandbox without a mount namespace may reach. Read
// and execute beneath the interpreter's and standard library's paths, read and write
// beneath the submission's run/ directory, nothing else; on kernels with Landlock ABI 6
// also no signals to processes outside the sandbox and no abstract UNIX sockets out of it,
// and (ABI 4) no TCP bind or connect.
//
// The ruleset is built in the parent (open, add rules); the child only enforces it after
// no_new_privs, which needs no allocation.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace autograde {

// The kernel's Landlock ABI version; 0 when Landlock is absent or disabled.
int landlock_abi();

// Owns the ruleset descriptor (close-on-exec, so the sandbox never holds it after exec).
class LandlockRuleset {
public:
    LandlockRuleset() = default;
    LandlockRuleset(LandlockRuleset&& other) noexcept;
    LandlockRuleset& operator=(LandlockRuleset&& other) noexcept;
    ~LandlockRuleset();

    int fd() const { return m_fd; }
    int abi() const { return m_abi; }

private:
    friend LandlockRuleset make_landlock_ruleset(const std::vector<std::filesystem::path>&,
                                                 const std::vector<std::filesystem::path>&);
    int m_fd = -1;
    int m_abi = 0;
};

// Read-only (and executable) paths, read-write paths; paths that do not exist are left
// out. Throws SandboxError when the kernel refuses the ruleset. Requires landlock_abi() > 0.
LandlockRuleset make_landlock_ruleset(const std::vector<std::filesystem::path>& read_only,
                                      const std::vector<std::filesystem::path>& read_write);

// In the child, after no_new_privs.
bool enforce_landlock(int ruleset_fd) noexcept;

}  // namespace autograde
