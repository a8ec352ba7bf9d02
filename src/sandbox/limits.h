// The kernel-enforced limits of one sandbox (one harness process and everything it
// starts). They are set once per submission, between fork and exec, by exec_setup.cc.
#pragma once

#include <cstdint>

namespace autograde {

struct SandboxLimits {
    std::uint64_t address_space = 256ull << 20;  // RLIMIT_AS, bytes, per process
    std::uint64_t cpu_seconds = 10;              // RLIMIT_CPU for the whole run (SIGXCPU, then SIGKILL)
    std::uint64_t processes = 128;               // pids cgroup; else RLIMIT_NPROC, when a sandbox user is set
    std::uint64_t file_size = 16ull << 20;       // RLIMIT_FSIZE, bytes
    std::uint64_t open_files = 128;              // RLIMIT_NOFILE
};

}  // namespace autograde
