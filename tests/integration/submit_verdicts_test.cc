// `autograde submit`: what a candidate's submission gets, verdict by verdict.
#include <catch2/catch.hpp>

#include "cli_runner.h"

using namespace autograde;
using namespace autograde::testing;

TEST_CASE("a correct solution scores full marks and exits 0") {
    auto [run, report] = submit_json(tiny_exercise(), tiny_submission("correct"));
    CHECK(run.exit_code == 0);
    CHECK(report.at("status").as_string() == "graded");
    CHECK(report.at("score").as_number() == 7);
    CHECK(report.at("max_score").as_number() == 7);
    for (const JsonValue& test : report.at("tests").as_array()) CHECK(test.at("verdict").as_string() == "passed");
}

TEST_CASE("a wrong solution gets wrong_answer with expected and got, and exits 1") {
    auto [run, report] = submit_json(tiny_exercise(), tiny_submission("wrong"));
    CHECK(run.exit_code == 1);
    CHECK(report.at("score").as_number() == 0);
    const JsonValue& test = test_named(report, "adds small numbers");
    CHECK(test.at("verdict").as_string() == "wrong_answer");
    CHECK(test.at("expected").as_string() == "3");
    CHECK(test.at("got").as_string() == "-1");
    CHECK(test.at("call").as_string() == "add(1, 2)");
}

TEST_CASE("a syntax error is reported with its line, and no test runs") {
    auto [run, report] = submit_json(tiny_exercise(), tiny_submission("syntax_error"));
    CHECK(run.exit_code == 1);
    CHECK(report.at("status").as_string() == "syntax_error");
    CHECK_THAT(report.at("message").as_string(), Catch::Contains("syntax_error.py:1:") && Catch::Contains("SyntaxError"));
    for (const JsonValue& test : report.at("tests").as_array()) CHECK(test.at("verdict").as_string() == "not_run");
}

TEST_CASE("an exception while importing is an import_error that names it") {
    auto [run, report] = submit_json(tiny_exercise(), tiny_submission("import_error"));
    CHECK(run.exit_code == 1);
    CHECK(report.at("status").as_string() == "import_error");
    CHECK_THAT(report.at("message").as_string(), Catch::Contains("ModuleNotFoundError"));
}

TEST_CASE("a submission without the entry function is missing_entry") {
    auto [run, report] = submit_json(tiny_exercise(), tiny_submission("missing_entry"));
    CHECK(run.exit_code == 1);
    CHECK(report.at("status").as_string() == "missing_entry");
    CHECK_THAT(report.at("message").as_string(), Catch::Contains("'add'"));
}

TEST_CASE("an infinite loop in one test is time_limit for that test only, within a bounded time") {
    auto [run, report] = submit_json(tiny_exercise(), tiny_submission("loops_on_negatives"));
    CHECK(run.exit_code == 1);
    CHECK(verdict_of(report, "adds negative numbers") == "time_limit");
    CHECK(verdict_of(report, "adds small numbers") == "passed");
    CHECK(verdict_of(report, "adds in a code snippet") == "passed");
    CHECK(verdict_of(report, "adds big numbers") == "passed");
    CHECK(verdict_of(report, "adds the secret pair") == "passed");
    CHECK(report.at("score").as_number() == 6);
    CHECK(run.seconds < 10);
}

TEST_CASE("a memory bomb is memory_limit") {
    auto [run, report] = submit_json(tiny_exercise(), tiny_submission("memory_bomb"));
    CHECK(run.exit_code == 1);
    CHECK(verdict_of(report, "adds small numbers") == "memory_limit");
}

TEST_CASE("a print flood is output_limit") {
    auto [run, report] = submit_json(tiny_exercise(), tiny_submission("print_flood"));
    CHECK(run.exit_code == 1);
    CHECK(verdict_of(report, "adds small numbers") == "output_limit");
}

TEST_CASE("os._exit inside the call is a crash, never a pass") {
    auto [run, report] = submit_json(tiny_exercise(), tiny_submission("exits_in_call"));
    CHECK(run.exit_code == 1);
    CHECK(report.at("score").as_number() == 0);
    CHECK(verdict_of(report, "adds small numbers") == "crashed");
}

TEST_CASE("an object whose __eq__ always returns True is a wrong answer") {
    auto [run, report] = submit_json(tiny_exercise(), tiny_submission("eq_always_true"));
    CHECK(run.exit_code == 1);
    CHECK(report.at("score").as_number() == 0);
    const JsonValue& test = test_named(report, "adds small numbers");
    CHECK(test.at("verdict").as_string() == "wrong_answer");
    CHECK_THAT(test.at("got").as_string(), Catch::Contains("Anything"));
}

TEST_CASE("forged protocol records on stdout, stderr and other descriptors do not raise the score") {
    auto [run, report] = submit_json(tiny_exercise(), tiny_submission("fake_records"));
    CHECK(run.exit_code == 1);
    CHECK(report.at("score").as_number() == 0);
    for (const JsonValue& test : report.at("tests").as_array()) CHECK(test.at("verdict").as_string() != "passed");
}

TEST_CASE("a submission that patches the standard library keeps its score and gets a review note with the line") {
    auto [run, report] = submit_json(tiny_exercise(), tiny_submission("patches_stdlib"));
    CHECK(run.exit_code == 0);
    CHECK(report.at("score").as_number() == 7);
    const JsonValue::Array& review = report.at("review").as_array();
    REQUIRE(review.size() == 1);
    CHECK(review[0].at("line").as_int64() == 6);
    CHECK_THAT(review[0].at("note").as_string(), Catch::StartsWith("assigns time.sleep"));
    auto [correct_run, correct_report] = submit_json(tiny_exercise(), tiny_submission("correct"));
    CHECK(correct_report.at("review").as_array().empty());
}
