#include "sandbox/cgroup.h"

#include <fcntl.h>
#include <sys/file.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fstream>
#include <sstream>
#include <thread>

#include "util/diagnostic.h"

namespace autograde {
namespace {

namespace fs = std::filesystem;
using Version = CgroupSupport::Version;

std::string read_text(const fs::path& path) {
    std::ifstream file(path);
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

bool write_text(const fs::path& path, const std::string& text) {
    int fd = open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) return false;
    bool ok = write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
    close(fd);
    return ok;
}

bool has_word(const std::string& list, const std::string& word, char separator) {
    std::istringstream items(list);
    for (std::string item; std::getline(items, item, separator);)
        if (item == word || item == word + "\n") return true;
    return false;
}

// Our cgroup path in the hierarchy with `controller` (v1), or in the unified one ("").
std::string own_path(const std::string& controller) {
    std::istringstream lines(read_text("/proc/self/cgroup"));
    for (std::string line; std::getline(lines, line);) {
        auto first = line.find(':'), second = line.find(':', first + 1);
        if (first == std::string::npos || second == std::string::npos) continue;
        std::string controllers = line.substr(first + 1, second - first - 1);
        if (controller.empty() ? controllers.empty() : has_word(controllers, controller, ','))
            return line.substr(second + 1);
    }
    return {};
}

// The mount point of the cgroup2 hierarchy (controller ""), or of the v1 one with it.
fs::path mount_point(const std::string& controller) {
    std::istringstream lines(read_text("/proc/self/mountinfo"));
    for (std::string line; std::getline(lines, line);) {
        std::istringstream fields(line);
        std::string id, parent, device, root, point, field;
        fields >> id >> parent >> device >> root >> point;
        while (fields >> field && field != "-") {}
        std::string type, source, options;
        fields >> type >> source >> options;
        if (controller.empty() ? type == "cgroup2" : (type == "cgroup" && has_word(options, controller, ',')))
            return point;
    }
    return {};
}

// Whether we may make groups beneath `dir`.
bool can_make_group_in(const fs::path& dir) {
    fs::path probe = dir / ("autograde-probe-" + std::to_string(getpid()));
    if (mkdir(probe.c_str(), 0755) != 0) return false;
    rmdir(probe.c_str());
    return true;
}

CgroupSupport try_v2() {
    CgroupSupport support;
    fs::path mount = mount_point("");
    if (mount.empty()) return support;
    fs::path dir = mount / fs::path(own_path("")).relative_path();
    std::string controllers = read_text(dir / "cgroup.controllers");
    if (!has_word(controllers, "memory", ' ') || !has_word(controllers, "pids", ' ')) return support;
    if (!has_word(read_text(dir / "cgroup.subtree_control"), "memory", ' ') &&
        !write_text(dir / "cgroup.subtree_control", "+memory +pids"))
        return support;  // e.g. our own group has processes in it ("no internal processes")
    if (!can_make_group_in(dir)) return support;
    support.version = Version::v2;
    support.parents = {dir};
    return support;
}

CgroupSupport probe() {
    if (CgroupSupport v2 = try_v2(); v2.version != Version::none) return v2;
    CgroupSupport support;
    fs::path memory = mount_point("memory"), pids = mount_point("pids");
    if (memory.empty() || pids.empty()) {
        support.why_not = "no cgroup v2 hierarchy with the memory and pids controllers, and no v1 memory and pids hierarchies";
        return support;
    }
    fs::path memory_dir = memory / fs::path(own_path("memory")).relative_path();
    fs::path pids_dir = pids / fs::path(own_path("pids")).relative_path();
    if (!can_make_group_in(memory_dir) || !can_make_group_in(pids_dir)) {
        support.why_not = "cannot make a cgroup beneath " + memory_dir.string() + " and " + pids_dir.string() +
                          " (not delegated to us: " + std::strerror(errno) + ")";
        return support;
    }
    support.version = Version::v1;
    support.parents = {memory_dir, pids_dir};
    return support;
}

std::string unique_name() {
    static std::atomic<unsigned> counter{0};
    return "autograde-" + std::to_string(getpid()) + "-" + std::to_string(counter++);
}

}  // namespace

const CgroupSupport& cgroup_support() {
    static const CgroupSupport support = probe();
    return support;
}

Cgroup::Cgroup(std::uint64_t memory_bytes, std::uint64_t max_processes) : m_version(cgroup_support().version) {
    if (m_version == Version::none) throw SandboxError("cgroups are not available: " + cgroup_support().why_not);
    std::string name = unique_name();
    for (const fs::path& parent : cgroup_support().parents) {
        fs::path dir = parent / name;
        if (mkdir(dir.c_str(), 0755) != 0)
            throw SandboxError("cannot make the cgroup " + dir.string() + ": " + std::strerror(errno));
        m_dirs.push_back(dir);
        // Held while the group exists: tells a sweep (stale_sweep.h) that it is alive.
        int lock = open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        int raised = lock < 0 ? -1 : fcntl(lock, F_DUPFD_CLOEXEC, 10);
        if (lock >= 0) close(lock);
        if (raised >= 0) {
            flock(raised, LOCK_SH);
            m_lock_fds.push_back(raised);
        }
        int opened = open((dir / "cgroup.procs").c_str(), O_WRONLY | O_CLOEXEC);
        int fd = opened < 0 ? -1 : fcntl(opened, F_DUPFD_CLOEXEC, 10);  // clear of the child's 0..4
        if (opened >= 0) close(opened);
        if (fd < 0) throw SandboxError("cannot open " + (dir / "cgroup.procs").string() + ": " + std::strerror(errno));
        m_procs_fds.push_back(fd);
    }
    m_memory_dir = m_dirs.front();
    fs::path pids_dir = m_dirs.back();
    std::string memory = std::to_string(memory_bytes);
    bool ok = m_version == Version::v2
                  ? write_text(m_memory_dir / "memory.max", memory) && write_text(pids_dir / "pids.max", std::to_string(max_processes))
                  : write_text(m_memory_dir / "memory.limit_in_bytes", memory) &&
                        write_text(pids_dir / "pids.max", std::to_string(max_processes));
    if (!ok) throw SandboxError("cannot set the limits of the cgroup " + m_memory_dir.string() + ": " + std::strerror(errno));
    // No swapping around the limit, where the kernel lets us say so.
    if (m_version == Version::v2) write_text(m_memory_dir / "memory.swap.max", "0");
    else write_text(m_memory_dir / "memory.memsw.limit_in_bytes", memory);
}

Cgroup::~Cgroup() {
    kill_all();
    for (int fd : m_procs_fds) close(fd);
    for (const fs::path& dir : m_dirs) {
        // Members leave the group as they exit; give the last ones a moment.
        for (int attempt = 0; attempt < 50 && rmdir(dir.c_str()) != 0 && errno == EBUSY; ++attempt)
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    for (int fd : m_lock_fds) close(fd);
}

std::uint64_t Cgroup::oom_kills() const {
    std::istringstream lines(read_text(m_memory_dir / (m_version == Version::v2 ? "memory.events" : "memory.oom_control")));
    for (std::string key; lines >> key;) {
        std::uint64_t value = 0;
        lines >> value;
        if (key == "oom_kill") return value;
    }
    return 0;
}

void Cgroup::kill_all() {
    if (m_version == Version::v2 && write_text(m_dirs.front() / "cgroup.kill", "1")) return;
    // v1: SIGKILL each member until no new one appears (a fork bomb may fork meanwhile);
    // members already killed stay listed until they have exited, and need no waiting for.
    std::vector<pid_t> killed;
    for (int round = 0; round < 20; ++round) {
        bool new_member = false;
        for (const fs::path& dir : m_dirs) {
            std::istringstream pids(read_text(dir / "cgroup.procs"));
            for (pid_t pid; pids >> pid;) {
                kill(pid, SIGKILL);
                if (std::find(killed.begin(), killed.end(), pid) == killed.end()) {
                    killed.push_back(pid);
                    new_member = true;
                }
            }
        }
        if (!new_member) return;
        if (round > 0) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
}

}  // namespace autograde
