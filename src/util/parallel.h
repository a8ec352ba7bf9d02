// Running independent jobs on a few threads.
#pragma once

#include <cstddef>
#include <functional>

namespace autograde {

// Calls job(0) .. job(count - 1), at most `threads` at a time (at least 1). Returns when
// all are done. If jobs throw, the first exception is rethrown after the rest finished.
void parallel_for(std::size_t count, unsigned threads, const std::function<void(std::size_t)>& job);

// The number of cores, at least 1.
unsigned hardware_threads();

}  // namespace autograde
