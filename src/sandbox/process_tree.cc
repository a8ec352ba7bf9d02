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

// Our children, from /proc/self/task/TID/children (one file per thread of ours, since a
// child belongs to the thread that forked it; orphans re-parented to a subreaper belong
// to its main thread). Reading these few files instead of every /proc/PID/stat keeps the
// scan that runs after each sandbox in the tens of microseconds.
std::vector<pid_t> our_children() {
    std::vector<pid_t> children;
    DIR* tasks = opendir("/proc/self/task");
    if (!tasks) return children;
    while (dirent* task = readdir(tasks)) {
        if (task->d_name[0] < '0' || task->d_name[0] > '9') continue;
        char path[300];  // d_name is at most 255 bytes
        std::snprintf(path, sizeof path, "/proc/self/task/%s/children", task->d_name);
        FILE* file = std::fopen(path, "re");
        if (!file) continue;
        for (int pid; std::fscanf(file, "%d", &pid) == 1;) children.push_back(static_cast<pid_t>(pid));
        std::fclose(file);
    }
    closedir(tasks);
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
        std::vector<pid_t> orphans = our_children();
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
