// How a diagnostic reads: like a compiler's error, with the line and a caret.
#include <catch2/catch.hpp>

#include "util/diagnostic.h"

using namespace autograde;

TEST_CASE("a diagnostic shows its position, the source line and a caret under the column") {
    const Diagnostic diagnostic{"exercises/03-generators/exercise.yaml", 12, 5, "'limits.time' must be a duration such as 2s",
                                "  time: fast"};
    CHECK(format_diagnostic(diagnostic) ==
          "exercises/03-generators/exercise.yaml:12:5: error: 'limits.time' must be a duration such as 2s\n"
          "   12 |   time: fast\n"
          "      |     ^");
}

TEST_CASE("a line number wider than four digits widens the margin") {
    const Diagnostic diagnostic{"big.yaml", 12345, 1, "too long", "x: 1"};
    CHECK(format_diagnostic(diagnostic) ==
          "big.yaml:12345:1: error: too long\n"
          " 12345 | x: 1\n"
          "       | ^");
}

TEST_CASE("the caret keeps the tabs of the source line so that it lines up") {
    const Diagnostic diagnostic{"t.yaml", 3, 3, "bad", "\tx: 1"};
    CHECK(format_diagnostic(diagnostic) ==
          "t.yaml:3:3: error: bad\n"
          "    3 | \tx: 1\n"
          "      | \t ^");
}

TEST_CASE("a diagnostic without a line shows only the path") {
    CHECK(format_diagnostic({"exercise.yaml", 0, 0, "the file is empty", ""}) == "exercise.yaml: error: the file is empty");
}

TEST_CASE("a diagnostic without a path shows only the message") {
    CHECK(format_diagnostic({"", 0, 0, "no exercise 'x'", ""}) == "error: no exercise 'x'");
}

TEST_CASE("a diagnostic without its source line has no caret") {
    CHECK(format_diagnostic({"a.yaml", 2, 4, "bad", ""}) == "a.yaml:2:4: error: bad");
}

TEST_CASE("an input error reads as all its diagnostics, one after the other") {
    const InputError error({{"a.yaml", 1, 1, "first", "x"}, {"a.yaml", 0, 0, "second", ""}});
    CHECK(std::string(error.what()) ==
          "a.yaml:1:1: error: first\n"
          "    1 | x\n"
          "      | ^\n"
          "a.yaml: error: second");
    CHECK(error.diagnostics().size() == 2);
}

TEST_CASE("an input error from a message alone has no file") {
    const InputError error("no exercise 'x'");
    CHECK(std::string(error.what()) == "error: no exercise 'x'");
    REQUIRE(error.diagnostics().size() == 1);
    CHECK(error.diagnostics()[0].path.empty());
}

TEST_CASE("a very long source line is cut around the caret with ellipses") {
    const std::string line = std::string(1000, 'a') + 'X' + std::string(1000, 'b');
    const Diagnostic diagnostic{"long.yaml", 3, 1001, "here", line};
    CHECK(format_diagnostic(diagnostic) == "long.yaml:3:1001: error: here\n"
                                           "    3 | ..." + std::string(100, 'a') + 'X' + std::string(99, 'b') + "...\n"
                                           "      | " + std::string(103, ' ') + '^');
}

TEST_CASE("a long source line with the caret near its start is cut at its end only") {
    const std::string line = "x: " + std::string(500, '[');
    const Diagnostic diagnostic{"deep.yaml", 1, 4, "here", line};
    CHECK(format_diagnostic(diagnostic) == "deep.yaml:1:4: error: here\n"
                                           "    1 | x: " + std::string(197, '[') + "...\n"
                                           "      |    ^");
}

TEST_CASE("NUL bytes and invalid UTF-8 in a source line are shown as question marks") {
    const Diagnostic diagnostic{"bad.yaml", 1, 9, "here", std::string("title: A\0d\xE9", 11)};
    CHECK(format_diagnostic(diagnostic) == "bad.yaml:1:9: error: here\n"
                                           "    1 | title: A?d?\n"
                                           "      |         ^");
}
