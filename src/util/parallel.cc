#include "util/parallel.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace autograde {

void parallel_for(std::size_t count, unsigned threads, const std::function<void(std::size_t)>& job) {
    std::atomic<std::size_t> next{0};
    std::exception_ptr first_error;
    std::mutex error_mutex;
    auto worker = [&] {
        for (std::size_t index; (index = next.fetch_add(1)) < count;) {
            try {
                job(index);
            } catch (...) {
                std::lock_guard lock(error_mutex);
                if (!first_error) first_error = std::current_exception();
            }
        }
    };
    std::size_t thread_count = std::min<std::size_t>(std::max(threads, 1u), count);
    std::vector<std::thread> pool;
    for (std::size_t i = 1; i < thread_count; ++i) pool.emplace_back(worker);
    worker();
    for (std::thread& thread : pool) thread.join();
    if (first_error) std::rethrow_exception(first_error);
}

unsigned hardware_threads() { return std::max(std::thread::hardware_concurrency(), 1u); }

}  // namespace autograde
