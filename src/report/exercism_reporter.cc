#include "report/exercism_reporter.h"

#include <stdexcept>

#include "report/report_text.h"
#include "util/json.h"
#include "util/xml.h"

namespace autograde {

namespace {

constexpr std::size_t k_max_output_chars = 500;
constexpr std::size_t k_max_message_chars = 16000;  // 4 bytes at most each: within the 65535 bytes allowed
constexpr std::string_view k_output_cut = "\nOutput was truncated. Please limit to 500 chars";

std::string_view test_status(Verdict verdict) {
    if (verdict == Verdict::passed) return "pass";
    if (verdict == Verdict::wrong_answer) return "fail";
    return "error";
}

std::string test_code(const TestResult& test) {
    if (test.hidden) return {};
    std::string code = test.call;
    if (!test.expected.empty()) {
        if (!code.empty() && code.back() != '\n') code += '\n';
        code += "# expected: " + test.expected;
    }
    return code;
}

void write_test(JsonWriter& json, const TestResult& test) {
    json.begin_object();
    json.member("name", test.name);
    json.member("status", test_status(test.verdict));
    const std::string message = test.verdict == Verdict::passed ? std::string() : test_explanation(test);
    json.key("message");
    if (message.empty()) json.null();
    else json.value(message);
    // Defensive: a hidden test's output never leaves the grader, even if the result held it.
    if (!test.hidden && !test.output.empty()) {
        json.member("output", cut_to_chars(xml_valid_chars(test.output), k_max_output_chars, k_output_cut));
    }
    json.member("test_code", test_code(test));
    json.end_object();
}

}  // namespace

void ExercismReporter::write(std::ostream& out, const GradeResult& result) const {
    const bool loaded = result.status == SubmissionStatus::graded;
    const bool all_passed = passed_count(result) == result.tests.size();
    JsonWriter json(out);
    json.begin_object();
    json.member("version", 3);
    json.member("status", !loaded ? "error" : all_passed ? "pass" : "fail");
    json.key("message");
    if (loaded) {
        json.null();
    } else {
        std::string message(status_sentence(result.status));
        if (!result.status_message.empty()) message += ": " + result.status_message;
        json.value(cut_to_chars(xml_valid_chars(message), k_max_message_chars, "…"));
    }
    if (loaded) {
        json.key("tests");
        json.begin_array();
        for (const TestResult& test : result.tests) write_test(json, test);
        json.end_array();
    }
    json.end_object();
    out << '\n';
}

void ExercismReporter::write_many(std::ostream& out, const std::vector<GradeResult>& results) const {
    if (results.size() != 1) {
        throw std::invalid_argument("the exercism format holds exactly one submission (results.json of one run), not " +
                                    std::to_string(results.size()));
    }
    write(out, results.front());
}

std::unique_ptr<Reporter> make_exercism_reporter(const ReportOptions&) { return std::make_unique<ExercismReporter>(); }

}  // namespace autograde
