// The private directory one sandbox runs in, removed with everything in it when the
// Workdir is destroyed:
//
//   /tmp/autograde-XXXXXX/        0711, owned by us; held with a shared flock while it exists,
//                                 so that a later run can tell it from one a killed run left
//                                 behind (stale_sweep.h)
//     harness.py                  0444, the harness (sandbox/harness.py), a copy
//     run/                        0700, owned by the sandbox user: the child's cwd and HOME
//       solution.py               0444, a copy of the submission's bytes
//     root/                       0700, empty: tier A builds the sandbox's root on it
//
// The submission is copied, never linked or moved: the user's file is never modified, and
// nothing the candidate does to its copy reaches it.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace autograde {

struct SandboxUser {
    uid_t uid = 0;
    gid_t gid = 0;
};

class Workdir {
public:
    // Throws SandboxError when the directory cannot be made.
    Workdir(const std::string& harness_source, const std::string& submission_bytes,
            const std::optional<SandboxUser>& owner);
    ~Workdir();
    Workdir(const Workdir&) = delete;
    Workdir& operator=(const Workdir&) = delete;

    const std::filesystem::path& root() const { return m_root; }
    std::filesystem::path harness() const { return m_root / "harness.py"; }
    std::filesystem::path run_dir() const { return m_root / "run"; }
    std::filesystem::path new_root() const { return m_root / "root"; }
    // The module file's path as the harness sees it (relative to run_dir).
    static constexpr const char* k_module_file = "solution.py";
    // Where the directories are made ($TMPDIR, else /tmp), and their names' prefix
    // (followed by six random characters).
    static std::filesystem::path temp_base();
    static constexpr std::string_view k_prefix = "autograde-";

private:
    std::filesystem::path m_root;
    int m_lock_fd = -1;
};

}  // namespace autograde
