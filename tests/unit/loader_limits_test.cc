// `limits:` of an exercise and of a test: defaults, overrides, and the errors an author
// sees for bad durations and sizes.
#include <catch2/catch.hpp>

#include "loader_support.h"

using namespace autograde;
using namespace autograde::testing;
using std::chrono::milliseconds;

TEST_CASE("a duration that is not one is an error") {
    CHECK(errors_in("bad-duration.yaml") == R"~(bad-exercises/bad-duration.yaml:4:9: error: 'limits.time' must be a duration such as 2s
    4 |   time: fast
      |         ^)~");
}

TEST_CASE("a duration without a unit is an error") {
    CHECK(errors_in("duration-without-unit.yaml") == R"~(bad-exercises/duration-without-unit.yaml:3:16: error: 'limits.time' must be a duration such as 2s
    3 | limits: {time: 2}
      |                ^)~");
}

TEST_CASE("a duration out of range says the range") {
    CHECK(errors_in("duration-out-of-range.yaml") == R"~(bad-exercises/duration-out-of-range.yaml:4:9: error: 'limits.time' must be between 1ms and 10m
    4 |   time: 11m
      |         ^)~");
}

TEST_CASE("sizes that are not sizes are errors") {
    CHECK(errors_in("bad-size.yaml") == R"~(bad-exercises/bad-size.yaml:4:11: error: 'limits.memory' must be a size such as 256MiB
    4 |   memory: lots
      |           ^
bad-exercises/bad-size.yaml:5:11: error: 'limits.output' must be a size such as 64KiB
    5 |   output: 64 kilobytes
      |           ^)~");
}

TEST_CASE("sizes out of range say their ranges") {
    CHECK(errors_in("size-out-of-range.yaml") == R"~(bad-exercises/size-out-of-range.yaml:4:11: error: 'limits.memory' must be between 16MiB and 64GiB
    4 |   memory: 8MiB
      |           ^
bad-exercises/size-out-of-range.yaml:5:11: error: 'limits.output' must be between 1KiB and 1GiB
    5 |   output: 2GiB
      |           ^)~");
}

TEST_CASE("memory in a test's limits says it is for the whole exercise") {
    CHECK(errors_in("memory-per-test.yaml") == R"~(bad-exercises/memory-per-test.yaml:9:7: error: 'memory' can only be set for the whole exercise, in the top-level 'limits'
    9 |       memory: 512MiB
      |       ^)~");
}

TEST_CASE("limits that are not a mapping show an example") {
    CHECK(errors_in("limits-not-mapping.yaml") == R"~(bad-exercises/limits-not-mapping.yaml:3:9: error: 'limits' must be a mapping such as {time: 2s, memory: 256MiB, output: 64KiB}
    3 | limits: 2s
      |         ^)~");
}


TEST_CASE("an exercise without limits gets the defaults, and so do its tests") {
    const Exercise exercise = load_text("title: t\nentry: f\ntests:\n  - name: a\n    call: f()\n    expect: \"1\"\n");
    CHECK(exercise.limits.time == milliseconds(2000));
    CHECK(exercise.limits.memory == 256ull << 20);
    CHECK(exercise.limits.output == 64ull << 10);
    CHECK(exercise.tests[0].time_limit == milliseconds(2000));
    CHECK(exercise.tests[0].output_limit == 64ull << 10);
}

TEST_CASE("the exercise's limits apply to every test that sets none") {
    const Exercise exercise = load_text(
        "title: t\nentry: f\nlimits:\n  time: 1.5s\n  memory: 1GiB\n  output: 512KB\n"
        "tests:\n  - name: a\n    call: f()\n    expect: \"1\"\n");
    CHECK(exercise.limits.time == milliseconds(1500));
    CHECK(exercise.limits.memory == 1ull << 30);
    CHECK(exercise.limits.output == 512'000);
    CHECK(exercise.tests[0].time_limit == milliseconds(1500));
    CHECK(exercise.tests[0].output_limit == 512'000);
}

TEST_CASE("a test's own limits override the exercise's one by one") {
    const Exercise exercise = load_text(
        "title: t\nentry: f\nlimits: {time: 3s, output: 2KiB}\n"
        "tests:\n"
        "  - name: slow\n    call: f()\n    expect: \"1\"\n    limits: {time: 1m}\n"
        "  - name: chatty\n    call: f()\n    expect: \"1\"\n    limits: {output: 1MiB}\n");
    REQUIRE(exercise.tests.size() == 2);
    CHECK(exercise.tests[0].time_limit == milliseconds(60'000));
    CHECK(exercise.tests[0].output_limit == 2048);
    CHECK(exercise.tests[1].time_limit == milliseconds(3000));
    CHECK(exercise.tests[1].output_limit == 1ull << 20);
}

TEST_CASE("the ends of the limit ranges are accepted") {
    const Exercise low = load_text("title: t\nentry: f\nlimits: {time: 1ms, memory: 16MiB, output: 1KiB}\n"
                                   "tests:\n  - name: a\n    call: f()\n    expect: \"1\"\n");
    CHECK(low.limits.time == milliseconds(1));
    const Exercise high = load_text("title: t\nentry: f\nlimits: {time: 10m, memory: 64GiB, output: 1GiB}\n"
                                    "tests:\n  - name: a\n    call: f()\n    expect: \"1\"\n");
    CHECK(high.limits.memory == 64ull << 30);
}
