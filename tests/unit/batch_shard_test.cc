// --shard K/N: deterministic, disjoint parts of a batch that together are the whole.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <set>

#include "batch/shard.h"
#include "util/diagnostic.h"

using namespace autograde;

namespace {

std::vector<BatchJob> jobs(int count) {
    std::vector<BatchJob> all;
    for (int i = 0; i < count; ++i) all.push_back({"candidate" + std::to_string(i), "ex", "01-x", "f.py", "f.py"});
    return all;
}

std::string error_parsing(std::string_view text) {
    try {
        parse_shard(text);
    } catch (const InputError& error) {
        return error.what();
    }
    return "(parsed)";
}

}  // namespace

TEST_CASE("a shard is read as K/N") {
    const Shard shard = parse_shard("2/8");
    CHECK(shard.index == 2);
    CHECK(shard.count == 8);
    CHECK(shard.to_string() == "2/8");
    CHECK(parse_shard("1/1").count == 1);
}

TEST_CASE("a bad --shard says what K/N must be and what is wrong") {
    CHECK_THAT(error_parsing("3/2"), Catch::Contains("1 <= K <= N") && Catch::Contains("'3/2' has K > N"));
    CHECK_THAT(error_parsing("0/2"), Catch::Contains("K = 0"));
    CHECK_THAT(error_parsing("1/0"), Catch::Contains("N = 0"));
    CHECK_THAT(error_parsing("2"), Catch::Contains("has no '/'"));
    CHECK_THAT(error_parsing("a/b"), Catch::Contains("not two whole numbers"));
    CHECK_THAT(error_parsing("-1/2"), Catch::Contains("not two whole numbers"));
    CHECK_THAT(error_parsing("1/2x"), Catch::Contains("not two whole numbers"));
}

TEST_CASE("the shards of a batch are disjoint, cover it, and differ in size by at most one") {
    const std::vector<BatchJob> all = jobs(23);
    std::set<std::string> seen;
    for (unsigned k = 1; k <= 4; ++k) {
        const std::vector<BatchJob> part = select_shard(all, {k, 4});
        CHECK((part.size() == 5 || part.size() == 6));
        for (const BatchJob& job : part) CHECK(seen.insert(job.key()).second);
    }
    CHECK(seen.size() == all.size());
}

TEST_CASE("a shard's jobs do not depend on the order the files were listed in") {
    std::vector<BatchJob> all = jobs(17);
    const std::vector<BatchJob> first = select_shard(all, {2, 3});
    std::shuffle(all.begin(), all.end(), std::mt19937(42));
    const std::vector<BatchJob> second = select_shard(all, {2, 3});
    REQUIRE(first.size() == second.size());
    for (std::size_t i = 0; i < first.size(); ++i) CHECK(first[i].key() == second[i].key());
}

TEST_CASE("more shards than jobs leaves some shards empty") {
    CHECK(select_shard(jobs(2), {3, 5}).empty());
    CHECK(select_shard(jobs(2), {1, 1}).size() == 2);
}
