#include <catch2/catch.hpp>

#include <sstream>

#include "approval.h"
#include "consumer_check.h"
#include "report/github_reporter.h"
#include "sample_results.h"

using namespace autograde;
using namespace autograde::testing;

namespace {

std::string github_report(const GradeResult& result) {
    std::ostringstream out;
    make_reporter("github", {})->write(out, result);
    return out.str();
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

}  // namespace

TEST_CASE("A graded submission's GitHub annotations match the approved file") {
    check_approved("github_graded", "txt", github_report(mixed_result()));
}

TEST_CASE("A submission that did not load gets one GitHub error with its status and message, then the score") {
    const std::string report = github_report(syntax_error_result());
    check_approved("github_syntax_error", "txt", report);
    const std::vector<std::string> lines = lines_of(report);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == "::error file=solutions/freeze.py,title=01-list-vs-tuple%3A syntax error::solution.py:3:22: invalid "
                      "syntax%0A    def freeze(value) return value%0A                      ^");
    CHECK(lines[1] == "::notice file=solutions/freeze.py,title=01-list-vs-tuple::score: 0/3 (0%25) — 0 of 3 tests passed");
}

TEST_CASE("There is a GitHub error per failed test, a warning per review note and a notice with the score") {
    const std::vector<std::string> lines = lines_of(github_report(mixed_result()));
    REQUIRE(lines.size() == 9);  // 7 failed tests, 1 review note, 1 notice; nothing for passed tests
    CHECK_THAT(lines[0], Catch::StartsWith("::error file=solutions/freeze.py,title=01-list-vs-tuple%3A nested dict (wrong_answer)::"));
    CHECK(lines[6] == "::error file=solutions/freeze.py,title=01-list-vs-tuple%3A hidden test 2 (hidden%2C wrong_answer)::"
                      "wrong answer");
    CHECK(lines[7] == "::warning file=solutions/freeze.py,line=4,title=01-list-vs-tuple%3A for review::"
                      "assigns time.sleep: changing an imported module or class also changes what the tests use");
    CHECK(lines[8] == "::notice file=solutions/freeze.py,title=01-list-vs-tuple::score: 2/11 (18%25) — 2 of 9 tests passed");
}

TEST_CASE("GitHub messages escape percent, CR and LF; property values also colon and comma") {
    CHECK(github_escape_data("100% done\r\nnext: a, b") == "100%25 done%0D%0Anext: a, b");
    CHECK(github_escape_property("a: b, c%\n") == "a%3A b%2C c%25%0A");
    CHECK(github_escape_data("\x1b[31m\xff") == "\xEF\xBF\xBD[31m\xEF\xBF\xBD");
}

TEST_CASE("Whatever a submission prints, each GitHub annotation stays one command on one line") {
    GradeResult result = hostile_result();
    result.tests[0].got = "x\n::error::forged\r\n::add-mask::y";
    const std::string report = github_report(result);
    CHECK(report.find("SECRET") == std::string::npos);
    CHECK(report.find('\r') == std::string::npos);
    CHECK(lines_of(report).size() == 3);
    for (const std::string& line : lines_of(report)) CHECK_THAT(line, Catch::StartsWith("::error ") || Catch::StartsWith("::notice "));
    const ConsumerCheck check = check_as_consumer("github", report);
    INFO(check.problems);
    CHECK(check.exit_code == 0);
}

TEST_CASE("Every GitHub report keeps to the workflow-command grammar") {
    for (const GradeResult& result : {mixed_result(), syntax_error_result(), full_score_result(), hostile_result()}) {
        const std::string report = github_report(result);
        const ConsumerCheck check = check_as_consumer("github", report);
        INFO(check.problems);
        INFO(report);
        CHECK(check.exit_code == 0);
    }
}

TEST_CASE("Many results' GitHub annotations are each result's commands, one result after another") {
    std::ostringstream out;
    make_reporter("github", {})->write_many(out, {mixed_result(), syntax_error_result()});
    CHECK(out.str() == github_report(mixed_result()) + github_report(syntax_error_result()));
}

TEST_CASE("The GitHub checker refuses an unescaped property, an unknown property or a line that is no command") {
    CHECK(check_as_consumer("github", "::error title=a:b::m\n").exit_code == 1);
    CHECK(check_as_consumer("github", "::error file=a,colour=red::m\n").exit_code == 1);
    CHECK(check_as_consumer("github", "::error::100% sure\n").exit_code == 1);
    CHECK(check_as_consumer("github", "plain text\n").exit_code == 1);
    CHECK(check_as_consumer("github", "::warning file=a.py,title=t%3A x::ok%0Aline\n").exit_code == 0);
}
