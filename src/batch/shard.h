// Splitting a batch across machines: `--shard K/N` grades the K-th of N disjoint parts.
//
// The split depends only on the jobs' keys (candidate and exercise, BatchJob::key), never
// on file contents, listing order or the machine: the jobs are sorted by key and shard K
// takes every N-th job starting with the (K-1)-th. So the N shards of one plan are
// disjoint, together they are the whole plan, and their sizes differ by at most one.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "batch/plan.h"

namespace autograde {

struct Shard {
    unsigned index = 1;  // K, 1-based
    unsigned count = 1;  // N >= 1; 1/1 is the whole batch

    std::string to_string() const { return std::to_string(index) + "/" + std::to_string(count); }
};

// Reads "K/N" with 1 <= K <= N. Throws InputError with a message such as
// "--shard takes K/N with 1 <= K <= N, such as 2/8; '3/2' has K > N".
Shard parse_shard(std::string_view text);

// The jobs of `shard`, in key order.
std::vector<BatchJob> select_shard(std::vector<BatchJob> jobs, const Shard& shard);

}  // namespace autograde
