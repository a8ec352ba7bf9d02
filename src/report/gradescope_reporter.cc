#include "report/gradescope_reporter.h"

#include <cmath>
#include <stdexcept>

#include "report/report_text.h"
#include "util/json.h"

namespace autograde {

namespace {

double round_to(double value, double unit) { return std::isfinite(value) ? std::round(value / unit) * unit : 0.0; }

std::string test_output(const GradeResult& result, const TestResult& test) {
    if (test.verdict == Verdict::not_run) return "not run: " + std::string(status_sentence(result.status));
    std::string text;
    if (test.verdict != Verdict::passed) {
        text = std::string(to_string(test.verdict));
        const std::string explanation = test_explanation(test);
        if (!explanation.empty()) text += ": " + explanation;
    }
    // Defensive: a hidden test's output never leaves the grader, even if the result held it.
    if (!test.hidden && !test.output.empty()) {
        if (!text.empty()) text += "\n";
        text += "output:\n" + test.output;
    }
    return text;
}

std::string submission_output(const GradeResult& result) {
    std::string text = result.exercise;
    if (!result.title.empty()) text += "  " + result.title;
    text += "\nsubmission: " + result.submission + "\n";
    if (result.status != SubmissionStatus::graded) {
        text += std::string(status_sentence(result.status));
        if (!result.status_message.empty()) text += ": " + result.status_message;
        text += "\n";
    }
    return text + score_sentence(result) + "\n";
}

}  // namespace

void GradescopeReporter::write(std::ostream& out, const GradeResult& result) const {
    const std::string_view hidden_visibility = to_string(m_options.gradescope_hidden);
    JsonWriter json(out);
    json.begin_object();
    json.member("score", result.score);
    json.member("max_score", result.max_score);
    json.member("execution_time", round_to(result.time_ms / 1000.0, 0.01));
    json.member("output", submission_output(result));
    json.member("output_format", "text");
    json.member("test_output_format", "text");
    json.member("visibility", "visible");
    json.key("tests");
    json.begin_array();
    for (const TestResult& test : result.tests) {
        json.begin_object();
        json.member("name", test.name);
        json.member("score", test.verdict == Verdict::passed ? test.weight : 0.0);
        json.member("max_score", test.weight);
        json.member("status", test.verdict == Verdict::passed ? "passed" : "failed");
        json.member("output", test_output(result, test));
        json.member("visibility", test.hidden ? hidden_visibility : std::string_view("visible"));
        json.end_object();
    }
    json.end_array();
    json.end_object();
    out << '\n';
}

void GradescopeReporter::write_many(std::ostream& out, const std::vector<GradeResult>& results) const {
    if (results.size() != 1) {
        throw std::invalid_argument("the gradescope format holds exactly one submission (results.json of one run), not " +
                                    std::to_string(results.size()));
    }
    write(out, results.front());
}

std::unique_ptr<Reporter> make_gradescope_reporter(const ReportOptions& options) {
    return std::make_unique<GradescopeReporter>(options);
}

}  // namespace autograde
