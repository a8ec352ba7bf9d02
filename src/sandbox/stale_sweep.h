// Cleaning up after runs that could not: a run killed with SIGKILL (an OOM kill, a
// preempted CI runner, `kill -9`) leaves its private directories (workdir.h) and its
// cgroups (cgroup.h) behind. The next run removes them before its first sandbox.
//
// What counts as left behind:
//   - a cgroup autograde-PID-N beside ours that no live Cgroup holds (each holds a shared
//     flock on its directory, released by the kernel when its process dies) and whose
//     PID is gone: its members, if any (processes that outlived their run), are killed,
//     then the group is removed. Groups go first, so nothing of a dead run still runs
//     when its directory is removed.
//   - a directory TMPDIR/autograde-XXXXXX owned by us with a Workdir's mode (0711), at
//     least `min_age` old (one being made right now is not locked yet), holding
//     harness.py and nothing but what a Workdir makes (run/, root/), and locked by no one
//     (a live Workdir holds a shared flock on it). A folder of anyone else's is never
//     touched. It is removed through open handles only (a link swapped in meanwhile leads
//     nowhere) and without entering another file system.
//
// A workdir of an autograde build older than these locks, still running after a minute,
// would look stale: do not run two versions side by side on one TMPDIR.
#pragma once

#include <chrono>
#include <cstddef>

namespace autograde {

// Never throws: what cannot be removed is left. Returns how many entries it removed.
// `cgroups`: look at cgroups too (not for a run that uses none, so as not to probe them).
std::size_t sweep_stale_sandboxes(bool cgroups, std::chrono::seconds min_age = std::chrono::seconds(60));

// sweep_stale_sandboxes(), once per process (the first sandbox calls it).
void sweep_stale_sandboxes_once(bool cgroups);

}  // namespace autograde
