#include <catch2/catch.hpp>

#include <sstream>

#include "approval.h"
#include "report/json_reporter.h"
#include "sample_results.h"
#include "util/json.h"

using namespace autograde;
using namespace autograde::testing;

namespace {

std::string json_report(const GradeResult& result) {
    std::ostringstream out;
    make_reporter("json", {})->write(out, result);
    return out.str();
}

// The report with the version replaced, so that approved files survive a release.
std::string versionless(std::string report) {
    const std::string version = std::string("\"autograde_version\": \"") + AUTOGRADE_VERSION + "\"";
    const std::size_t at = report.find(version);
    REQUIRE(at != std::string::npos);
    return report.replace(at, version.size(), "\"autograde_version\": \"<version>\"");
}

}  // namespace

TEST_CASE("A graded submission's JSON report matches the approved file") {
    check_approved("json_graded", "json", versionless(json_report(mixed_result())));
}

TEST_CASE("A submission with a syntax error gets a JSON report with its status and every test not run") {
    check_approved("json_syntax_error", "json", versionless(json_report(syntax_error_result())));
    const JsonValue report = parse_json(json_report(syntax_error_result()));
    CHECK(report.at("status").as_string() == "syntax_error");
    CHECK(report.at("message").as_string().starts_with("solution.py:3:22: invalid syntax"));
    for (const JsonValue& test : report.at("tests").as_array()) CHECK(test.at("verdict").as_string() == "not_run");
}

TEST_CASE("The JSON report has the contract's keys in the contract's order") {
    const JsonValue report = parse_json(json_report(mixed_result()));
    CHECK(report.keys() == std::vector<std::string>{"exercise", "title", "submission", "sha256", "status", "message",
                                                    "score", "max_score", "time_ms", "passed", "failed", "tests",
                                                    "review", "sandbox", "autograde_version"});
    CHECK(report.at("tests").at(0).keys() == std::vector<std::string>{"name", "visibility", "verdict", "weight",
                                                                      "time_ms", "message", "call", "expected", "got",
                                                                      "output"});
    CHECK(report.at("sandbox").keys() == std::vector<std::string>{"tier", "layers", "missing"});
    CHECK(report.at("autograde_version").as_string() == AUTOGRADE_VERSION);
}

TEST_CASE("The JSON report counts passed and failed tests and prints whole numbers without decimals") {
    const std::string text = json_report(mixed_result());
    const JsonValue report = parse_json(text);
    CHECK(report.at("passed").as_int64() == 2);
    CHECK(report.at("failed").as_int64() == 7);
    CHECK(text.find("\"score\": 2,") != std::string::npos);
    CHECK(text.find("\"max_score\": 11,") != std::string::npos);
    CHECK(text.find("\"weight\": 2,") != std::string::npos);
}

TEST_CASE("Times in the JSON report are rounded to a tenth of a millisecond") {
    const JsonValue report = parse_json(json_report(mixed_result()));
    CHECK(report.at("time_ms").as_number() == 2043.3);
    CHECK(report.at("tests").at(0).at("time_ms").as_number() == 0.8);
    CHECK(report.at("tests").at(2).at("time_ms").as_number() == 2000.4);
    CHECK(report.at("tests").at(5).at("time_ms").as_number() == 40.1);
}

TEST_CASE("Hidden tests in the JSON report have no call, expected, got or output, even if the result held them") {
    const std::string text = json_report(hostile_result());
    CHECK(text.find("SECRET") == std::string::npos);
    const JsonValue hidden = parse_json(text).at("tests").at(1);
    CHECK(hidden.keys() == std::vector<std::string>{"name", "visibility", "verdict", "weight", "time_ms", "message"});
    CHECK(hidden.at("visibility").as_string() == "hidden");
    CHECK(hidden.at("time_ms").as_number() == 0);  // the result held 1 ms
}

TEST_CASE("A JSON report of hostile strings is still one valid JSON object and a newline") {
    const std::string text = json_report(hostile_result());
    REQUIRE(text.ends_with("}\n"));
    CHECK(text.find('\x1b') == std::string::npos);
    CHECK(text.find('\0') == std::string::npos);
    const JsonValue report = parse_json(text);  // throws when not valid JSON
    const std::string got = report.at("tests").at(0).at("got").as_string();
    CHECK(got.starts_with("\x1b[2J\x1b[31mred\r\"quoted\" back\\slash \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD nul:"));
    CHECK(report.at("submission").as_string() == "evil\x1b]0;owned\x07.py");
}

TEST_CASE("Every format in the reporter table is made by its name, and an unknown name gives none") {
    for (const ReporterEntry& entry : reporters()) {
        INFO(entry.name);
        CHECK(make_reporter(entry.name, {}) != nullptr);
        CHECK(!entry.description.empty());
    }
    CHECK(make_reporter("text", {}) != nullptr);
    CHECK(make_reporter("json", {}) != nullptr);
    CHECK(make_reporter("yaml", {}) == nullptr);
    CHECK(make_reporter("JSON", {}) == nullptr);
}
