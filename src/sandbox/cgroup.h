// A cgroup of one's own for one submission's sandbox: a memory limit and a process-count
// limit for the whole group, the count of OOM kills (so that a kill by the memory limit
// becomes the verdict memory_limit, not crashed), and a kill of every member at the end.
//
// cgroup v2 is used when the unified hierarchy has the memory and pids controllers, v1
// otherwise (memory and pids hierarchies, as on machines that still mount them). The
// group is made beneath the cgroup we run in, so every limit of ours still applies.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace autograde {

struct CgroupSupport {
    enum class Version { none, v1, v2 };
    Version version = Version::none;
    std::string why_not;  // version == none: the reason, for the report
    // Where our own groups are made: one directory (v2) or the memory and pids ones (v1).
    std::vector<std::filesystem::path> parents;
};

// Looks at /proc/self/cgroup and /proc/self/mountinfo and tries to make (and remove) a
// group beneath ours. Cached after the first call.
const CgroupSupport& cgroup_support();

class Cgroup {
public:
    // Makes the group and sets its limits. Throws SandboxError. Requires cgroup_support().
    Cgroup(std::uint64_t memory_bytes, std::uint64_t max_processes);
    ~Cgroup();  // kills every member and removes the group
    Cgroup(const Cgroup&) = delete;
    Cgroup& operator=(const Cgroup&) = delete;

    // Descriptors of cgroup.procs (one per hierarchy), open for writing, close-on-exec: the
    // child writes "0" to each to join before it starts anything else.
    const std::vector<int>& procs_fds() const { return m_procs_fds; }

    // How many members the kernel's OOM killer has killed so far.
    std::uint64_t oom_kills() const;

    // SIGKILLs every member (v2: cgroup.kill) and waits briefly until the group is empty.
    void kill_all();

private:
    std::vector<std::filesystem::path> m_dirs;
    std::vector<int> m_procs_fds;
    std::vector<int> m_lock_fds;  // a shared flock on each directory while it exists
    CgroupSupport::Version m_version;
    std::filesystem::path m_memory_dir;
};

}  // namespace autograde
