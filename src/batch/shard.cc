#include "batch/shard.h"

#include <algorithm>
#include <charconv>

#include "util/diagnostic.h"
#include "util/text.h"

namespace autograde {
namespace {

// A whole number of at most 9 digits, nothing else; false otherwise.
bool read_count(std::string_view text, unsigned& out) {
    if (text.empty() || text.size() > 9) return false;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
    return error == std::errc() && end == text.data() + text.size();
}

[[noreturn]] void bad_shard(std::string_view text, const std::string& why) {
    throw InputError("--shard takes K/N with 1 <= K <= N, such as 2/8; " + quote_for_log(text) + " " + why);
}

}  // namespace

Shard parse_shard(std::string_view text) {
    const std::size_t slash = text.find('/');
    if (slash == std::string_view::npos) bad_shard(text, "has no '/'");
    Shard shard;
    if (!read_count(text.substr(0, slash), shard.index) || !read_count(text.substr(slash + 1), shard.count))
        bad_shard(text, "is not two whole numbers");
    if (shard.count == 0) bad_shard(text, "has N = 0");
    if (shard.index == 0) bad_shard(text, "has K = 0 (shards count from 1)");
    if (shard.index > shard.count) bad_shard(text, "has K > N");
    return shard;
}

std::vector<BatchJob> select_shard(std::vector<BatchJob> jobs, const Shard& shard) {
    std::sort(jobs.begin(), jobs.end(), [](const BatchJob& a, const BatchJob& b) { return a.key() < b.key(); });
    std::vector<BatchJob> selected;
    for (std::size_t i = shard.index - 1; i < jobs.size(); i += shard.count) selected.push_back(std::move(jobs[i]));
    return selected;
}

}  // namespace autograde
