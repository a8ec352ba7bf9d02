#include "sandbox/process_tree.h"

#include <dirent.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>

namespace autograde {
namespace {

// The parent pid field of /proc/PID/stat ("pid (comm) state ppid ..."); comm may hold
// spaces and parentheses, so parse from the last ')'.
pid_t parent_of(const char* pid_text) {
    char path[64];
    std::snprintf(path, sizeof path, "/proc/%s/stat", pid_text);
    FILE* file = std::fopen(path, "re");
    if (!file) return -1;
    char buffer[512];
    std::size_t n = std::fread(buffer, 1, sizeof buffer - 1, file);
    std::fclose(file);
    buffer[n] = '\0';
    const char* close_paren = std::strrchr(buffer, ')');
    if (!close_paren) return -1;
    char state = 0;
    int ppid = -1;
    if (std::sscanf(close_paren + 1, " %c %d", &state, &ppid) != 2) return -1;
    return ppid;
}

std::vector<pid_t> children_of(pid_t parent) {
    std::vector<pid_t> children;
    DIR* proc = opendir("/proc");
    if (!proc) return children;
    while (dirent* entry = readdir(proc)) {
        if (entry->d_name[0] < '0' || entry->d_name[0] > '9') continue;
        if (parent_of(entry->d_name) == parent) children.push_back(static_cast<pid_t>(std::atoi(entry->d_name)));
    }
    closedir(proc);
    return children;
}

}  // namespace

void become_subreaper() { prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0); }

int kill_group_and_reap(pid_t leader) {
    if (leader <= 0) return -1;
    kill(-leader, SIGKILL);
    kill(leader, SIGKILL);
    int status = 0;
    pid_t reaped;
    do reaped = waitpid(leader, &status, 0);
    while (reaped < 0 && errno == EINTR);
    return reaped == leader ? status : -1;
}

namespace {

std::mutex g_harness_mutex;
std::vector<pid_t> g_harnesses;

// A lock-free mirror of g_harnesses for signal handlers; 0 marks a free slot. More
// harnesses than slots at once are still killed at exit by the normal path.
constexpr std::size_t k_signal_slots = 256;
std::atomic<pid_t> g_signal_slots[k_signal_slots];

void set_signal_slot(pid_t from, pid_t to) {
    for (auto& slot : g_signal_slots) {
        pid_t expected = from;
        if (slot.compare_exchange_strong(expected, to)) return;
    }
}

bool is_subreaper() {
    int flag = 0;
    return prctl(PR_GET_CHILD_SUBREAPER, &flag, 0, 0, 0) == 0 && flag != 0;
}

}  // namespace

std::unique_lock<std::mutex> lock_harness_table() { return std::unique_lock(g_harness_mutex); }

void remember_harness(pid_t pid, const std::unique_lock<std::mutex>&) {
    g_harnesses.push_back(pid);
    set_signal_slot(0, pid);
}

void forget_harness(pid_t pid) {
    std::lock_guard lock(g_harness_mutex);
    std::erase(g_harnesses, pid);
    set_signal_slot(pid, 0);
}

void kill_all_harnesses_from_signal_handler() noexcept {
    for (auto& slot : g_signal_slots) {
        pid_t pid = slot.load();
        if (pid > 0) kill(-pid, SIGKILL);
    }
}

int kill_orphans() {
    if (!is_subreaper()) return 0;
    std::lock_guard lock(g_harness_mutex);
    const std::vector<pid_t>& keep = g_harnesses;
    int killed = 0;
    // An orphan may fork while we look; a few rounds catch its children as they arrive.
    for (int round = 0; round < 8; ++round) {
        std::vector<pid_t> orphans = children_of(getpid());
        std::erase_if(orphans, [&](pid_t pid) { return std::find(keep.begin(), keep.end(), pid) != keep.end(); });
        if (orphans.empty()) break;
        for (pid_t pid : orphans) {
            kill(pid, SIGKILL);
            while (waitpid(pid, nullptr, 0) < 0 && errno == EINTR) {}
            ++killed;
        }
    }
    return killed;
}

}  // namespace autograde
