#include "sandbox/stale_sweep.h"

#include <fcntl.h>
#include <ftw.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <fstream>
#include <mutex>
#include <string>
#include <system_error>
#include <thread>

#include "sandbox/cgroup.h"
#include "sandbox/workdir.h"

namespace autograde {
namespace {

namespace fs = std::filesystem;

bool old_enough(const fs::path& path, std::chrono::seconds min_age) {
    struct stat info{};
    if (lstat(path.c_str(), &info) != 0) return false;
    return time(nullptr) - info.st_mtime >= min_age.count();
}

// True when no process holds a lock on the directory (we can take it exclusively).
bool unlocked(const fs::path& dir) {
    int fd = open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) return false;
    bool free = flock(fd, LOCK_EX | LOCK_NB) == 0;
    close(fd);
    return free;
}

int remove_entry(const char* path, const struct stat*, int kind, struct FTW*) {
    if (kind == FTW_DP) rmdir(path);
    else unlink(path);
    return 0;  // go on whatever failed: what cannot be removed is left
}

// rm -r that stays on the directory's own file system and never follows a link.
bool remove_tree(const fs::path& dir) {
    nftw(dir.c_str(), remove_entry, 16, FTW_DEPTH | FTW_PHYS | FTW_MOUNT);
    return access(dir.c_str(), F_OK) != 0;
}

// True when the directory holds what a Workdir makes (harness.py, run/, root/; a run
// killed while removing it may have left only some) and nothing else: a directory of the
// user's that happens to have a name like ours is never touched.
bool looks_like_workdir(const fs::path& dir) {
    std::error_code error;
    bool harness = false;
    for (const auto& entry : fs::directory_iterator(dir, error)) {
        const std::string name = entry.path().filename().string();
        if (name != "harness.py" && name != "run" && name != "root") return false;
        harness = harness || name == "harness.py";
    }
    return !error && harness;
}

std::size_t sweep_directories(std::chrono::seconds min_age) {
    std::size_t removed = 0;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(Workdir::temp_base(), error)) {
        const std::string name = entry.path().filename().string();
        if (name.size() != Workdir::k_prefix.size() + 6 || name.rfind(Workdir::k_prefix, 0) != 0) continue;
        if (!entry.is_directory(error) || entry.is_symlink(error)) continue;
        if (old_enough(entry.path(), min_age) && looks_like_workdir(entry.path()) && unlocked(entry.path()) &&
            remove_tree(entry.path()))
            ++removed;
    }
    return removed;
}

// The PID in a cgroup's name "autograde-PID-N", or 0.
pid_t owner_of(const std::string& name) {
    const std::string prefix = "autograde-";
    if (name.rfind(prefix, 0) != 0) return 0;
    std::size_t end = name.find('-', prefix.size());
    if (end == std::string::npos || end == prefix.size()) return 0;
    pid_t pid = 0;
    for (std::size_t i = prefix.size(); i < end; ++i) {
        if (name[i] < '0' || name[i] > '9' || pid > 4'000'000) return 0;
        pid = pid * 10 + (name[i] - '0');
    }
    return pid;
}

bool process_gone(pid_t pid) { return kill(pid, 0) != 0 && errno == ESRCH; }

bool remove_group(const fs::path& dir) {
    for (int round = 0; round < 50; ++round) {
        if (rmdir(dir.c_str()) == 0 || errno == ENOENT) return true;
        if (errno != EBUSY) return false;
        std::ifstream members(dir / "cgroup.procs");
        for (pid_t pid; members >> pid;) kill(pid, SIGKILL);  // outlived their dead run
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    return false;
}

std::size_t sweep_cgroups() {
    std::size_t removed = 0;
    for (const fs::path& parent : cgroup_support().parents) {
        std::error_code error;
        for (const auto& entry : fs::directory_iterator(parent, error)) {
            pid_t owner = owner_of(entry.path().filename().string());
            if (owner > 0 && owner != getpid() && process_gone(owner) && entry.is_directory(error) &&
                remove_group(entry.path()))
                ++removed;
        }
    }
    return removed;
}

}  // namespace

std::size_t sweep_stale_sandboxes(std::chrono::seconds min_age) {
    try {
        return sweep_directories(min_age) + sweep_cgroups();
    } catch (const std::exception&) {
        return 0;  // cleaning up is a courtesy; it must never stop grading
    }
}

void sweep_stale_sandboxes_once() {
    static std::once_flag once;
    std::call_once(once, [] { sweep_stale_sandboxes(); });
}

}  // namespace autograde
