#include <catch2/catch.hpp>

#include <sstream>
#include <stdexcept>

#include "approval.h"
#include "consumer_check.h"
#include "report/reporter.h"
#include "sample_results.h"
#include "util/json.h"

using namespace autograde;
using namespace autograde::testing;

namespace {

std::string exercism_report(const GradeResult& result) {
    std::ostringstream out;
    make_reporter("exercism", {})->write(out, result);
    return out.str();
}

std::size_t code_points(const std::string& text) {
    std::size_t count = 0;
    for (const char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    return count;
}

}  // namespace

TEST_CASE("A graded submission's Exercism results.json matches the approved file") {
    check_approved("exercism_graded", "json", exercism_report(mixed_result()));
}

TEST_CASE("A submission that did not load is an Exercism error whose message says why, with no tests") {
    const std::string text = exercism_report(syntax_error_result());
    check_approved("exercism_syntax_error", "json", text);
    const JsonValue report = parse_json(text);
    CHECK(report.at("status").as_string() == "error");
    CHECK_THAT(report.at("message").as_string(), Catch::StartsWith("syntax error: solution.py:3:22: invalid syntax\n"));
    CHECK(report.find("tests") == nullptr);
}

TEST_CASE("Every Exercism report keeps to the version 3 interface") {
    for (const GradeResult& result : {mixed_result(), syntax_error_result(), full_score_result(), hostile_result()}) {
        const std::string report = exercism_report(result);
        const ConsumerCheck check = check_as_consumer("exercism", report);
        INFO(check.problems);
        INFO(report);
        CHECK(check.exit_code == 0);
    }
}

TEST_CASE("Exercism statuses: pass when every test passed, fail otherwise; a wrong answer fails, anything else errors") {
    const JsonValue full = parse_json(exercism_report(full_score_result()));
    CHECK(full.at("status").as_string() == "pass");
    CHECK(full.at("message").is_null());
    CHECK(full.at("tests").at(0).at("message").is_null());
    const JsonValue mixed = parse_json(exercism_report(mixed_result()));
    CHECK(mixed.at("version").as_int64() == 3);
    CHECK(mixed.at("status").as_string() == "fail");
    std::vector<std::string> statuses;
    for (const JsonValue& test : mixed.at("tests").as_array()) statuses.push_back(test.at("status").as_string());
    CHECK(statuses == std::vector<std::string>{"pass", "fail", "error", "error", "error", "error", "error", "pass", "fail"});
}

TEST_CASE("An Exercism test's output is cut to the 500 characters the interface allows, saying so") {
    const JsonValue chatty = parse_json(exercism_report(mixed_result())).at("tests").at(4);
    CHECK(chatty.at("output").as_string() == "line 1\nline 2\nline 3\nline 4\nline 5\nline 6\nline 7\nline 8\nline 9\nline 10\n"
                                             "line 11\nline 12\nline 13\nline 14\nline 15\n");
    GradeResult result = mixed_result();
    result.tests[4].output = std::string(300, 'x') + std::string(300, '\xe2') + "\xc3\xa9";  // invalid UTF-8 too
    for (int i = 0; i < 300; ++i) result.tests[4].output += "\xc3\xa9";
    const std::string output = parse_json(exercism_report(result)).at("tests").at(4).at("output").as_string();
    CHECK(code_points(output) == 500);
    CHECK_THAT(output, Catch::EndsWith("\nOutput was truncated. Please limit to 500 chars"));
    CHECK_THAT(output, Catch::StartsWith(std::string(300, 'x') + "\xEF\xBF\xBD"));
}

TEST_CASE("A hidden Exercism test has no test code and no output, even if the result held them") {
    const std::string text = exercism_report(hostile_result());
    CHECK(text.find("SECRET") == std::string::npos);
    const JsonValue hidden = parse_json(text).at("tests").at(1);
    CHECK(hidden.keys() == std::vector<std::string>{"name", "status", "message", "test_code"});
    CHECK(hidden.at("test_code").as_string().empty());
    CHECK(hidden.at("message").as_string() == "wrong answer");
}

TEST_CASE("An Exercism report holds one submission: write_many takes exactly one and refuses more") {
    std::ostringstream one;
    make_reporter("exercism", {})->write_many(one, {mixed_result()});
    CHECK(one.str() == exercism_report(mixed_result()));
    std::ostringstream two;
    CHECK_THROWS_AS(make_reporter("exercism", {})->write_many(two, {mixed_result(), full_score_result()}), std::invalid_argument);
    CHECK_THROWS_WITH(make_reporter("exercism", {})->write_many(two, {mixed_result(), full_score_result()}), Catch::Contains("exercism format"));
}

TEST_CASE("The Exercism checker refuses a wrong version, an error without a message, or a status the tests contradict") {
    CHECK(check_as_consumer("exercism", R"({"version": 2, "status": "pass", "tests": []})").exit_code == 1);
    CHECK(check_as_consumer("exercism", R"({"version": 3, "status": "error"})").exit_code == 1);
    CHECK(check_as_consumer("exercism", R"({"version": 3, "status": "pass", "tests": [{"name": "a",
        "status": "fail", "message": "no", "test_code": ""}]})").exit_code == 1);
    CHECK(check_as_consumer("exercism", R"({"version": 3, "status": "fail", "tests": [{"name": "a",
        "status": "fail", "message": "no", "test_code": ""}]})").exit_code == 0);
}
