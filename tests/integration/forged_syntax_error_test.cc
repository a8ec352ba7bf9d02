// A syntax error's line and column come from the sandbox, where a forged record may say
// anything: the report shows a bounded window of the line and a caret within it.
#include <catch2/catch.hpp>

#include "cli_runner.h"

using namespace autograde;
using namespace autograde::testing;

TEST_CASE("a forged syntax error at the largest column is reported with a short caret line") {
    const JsonRun json = submit_json(tiny_exercise(), tiny_submission("forges_huge_caret"));
    INFO(json.run.err);
    REQUIRE(json.run.exit_code == 1);
    CHECK(json.report.at("status").as_string() == "syntax_error");
    const std::string message = json.report.at("message").as_string();
    INFO(message);
    CHECK(message.size() < 400);
    CHECK_THAT(message, Catch::Contains("forges_huge_caret.py:2147483647:2147483647: SyntaxError: forged\n    x = 1"));
}

TEST_CASE("a syntax error on a very long line shows a window of the line around the column, caret under it") {
    const JsonRun json = submit_json(tiny_exercise(), tiny_submission("forges_long_syntax_line"));
    INFO(json.run.err);
    REQUIRE(json.run.exit_code == 1);
    const std::string message = json.report.at("message").as_string();
    INFO(message);
    const std::size_t source = message.find("\n    ");
    REQUIRE(source != std::string::npos);
    const std::size_t caret = message.find("\n    ", source + 1);
    REQUIRE(caret != std::string::npos);
    const std::string line = message.substr(source + 5, caret - source - 5);
    const std::string caret_line = message.substr(caret + 5);
    CHECK(line.size() < 220);
    CHECK(line.find("…") == 0);
    const std::size_t mark = line.find("MARK");
    REQUIRE(mark != std::string::npos);
    // The caret's column counts "…" as one character, as a terminal shows it.
    CHECK(caret_line == std::string(mark - std::string("…").size() + 1, ' ') + "^");
}
