#include "report/json_reporter.h"

#include <cmath>

#include "util/json.h"

namespace autograde {

namespace {

double round_to_tenth(double ms) { return std::round(ms * 10.0) / 10.0; }

void write_test(JsonWriter& json, const TestResult& test) {
    json.begin_object();
    json.member("name", test.name);
    json.member("visibility", test.hidden ? "hidden" : "visible");
    json.member("verdict", to_string(test.verdict));
    json.member("weight", test.weight);
    // A hidden test's time is always 0: the candidate controls it (judge.h).
    json.member("time_ms", test.hidden ? 0.0 : round_to_tenth(test.time_ms));
    json.member("message", test.message);
    // Defensive: even if a hidden test's result held them, these never leave the grader.
    if (!test.hidden) {
        json.member("call", test.call);
        json.member("expected", test.expected);
        json.member("got", test.got);
        json.member("output", test.output);
    }
    json.end_object();
}

void write_strings(JsonWriter& json, std::string_view key, const std::vector<std::string>& items) {
    json.key(key);
    json.begin_array();
    for (const std::string& item : items) json.value(item);
    json.end_array();
}

// "review": [{"line": 4, "note": "assigns time.sleep: ..."}], always present.
void write_review(JsonWriter& json, const std::vector<ReviewNote>& review) {
    json.key("review");
    json.begin_array();
    for (const ReviewNote& note : review) {
        json.begin_object();
        json.member("line", note.line);
        json.member("note", note.note);
        json.end_object();
    }
    json.end_array();
}

void write_sandbox(JsonWriter& json, const SandboxSummary& sandbox) {
    json.key("sandbox");
    json.begin_object();
    json.member("tier", sandbox.tier);
    write_strings(json, "layers", sandbox.layers);
    write_strings(json, "missing", sandbox.missing);
    json.end_object();
}

// One submission's object, as a value of `json`.
void write_report(JsonWriter& json, const GradeResult& result) {
    std::size_t passed = 0;
    for (const TestResult& test : result.tests) passed += test.verdict == Verdict::passed ? 1 : 0;

    json.begin_object();
    json.member("exercise", result.exercise);
    json.member("title", result.title);
    json.member("submission", result.submission);
    json.member("sha256", result.submission_sha256);
    json.member("status", to_string(result.status));
    json.member("message", result.status_message);
    json.member("score", result.score);
    json.member("max_score", result.max_score);
    json.member("time_ms", round_to_tenth(result.time_ms));
    json.member("passed", passed);
    json.member("failed", result.tests.size() - passed);
    json.key("tests");
    json.begin_array();
    for (const TestResult& test : result.tests) write_test(json, test);
    json.end_array();
    write_review(json, result.review);
    write_sandbox(json, result.sandbox);
    json.member("autograde_version", AUTOGRADE_VERSION);
    json.end_object();
}

}  // namespace

void JsonReporter::write(std::ostream& out, const GradeResult& result) const {
    JsonWriter json(out);
    write_report(json, result);
    out << '\n';
}

void JsonReporter::write_many(std::ostream& out, const std::vector<GradeResult>& results) const {
    JsonWriter json(out);
    json.begin_array();
    for (const GradeResult& result : results) write_report(json, result);
    json.end_array();
    out << '\n';
}

std::unique_ptr<Reporter> make_json_reporter(const ReportOptions&) { return std::make_unique<JsonReporter>(); }

}  // namespace autograde
