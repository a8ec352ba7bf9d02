// The result cache: keyed by everything that decides a result, never trusting a file.
#include <catch2/catch.hpp>

#include <cstdlib>

#include "batch/cache.h"
#include "batch_support.h"
#include "sample_results.h"

using namespace autograde;
using namespace autograde::testing;
namespace fs = std::filesystem;

namespace {

CacheKeyInputs sample_inputs() {
    CacheKeyInputs inputs;
    inputs.exercise_id = "01-list-vs-tuple";
    inputs.exercise_yaml = "title: Freeze\n";
    inputs.submission_path = "alice.py";
    inputs.submission_bytes = "def freeze(v): return v\n";
    inputs.sandbox = {"A", {"seccomp"}, {}};
    inputs.python = "/usr/bin/python3.11";
    inputs.harness_sha256 = "abc";
    return inputs;
}

// mixed_result() as the cache would hold it for `sample_inputs()`.
GradeResult stored_result() {
    GradeResult result = mixed_result();
    result.submission_sha256 = "sha-of-alice";
    return result;
}

}  // namespace

TEST_CASE("a cache key is 64 hex digits and the same for the same inputs") {
    const std::string key = cache_key(sample_inputs());
    CHECK(key.size() == 64);
    CHECK(key.find_first_not_of("0123456789abcdef") == std::string::npos);
    CHECK(cache_key(sample_inputs()) == key);
}

TEST_CASE("a cache key changes with everything that can change the result") {
    const std::string key = cache_key(sample_inputs());
    std::vector<std::function<void(CacheKeyInputs&)>> changes = {
        [](CacheKeyInputs& in) { in.exercise_id = "02-decorators"; },
        [](CacheKeyInputs& in) { in.exercise_yaml += "# a comment\n"; },
        [](CacheKeyInputs& in) { in.submission_path = "bob.py"; },
        [](CacheKeyInputs& in) { in.submission_bytes += " "; },
        [](CacheKeyInputs& in) { in.sandbox.tier = "B"; },
        [](CacheKeyInputs& in) { in.sandbox.layers.push_back("landlock"); },
        [](CacheKeyInputs& in) { in.sandbox.missing.push_back("cgroups: none"); },
        [](CacheKeyInputs& in) { in.python = "/usr/bin/python3.12"; },
        [](CacheKeyInputs& in) { in.harness_sha256 = "abd"; },
        // Moving bytes from one field to the next is a change too.
        [](CacheKeyInputs& in) {
            in.exercise_yaml += "x";
            in.submission_path = "lice.py";
        },
    };
    for (std::size_t i = 0; i < changes.size(); ++i) {
        CacheKeyInputs inputs = sample_inputs();
        changes[i](inputs);
        INFO("change " << i);
        CHECK(cache_key(inputs) != key);
    }
}

TEST_CASE("a stored result is found again, whole") {
    ScratchFolder scratch;
    const ResultCache cache(scratch.dir() / "cache", true);
    const std::string key = cache_key(sample_inputs());
    CHECK_FALSE(cache.lookup(key, "sha-of-alice", "01-list-vs-tuple"));
    cache.store(key, stored_result());
    CHECK(fs::is_regular_file(scratch.dir() / "cache" / key.substr(0, 2) / (key.substr(2) + ".json")));
    const std::optional<GradeResult> found = cache.lookup(key, "sha-of-alice", "01-list-vs-tuple");
    REQUIRE(found);
    CHECK(found->score == stored_result().score);
    CHECK(found->tests.size() == stored_result().tests.size());
    CHECK(found->submission == stored_result().submission);
}

TEST_CASE("a corrupt, truncated or foreign cache file is a miss, never a crash") {
    ScratchFolder scratch;
    const ResultCache cache(scratch.dir(), true);
    const std::string key = cache_key(sample_inputs());
    cache.store(key, stored_result());
    const fs::path path = cache.path_of(key);
    for (const std::string& content : {std::string("{\"exercise\": "), std::string(""), std::string("[1, 2]"),
                                       std::string("{\"exercise\": 3}"), std::string("\xff\xfe garbage")}) {
        scratch.write(path.lexically_relative(scratch.dir()).string(), content);
        CHECK_FALSE(cache.lookup(key, "sha-of-alice", "01-list-vs-tuple"));
    }
    cache.store(key, stored_result());
    CHECK_FALSE(cache.lookup(key, "another-sha", "01-list-vs-tuple"));
    CHECK_FALSE(cache.lookup(key, "sha-of-alice", "02-decorators"));
    CHECK(cache.lookup(key, "sha-of-alice", "01-list-vs-tuple"));
}

TEST_CASE("with --no-cache lookups miss but results are still stored") {
    ScratchFolder scratch;
    const std::string key = cache_key(sample_inputs());
    ResultCache(scratch.dir(), false).store(key, stored_result());
    CHECK_FALSE(ResultCache(scratch.dir(), false).lookup(key, "sha-of-alice", "01-list-vs-tuple"));
    CHECK(ResultCache(scratch.dir(), true).lookup(key, "sha-of-alice", "01-list-vs-tuple"));
}

TEST_CASE("the default cache folder follows XDG_CACHE_HOME, else HOME") {
    const char* old_xdg = std::getenv("XDG_CACHE_HOME");
    const std::string saved_xdg = old_xdg ? old_xdg : "";
    setenv("XDG_CACHE_HOME", "/var/cache/me", 1);
    CHECK(default_cache_dir() == fs::path("/var/cache/me/autograde"));
    setenv("XDG_CACHE_HOME", "relative", 1);  // the XDG spec says to ignore a relative path
    const char* home = std::getenv("HOME");
    if (home && *home) CHECK(default_cache_dir() == fs::path(home) / ".cache" / "autograde");
    if (old_xdg) setenv("XDG_CACHE_HOME", saved_xdg.c_str(), 1);
    else unsetenv("XDG_CACHE_HOME");
}
