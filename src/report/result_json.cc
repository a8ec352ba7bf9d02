#include "report/result_json.h"

#include "grading/judge.h"

namespace autograde {
namespace {

const std::string& string_at(const JsonValue& object, std::string_view key) { return object.at(key).as_string(); }

// A string member that a hidden test's report leaves out: empty when absent.
std::string optional_string(const JsonValue& object, std::string_view key) {
    const JsonValue* value = object.find(key);
    return value ? value->as_string() : std::string();
}

std::vector<std::string> strings_at(const JsonValue& object, std::string_view key) {
    std::vector<std::string> items;
    for (const JsonValue& item : object.at(key).as_array()) items.push_back(item.as_string());
    return items;
}

TestResult test_from_json(const JsonValue& json) {
    TestResult test;
    test.name = string_at(json, "name");
    const std::string& visibility = string_at(json, "visibility");
    if (visibility != "visible" && visibility != "hidden") throw JsonError("unknown visibility '" + visibility + "'");
    test.hidden = visibility == "hidden";
    test.verdict = verdict_from_string(string_at(json, "verdict"));
    test.weight = json.at("weight").as_number();
    test.time_ms = json.at("time_ms").as_number();
    test.message = string_at(json, "message");
    if (test.hidden) {
        // A report read back may come from an older autograde or be edited: a hidden test
        // keeps only what this one would have written (judge.h), never a quoted message or time.
        test.message = std::string(hidden_test_sentence(test.verdict));
        test.time_ms = 0;
    } else {
        test.call = optional_string(json, "call");
        test.expected = optional_string(json, "expected");
        test.got = optional_string(json, "got");
        test.output = optional_string(json, "output");
    }
    return test;
}

// Reports written before review notes existed have none.
std::vector<ReviewNote> review_from_json(const JsonValue& report) {
    std::vector<ReviewNote> review;
    const JsonValue* notes = report.find("review");
    if (notes == nullptr) return review;
    for (const JsonValue& note : notes->as_array())
        review.push_back({static_cast<int>(note.at("line").as_number()), string_at(note, "note")});
    return review;
}

SandboxSummary sandbox_from_json(const JsonValue& json) {
    return SandboxSummary{string_at(json, "tier"), strings_at(json, "layers"), strings_at(json, "missing")};
}

}  // namespace

Verdict verdict_from_string(std::string_view name) {
    for (Verdict verdict : {Verdict::passed, Verdict::wrong_answer, Verdict::error, Verdict::time_limit,
                            Verdict::memory_limit, Verdict::output_limit, Verdict::crashed, Verdict::not_run})
        if (to_string(verdict) == name) return verdict;
    throw JsonError("unknown verdict '" + std::string(name) + "'");
}

SubmissionStatus submission_status_from_string(std::string_view name) {
    for (SubmissionStatus status :
         {SubmissionStatus::graded, SubmissionStatus::syntax_error, SubmissionStatus::import_error,
          SubmissionStatus::missing_entry, SubmissionStatus::time_limit, SubmissionStatus::memory_limit,
          SubmissionStatus::output_limit, SubmissionStatus::crashed})
        if (to_string(status) == name) return status;
    throw JsonError("unknown status '" + std::string(name) + "'");
}

GradeResult grade_result_from_json(const JsonValue& report) {
    GradeResult result;
    result.exercise = string_at(report, "exercise");
    result.title = string_at(report, "title");
    result.submission = string_at(report, "submission");
    result.submission_sha256 = string_at(report, "sha256");
    result.status = submission_status_from_string(string_at(report, "status"));
    result.status_message = string_at(report, "message");
    result.score = report.at("score").as_number();
    result.max_score = report.at("max_score").as_number();
    result.time_ms = report.at("time_ms").as_number();
    for (const JsonValue& test : report.at("tests").as_array()) result.tests.push_back(test_from_json(test));
    result.review = review_from_json(report);
    result.sandbox = sandbox_from_json(report.at("sandbox"));
    return result;
}

}  // namespace autograde
