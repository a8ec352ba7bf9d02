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

std::string gradescope_report(const GradeResult& result, ReportOptions options = {}) {
    std::ostringstream out;
    make_reporter("gradescope", options)->write(out, result);
    return out.str();
}

}  // namespace

TEST_CASE("A graded submission's Gradescope results.json matches the approved file") {
    check_approved("gradescope_graded", "json", gradescope_report(mixed_result()));
}

TEST_CASE("A submission that did not load gets a Gradescope result of 0 saying why, every test failed and not run") {
    const std::string text = gradescope_report(syntax_error_result());
    check_approved("gradescope_syntax_error", "json", text);
    const JsonValue report = parse_json(text);
    CHECK(report.at("score").as_number() == 0);
    CHECK_THAT(report.at("output").as_string(), Catch::Contains("syntax error: solution.py:3:22: invalid syntax"));
    for (const JsonValue& test : report.at("tests").as_array()) {
        CHECK(test.at("status").as_string() == "failed");
        CHECK(test.at("output").as_string() == "not run: syntax error");
    }
}

TEST_CASE("Every Gradescope report keeps to the results.json schema, and its tests' scores add up to the score") {
    for (const GradeResult& result : {mixed_result(), syntax_error_result(), full_score_result(), hostile_result()}) {
        const std::string report = gradescope_report(result);
        const ConsumerCheck check = check_as_consumer("gradescope", report);
        INFO(check.problems);
        INFO(report);
        CHECK(check.exit_code == 0);
    }
}

TEST_CASE("Hidden tests are after_published in Gradescope by default, and hidden when asked") {
    const auto visibilities = [](const std::string& text) {
        std::vector<std::string> found;
        const JsonValue report = parse_json(text);
        for (const JsonValue& test : report.at("tests").as_array()) found.push_back(test.at("visibility").as_string());
        return found;
    };
    const std::vector<std::string> visible(7, "visible");
    std::vector<std::string> published = visible;
    published.insert(published.end(), {"after_published", "after_published"});
    CHECK(visibilities(gradescope_report(mixed_result())) == published);

    ReportOptions options;
    options.gradescope_hidden = HiddenVisibility::hidden;
    std::vector<std::string> hidden = visible;
    hidden.insert(hidden.end(), {"hidden", "hidden"});
    CHECK(visibilities(gradescope_report(mixed_result(), options)) == hidden);
    CHECK(hidden_visibility_from_string("hidden") == HiddenVisibility::hidden);
    CHECK(hidden_visibility_from_string("after_published") == HiddenVisibility::after_published);
    CHECK(hidden_visibility_from_string("visible") == std::nullopt);
}

TEST_CASE("A hidden test in a Gradescope report shows its score and generic message only, even if the result held more") {
    const std::string text = gradescope_report(hostile_result());
    CHECK(text.find("SECRET") == std::string::npos);
    const JsonValue hidden = parse_json(text).at("tests").at(1);
    CHECK(hidden.at("output").as_string() == "wrong_answer: wrong answer");
    CHECK(hidden.at("max_score").as_number() == 1);
    CHECK(hidden.at("score").as_number() == 0);
}

TEST_CASE("A Gradescope report holds one submission: write_many takes exactly one and refuses more") {
    std::ostringstream one;
    make_reporter("gradescope", {})->write_many(one, {mixed_result()});
    CHECK(one.str() == gradescope_report(mixed_result()));
    std::ostringstream two;
    CHECK_THROWS_AS(make_reporter("gradescope", {})->write_many(two, {mixed_result(), mixed_result()}), std::invalid_argument);
    CHECK_THROWS_WITH(make_reporter("gradescope", {})->write_many(two, {mixed_result(), mixed_result()}), Catch::Contains("gradescope format"));
    CHECK_THROWS_AS(make_reporter("gradescope", {})->write_many(two, {}), std::invalid_argument);
}

TEST_CASE("The Gradescope checker refuses a results.json without a score, with an unknown visibility or scores that do not add up") {
    CHECK(check_as_consumer("gradescope", R"({"tests": []})").exit_code == 1);
    CHECK(check_as_consumer("gradescope", R"({"score": 1, "tests": [{"name": "a", "score": 1, "max_score": 1,
        "status": "passed", "output": "", "visibility": "students"}]})").exit_code == 1);
    CHECK(check_as_consumer("gradescope", R"({"score": 2, "tests": [{"name": "a", "score": 1, "max_score": 1,
        "status": "passed", "output": "", "visibility": "visible"}]})").exit_code == 1);
    CHECK(check_as_consumer("gradescope", R"({"score": NaN, "tests": []})").exit_code == 1);
    CHECK(check_as_consumer("gradescope", R"({"score": 1, "tests": [{"name": "a", "score": 1, "max_score": 1,
        "status": "passed", "output": "", "visibility": "visible"}]})").exit_code == 0);
}
