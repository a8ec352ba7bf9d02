// Cleaning up after runs that could not: a run killed with SIGKILL (an OOM kill, a
// preempted CI runner, `kill -9`) leaves its private directories (workdir.h) and its
// cgroups (cgroup.h) behind. The next run removes them before its first sandbox.
//
// What counts as left behind:
//   - a directory TMPDIR/autograde-XXXXXX holding harness.py and nothing but what a Workdir
//     makes (run/, root/: a folder of the user's is never touched) that no run holds: a live Workdir holds a shared
//     flock on its directory (released by the kernel when its process dies, whatever
//     killed it) and is at least `min_age` old (so that one being made right now, not yet
//     locked, is safe). Removed without crossing into another file system.
//   - a cgroup autograde-PID-N beside ours whose PID no longer exists: its members, if any
//     (processes that outlived their run), are killed, then the group is removed.
#pragma once

#include <chrono>
#include <cstddef>

namespace autograde {

// Never throws: what cannot be removed is left. Returns how many entries it removed.
std::size_t sweep_stale_sandboxes(std::chrono::seconds min_age = std::chrono::seconds(60));

// sweep_stale_sandboxes(), once per process (the first sandbox calls it).
void sweep_stale_sandboxes_once();

}  // namespace autograde
