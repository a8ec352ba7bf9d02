#include <catch2/catch.hpp>

#include <sstream>

#include "approval.h"
#include "report/text_reporter.h"
#include "sample_results.h"
#include "util/utf8_step.h"

using namespace autograde;
using namespace autograde::testing;

namespace {

std::string text_report(const GradeResult& result, ReportOptions options = {}) {
    std::ostringstream out;
    make_reporter("text", options)->write(out, result);
    return out.str();
}

std::size_t count_lines_containing(const std::string& text, std::string_view needle) {
    std::istringstream lines(text);
    std::size_t count = 0;
    for (std::string line; std::getline(lines, line);) count += line.find(needle) != std::string::npos ? 1 : 0;
    return count;
}

bool contains(const std::string& text, std::string_view needle) { return text.find(needle) != std::string::npos; }

bool valid_utf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const Utf8Step step = next_utf8(text, i);
        if (!step.valid) return false;
        i += step.length;
    }
    return true;
}

}  // namespace

TEST_CASE("A graded submission's text report matches the approved file") {
    check_approved("text_graded", "txt", text_report(mixed_result()));
}

TEST_CASE("A graded submission's text report in colour matches the approved file") {
    check_approved("text_graded_color", "txt", text_report(mixed_result(), {.color = true}));
}

TEST_CASE("A syntax error is shown first and the tests are summarized as not run") {
    const std::string report = text_report(syntax_error_result());
    check_approved("text_syntax_error", "txt", report);
    CHECK(contains(report, "  syntax error: solution.py:3:22: invalid syntax\n"));
    CHECK(contains(report, "  3 tests not run\n"));
    CHECK(!contains(report, "flat list"));
}

TEST_CASE("A full score in verbose mode shows every visible test's details") {
    check_approved("text_full_score_verbose", "txt", text_report(full_score_result(), {.verbose = true}));
}

TEST_CASE("Passed tests show no details unless verbose") {
    const std::string quiet = text_report(full_score_result());
    CHECK(!contains(quiet, "call:"));
    CHECK(!contains(quiet, "freezing"));
    CHECK(contains(quiet, "score: 3/3 (100%) — 3 of 3 tests passed\n"));
    CHECK(contains(text_report(full_score_result(), {.verbose = true}), "call:     freeze([1, 2])"));
}

TEST_CASE("Without colour the text report has no ANSI escape codes, with colour it has them") {
    CHECK(!contains(text_report(mixed_result()), "\x1b"));
    CHECK(!contains(text_report(syntax_error_result()), "\x1b"));
    const std::string colored = text_report(mixed_result(), {.color = true});
    CHECK(contains(colored, "\x1b[32mPASS "));
    CHECK(contains(colored, "\x1b[31mFAIL "));
    CHECK(contains(colored, "\x1b[33mTIME "));
}

TEST_CASE("Escape sequences and control characters from the submission cannot reach the terminal") {
    const std::string report = text_report(hostile_result(), {.color = false, .verbose = true});
    CHECK(!contains(report, "\x1b"));
    CHECK(!contains(report, "\x07"));
    CHECK(!contains(report, "\r"));
    CHECK(!contains(report, std::string(1, '\0')));
    CHECK(!contains(report, "\x9b"));
    CHECK(!contains(report, "\xe2\x80\xae"));
    CHECK(contains(report, "submission: evil\\x1b]0;owned\\x07.py\n"));
    CHECK(contains(report, "got:      \\x1b[2J\\x1b[31mred\\x0d\"quoted\" back\\slash \\x9b\\xff\\xc3 nul:\\x00 "
                           "c1:\\xc2\\x9b bidi:\\xe2\\x80\\xae done\n"));
}

TEST_CASE("The text report is valid UTF-8 even when the submission printed encoded surrogates and overlong forms") {
    GradeResult result = hostile_result();
    const std::string bad = "s:\xed\xa0\x80 o:\xc0\xaf o3:\xe0\x80\xaf big:\xf4\x90\x80\x80 ok:\xc3\xa9";
    for (TestResult& test : result.tests) {
        if (test.hidden) continue;
        test.output = bad + "\n";
        test.got = bad;
        test.message = bad;
    }
    result.title = bad;
    for (bool verbose : {false, true}) {
        const std::string report = text_report(result, {.color = false, .verbose = verbose});
        CHECK(valid_utf8(report));
        CHECK(contains(report, "s:\\xed\\xa0\\x80 o:\\xc0\\xaf o3:\\xe0\\x80\\xaf big:\\xf4\\x90\\x80\\x80 ok:\xc3\xa9"));
    }
}

TEST_CASE("A hidden test is one line with its name and verdict, without its time, even when its result holds more") {
    const std::string report = text_report(hostile_result(), {.verbose = true});
    CHECK(!contains(report, "SECRET"));
    CHECK(!contains(report, "wrong answer"));  // the sentence is not restated: the verdict says it
    CHECK(contains(report, "  FAIL   secret (hidden)        wrong_answer\n\nscore:"));
}

TEST_CASE("A test's output is cut to its first 10 lines") {
    const std::string report = text_report(mixed_result());
    CHECK(contains(report, "| line 10\n"));
    CHECK(!contains(report, "| line 11\n"));
    CHECK(contains(report, "| ... (5 more lines)\n"));
}

TEST_CASE("Weights are shown on every test only when not all weights are 1") {
    CHECK(count_lines_containing(text_report(mixed_result()), "[x") == 9);
    CHECK(contains(text_report(mixed_result()), "nested dict [x2]"));
    CHECK(count_lines_containing(text_report(full_score_result()), "[x") == 0);
}

TEST_CASE("Scores print as integers when whole, else with up to 2 decimals") {
    GradeResult result = full_score_result();
    result.score = 2.0 / 3.0;
    result.max_score = 1.5;
    CHECK(contains(text_report(result), "score: 0.67/1.5 (44%)"));
    result.score = 2.999;
    result.max_score = 3;
    CHECK(contains(text_report(result), "score: 3/3 (99%)"));  // 100% only for full marks
}

TEST_CASE("A submission without tests and without sandbox information still reports a score") {
    GradeResult result;
    result.exercise = "00-empty";
    result.submission = "empty.py";
    const std::string report = text_report(result);
    CHECK(report == "00-empty\nsubmission: empty.py\n\n  no tests\n\nscore: 0/0 — 0 of 0 tests passed\n");
}
