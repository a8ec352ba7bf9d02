// Durations and sizes as exercise authors write them.
#include <catch2/catch.hpp>

#include "util/units.h"

using namespace autograde;
using std::chrono::milliseconds;

TEST_CASE("durations are read in milliseconds, seconds and minutes") {
    CHECK(parse_duration("500ms") == milliseconds(500));
    CHECK(parse_duration("2s") == milliseconds(2000));
    CHECK(parse_duration("1.5s") == milliseconds(1500));
    CHECK(parse_duration("10m") == milliseconds(600'000));
    CHECK(parse_duration(".5s") == milliseconds(500));
    CHECK(parse_duration(" 3 s ") == milliseconds(3000));
}

TEST_CASE("a duration needs a number and a known unit") {
    CHECK_FALSE(parse_duration("2"));
    CHECK_FALSE(parse_duration("s"));
    CHECK_FALSE(parse_duration("fast"));
    CHECK_FALSE(parse_duration("2h"));
    CHECK_FALSE(parse_duration("-1s"));
    CHECK_FALSE(parse_duration("1.2.3s"));
    CHECK_FALSE(parse_duration("2S"));
    CHECK_FALSE(parse_duration(""));
}

TEST_CASE("an absurdly long duration is refused rather than overflowing") {
    CHECK_FALSE(parse_duration("99999999999999999999m"));
}

TEST_CASE("sizes are read in binary and decimal units") {
    CHECK(parse_size("100B") == 100u);
    CHECK(parse_size("64KiB") == 65'536u);
    CHECK(parse_size("256MiB") == 256ull << 20);
    CHECK(parse_size("1GiB") == 1ull << 30);
    CHECK(parse_size("1.5KiB") == 1536u);
    CHECK(parse_size("512MB") == 512'000'000u);
    CHECK(parse_size("2kB") == 2000u);
    CHECK(parse_size("1GB") == 1'000'000'000u);
}

TEST_CASE("a size needs a number and a known unit") {
    CHECK_FALSE(parse_size("1024"));
    CHECK_FALSE(parse_size("lots"));
    CHECK_FALSE(parse_size("1TiB"));
    CHECK_FALSE(parse_size("64 kilobytes"));
    CHECK_FALSE(parse_size("-1MiB"));
    CHECK_FALSE(parse_size("99999999999999GiB"));
}
