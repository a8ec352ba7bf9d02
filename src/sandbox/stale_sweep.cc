#include "sandbox/stale_sweep.h"

#include <dirent.h>
#include <fcntl.h>
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

// True when no process holds a lock on the directory (we can take it exclusively).
bool unlocked(const fs::path& dir) {
    int fd = open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) return false;
    bool free = flock(fd, LOCK_EX | LOCK_NB) == 0;
    close(fd);
    return free;
}

// Empties the directory open as `dir_fd` (rm -r of its contents), working only relative to
// open handles: no path is ever looked up again, so a link swapped in meanwhile leads
// nowhere, and nothing on another file system (`device`) is entered.
void remove_contents(int dir_fd, dev_t device, int depth) {
    DIR* listing = fdopendir(dir_fd);
    if (listing == nullptr) {
        close(dir_fd);
        return;
    }
    while (dirent* entry = readdir(listing)) {
        const std::string name = entry->d_name;
        if (name == "." || name == "..") continue;
        struct stat info{};
        if (fstatat(dirfd(listing), name.c_str(), &info, AT_SYMLINK_NOFOLLOW) != 0) continue;
        if (S_ISDIR(info.st_mode)) {
            if (info.st_dev != device || depth > 64) continue;
            fchmodat(dirfd(listing), name.c_str(), 0700, 0);  // a candidate's mode-000 folder
            int child = openat(dirfd(listing), name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (child >= 0) remove_contents(child, device, depth + 1);
            unlinkat(dirfd(listing), name.c_str(), AT_REMOVEDIR);
        } else {
            unlinkat(dirfd(listing), name.c_str(), 0);
        }
    }
    closedir(listing);  // closes dir_fd
}

// A directory of ours a killed run left: named TMPDIR/autograde-XXXXXX, a real directory
// owned by us with a Workdir's mode (0711), old enough, holding harness.py and nothing but
// what a Workdir makes, and locked by no one. A folder of anyone else's is never touched.
bool stale_workdir(const fs::path& dir, std::chrono::seconds min_age) {
    struct stat info{};
    if (lstat(dir.c_str(), &info) != 0 || !S_ISDIR(info.st_mode)) return false;
    if (info.st_uid != geteuid() || (info.st_mode & 07777) != 0711) return false;
    if (time(nullptr) - info.st_mtime < min_age.count()) return false;
    std::error_code error;
    bool harness = false;
    for (const auto& entry : fs::directory_iterator(dir, error)) {
        const std::string name = entry.path().filename().string();
        if (name != "harness.py" && name != "run" && name != "root") return false;
        harness = harness || name == "harness.py";
    }
    return !error && harness && unlocked(dir);
}

std::size_t sweep_directories(std::chrono::seconds min_age) {
    std::size_t removed = 0;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(Workdir::temp_base(), error)) {
        const std::string name = entry.path().filename().string();
        if (name.size() != Workdir::k_prefix.size() + 6 || name.rfind(Workdir::k_prefix, 0) != 0) continue;
        if (!stale_workdir(entry.path(), min_age)) continue;
        int fd = open(entry.path().c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        struct stat info{};
        if (fd < 0 || fstat(fd, &info) != 0) {
            if (fd >= 0) close(fd);
            continue;
        }
        remove_contents(fd, info.st_dev, 0);
        if (rmdir(entry.path().c_str()) == 0) ++removed;
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

// Our own PID counts as gone: this runs before this process makes its first group, so a
// group with our PID in its name was left by a dead process that had the same PID.
bool owner_gone(pid_t pid) { return pid == getpid() || (kill(pid, 0) != 0 && errno == ESRCH); }

bool remove_group(const fs::path& dir) {
    for (int round = 0; round < 50; ++round) {
        if (rmdir(dir.c_str()) == 0 || errno == ENOENT) return true;
        if (errno != EBUSY) return false;
        // Members that outlived their dead run. v2 kills them all at once; v1 lists them
        // (skipping 0: kill(0) would be our own process group).
        std::ofstream(dir / "cgroup.kill") << "1";
        std::ifstream members(dir / "cgroup.procs");
        for (pid_t pid; members >> pid;)
            if (pid > 0) kill(pid, SIGKILL);
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    return false;
}

// A group a killed run left: named autograde-PID-N, its owner gone, and locked by no one
// (a live Cgroup holds a shared lock on its directory, whatever PID namespace it is in).
std::size_t sweep_cgroups() {
    std::size_t removed = 0;
    for (const fs::path& parent : cgroup_support().parents) {
        std::error_code error;
        for (const auto& entry : fs::directory_iterator(parent, error)) {
            pid_t owner = owner_of(entry.path().filename().string());
            if (owner > 0 && entry.is_directory(error) && owner_gone(owner) && unlocked(entry.path()) &&
                remove_group(entry.path()))
                ++removed;
        }
    }
    return removed;
}

}  // namespace

std::size_t sweep_stale_sandboxes(bool cgroups, std::chrono::seconds min_age) {
    try {
        // Groups first: that kills what outlived a dead run before its directory is removed.
        std::size_t removed = cgroups ? sweep_cgroups() : 0;
        return removed + sweep_directories(min_age);
    } catch (const std::exception&) {
        return 0;  // cleaning up is a courtesy; it must never stop grading
    }
}

void sweep_stale_sandboxes_once(bool cgroups) {
    static std::once_flag once;
    std::call_once(once, [cgroups] { sweep_stale_sandboxes(cgroups); });
}

}  // namespace autograde
