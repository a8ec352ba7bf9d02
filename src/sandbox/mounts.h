// Tier A's filesystem view, made inside a fresh mount namespace and entered with
// pivot_root:
//
//   /                 tmpfs, read-only once built
//   /usr /lib* /bin…  the host's, bound read-only (interpreter and standard library)
//   /etc/ld.so.cache  the host's, read-only (and /etc/localtime)
//   /sandbox/harness.py            the harness, read-only
//   /sandbox/run/                  private tmpfs, size-limited: the cwd and HOME
//   /sandbox/run/solution.py       the submission's copy, read-only
//   /tmp, /dev/shm    private tmpfs, size-limited
//   /proc             a new proc for the sandbox's own PID namespace
//   /dev              tmpfs with null, zero, random and urandom bound from the host
//
// The steps are planned in the parent (every path and option string made there) and
// applied in the child, one system call each, with no allocation.
#pragma once

#include <cstdint>
#include <deque>
#include <filesystem>
#include <string>
#include <vector>

namespace autograde {

struct MountStep {
    enum class Kind { make_private, tmpfs, make_dir, make_file, symlink, bind, proc, pivot_root, remount_root };
    Kind kind;
    const char* source = nullptr;  // bind: the host path; symlink: the link's target
    const char* target = nullptr;  // the path beneath the new root (before pivot_root)
    const char* data = nullptr;    // tmpfs options
    unsigned long flags = 0;       // bind: the flags of its read-only remount (0: stays writable)
};

struct FilesystemView {
    std::filesystem::path new_root;  // an empty directory to build the view on
    std::filesystem::path harness;   // seen as /sandbox/harness.py
    std::filesystem::path module;    // the submission's copy, seen as /sandbox/run/<its name>
    std::uint64_t tmp_bytes = 16ull << 20;  // each of /sandbox/run, /tmp and /dev/shm
};

class FilesystemPlan {
public:
    explicit FilesystemPlan(const FilesystemView& view);
    FilesystemPlan(const FilesystemPlan&) = delete;  // the steps point into m_strings
    FilesystemPlan& operator=(const FilesystemPlan&) = delete;

    const std::vector<MountStep>& steps() const { return m_steps; }
    const std::string& describe(std::size_t step) const { return m_descriptions.at(step); }

    static constexpr const char* k_sandbox_dir = "/sandbox";
    static constexpr const char* k_run_dir = "/sandbox/run";
    static constexpr const char* k_harness = "/sandbox/harness.py";

private:
    const char* keep(std::string text);
    void add(MountStep step, std::string description);
    void add_host_dir(const std::string& path);
    void add_host_file(const std::string& path, const char* target, bool read_only);

    std::filesystem::path m_root;
    std::deque<std::string> m_strings;  // stable addresses for the steps' strings
    std::vector<MountStep> m_steps;
    std::vector<std::string> m_descriptions;
};

// In the child: applies one step. Returns false with errno set.
bool apply_mount_step(const MountStep& step) noexcept;

}  // namespace autograde
