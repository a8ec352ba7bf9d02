#include "report/github_reporter.h"

#include "report/report_text.h"
#include "util/xml.h"

namespace autograde {

namespace {

constexpr std::size_t k_max_message_chars = 2000;

std::string escape(std::string_view text, bool property) {
    std::string out;
    for (const char c : xml_valid_chars(text)) {
        switch (c) {
            case '%': out += "%25"; break;
            case '\r': out += "%0D"; break;
            case '\n': out += "%0A"; break;
            case ':': out += property ? "%3A" : ":"; break;
            case ',': out += property ? "%2C" : ","; break;
            default: out += c;
        }
    }
    return out;
}

// "::error file=F,title=T::message", or with ",line=N" after the file when `line` > 0.
void command(std::ostream& out, std::string_view name, const GradeResult& result, std::string_view title,
             std::string_view message, int line = 0) {
    out << "::" << name << " file=" << github_escape_property(result.submission);
    if (line > 0) out << ",line=" << line;
    out << ",title=" << github_escape_property(title) << "::"
        << github_escape_data(cut_to_chars(xml_valid_chars(message), k_max_message_chars, "…")) << '\n';
}

}  // namespace

std::string github_escape_data(std::string_view text) { return escape(text, false); }

std::string github_escape_property(std::string_view text) { return escape(text, true); }

void GithubReporter::write(std::ostream& out, const GradeResult& result) const {
    if (result.status != SubmissionStatus::graded) {
        const std::string sentence(status_sentence(result.status));
        command(out, "error", result, result.exercise + ": " + sentence,
                result.status_message.empty() ? sentence : result.status_message);
    }
    for (const TestResult& test : result.tests) {
        if (test.verdict == Verdict::passed || test.verdict == Verdict::not_run) continue;
        const std::string verdict(to_string(test.verdict));
        const std::string title = result.exercise + ": " + test.name + " (" + (test.hidden ? "hidden, " : "") + verdict + ")";
        const std::string explanation = test_explanation(test);
        command(out, "error", result, title, explanation.empty() ? verdict : explanation);
    }
    for (const ReviewNote& note : result.review)
        command(out, "warning", result, result.exercise + ": for review", note.note, note.line);
    command(out, "notice", result, result.exercise, score_sentence(result));
}

void GithubReporter::write_many(std::ostream& out, const std::vector<GradeResult>& results) const {
    for (const GradeResult& result : results) write(out, result);
}

std::unique_ptr<Reporter> make_github_reporter(const ReportOptions&) { return std::make_unique<GithubReporter>(); }

}  // namespace autograde
