// Text helpers: edit distances for hints, and quoting text a user or candidate controls.
#include <catch2/catch.hpp>

#include "util/text.h"

using namespace autograde;

TEST_CASE("edit distance counts insertions, deletions and substitutions") {
    CHECK(edit_distance("", "") == 0);
    CHECK(edit_distance("expect", "expect") == 0);
    CHECK(edit_distance("expct", "expect") == 1);
    CHECK(edit_distance("kitten", "sitting") == 3);
    CHECK(edit_distance("", "abc") == 3);
    CHECK(edit_distance("titel", "title") == 2);
}

TEST_CASE("a plausible typo gets the closest key as a hint") {
    const std::vector<std::string> keys = {"name", "call", "code", "expect", "raises", "match", "hidden"};
    CHECK(closest_match("expcet", keys) == "expect");
    CHECK(closest_match("hiden", keys) == "hidden");
    CHECK(closest_match("cal", keys) == "call");
}

TEST_CASE("a swap of two letters counts as one typo") {
    CHECK(closest_match("titel", {"title", "entry"}) == "title");
}

TEST_CASE("a word far from every candidate gets no hint") {
    CHECK_FALSE(closest_match("colour", {"name", "call", "expect"}));
    CHECK_FALSE(closest_match("x", {"yz"}));
    CHECK_FALSE(closest_match("word", {}));
}

TEST_CASE("on a tie the earlier candidate is suggested") {
    CHECK(closest_match("cade", {"code", "cake"}) == "code");
}

TEST_CASE("quoted text escapes what a terminal would act on") {
    CHECK(quote_for_log("plain text") == "'plain text'");
    CHECK(quote_for_log("line\nbreak\ttab") == "'line\\nbreak\\ttab'");
    CHECK(quote_for_log("it's") == "'it\\'s'");
    CHECK(quote_for_log("back\\slash") == "'back\\\\slash'");
    CHECK(quote_for_log("\x1b[31mred") == "'\\x1b[31mred'");
    CHECK(quote_for_log("caf\xc3\xa9") == "'caf\xc3\xa9'");
    CHECK(quote_for_log("bad \xff byte") == "'bad \\xff byte'");
    CHECK(quote_for_log("\xe2\x80\xae" "evil") == "'\\u202eevil'");
    CHECK(quote_for_log("\xc2\x9b") == "'\\x9b'");
}

TEST_CASE("long quoted text is cut with an ellipsis") {
    CHECK(quote_for_log("abcdef", 4) == "'abcd'...");
    CHECK(quote_for_log("abcd", 4) == "'abcd'");
    CHECK(quote_for_log("a\nb", 2) == "'a'...");
    CHECK(quote_for_log(std::string(1000, 'x')).size() == 200 + 2 + 3);
}
