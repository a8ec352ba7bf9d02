// Making sure that no process the candidate started outlives the grading.
//
// The harness runs in its own session and process group, so one kill(-pgid) reaches it
// and every descendant that stayed in the group. A descendant that called setsid() or
// setpgid() leaves the group; when its parent dies it is re-parented to the nearest
// subreaper, which is us (become_subreaper), and kill_orphans finds it among our
// children. Tier A's PID namespace (issue 5) makes this airtight; this is the fallback.
#pragma once

#include <sys/types.h>

#include <mutex>
#include <vector>

namespace autograde {

// Marks this process as a child subreaper (prctl PR_SET_CHILD_SUBREAPER). Idempotent.
void become_subreaper();

// SIGKILL to the whole process group led by `leader`, then reaps `leader`. Returns its
// wait status, or -1 if it was already reaped.
int kill_group_and_reap(pid_t leader);

// Harnesses alive in this process (several sessions may run on threads at once): they
// are our children but not orphans. Hold the table's lock from before a harness is
// forked until it is remembered, so that kill_orphans never mistakes it for an orphan.
std::unique_lock<std::mutex> lock_harness_table();
void remember_harness(pid_t pid, const std::unique_lock<std::mutex>& held);
void forget_harness(pid_t pid);

// For SIGINT/SIGTERM handlers: SIGKILLs the process group of every remembered harness.
// Async-signal-safe (it reads a lock-free copy of the table).
void kill_all_harnesses_from_signal_handler() noexcept;

// When this process is a subreaper: SIGKILLs and reaps every child of ours that is not a
// remembered harness (orphans re-parented to us). Otherwise does nothing: orphans went to
// init and only the process-group kill reached them. Returns how many were killed.
int kill_orphans();

}  // namespace autograde
