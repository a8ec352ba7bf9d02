#include "report/report_text.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace autograde {

std::string_view status_sentence(SubmissionStatus status) {
    switch (status) {
        case SubmissionStatus::graded: return "graded";
        case SubmissionStatus::syntax_error: return "syntax error";
        case SubmissionStatus::import_error: return "import error";
        case SubmissionStatus::missing_entry: return "missing entry";
        case SubmissionStatus::time_limit: return "time limit exceeded while importing";
        case SubmissionStatus::memory_limit: return "memory limit exceeded while importing";
        case SubmissionStatus::output_limit: return "output limit exceeded while importing";
        case SubmissionStatus::crashed: return "crashed while importing";
    }
    return "unknown status";
}

std::size_t passed_count(const GradeResult& result) {
    return static_cast<std::size_t>(std::count_if(result.tests.begin(), result.tests.end(),
                                                  [](const TestResult& test) { return test.verdict == Verdict::passed; }));
}

std::string format_decimal(double value, int decimals) {
    if (!std::isfinite(value)) return "0";
    const double scale = std::pow(10.0, decimals);
    value = std::round(value * scale) / scale;
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
    std::string text(buffer, result.ptr);
    if (text.find('.') != std::string::npos) {
        while (text.back() == '0') text.pop_back();
        if (text.back() == '.') text.pop_back();
    }
    return text == "-0" ? "0" : text;
}

std::string score_sentence(const GradeResult& result) {
    std::string text = "score: " + format_decimal(result.score, 2) + "/" + format_decimal(result.max_score, 2);
    if (result.max_score > 0) {
        long percent = std::lround(result.score / result.max_score * 100.0);
        if (percent >= 100 && !result.full_score()) percent = 99;
        text += " (" + std::to_string(percent) + "%)";
    }
    const std::size_t count = result.tests.size();
    text += " — " + std::to_string(passed_count(result)) + " of " + std::to_string(count) +
            (count == 1 ? " test" : " tests") + " passed";
    return text;
}

std::string test_explanation(const TestResult& test) {
    std::string text = test.message;
    if (test.hidden) return text;
    const auto add = [&](std::string_view label, const std::string& value) {
        if (value.empty()) return;
        if (!text.empty() && text.back() != '\n') text += '\n';
        text += std::string(label) + value;
    };
    add("call: ", test.call);
    add("expected: ", test.expected);
    add("got: ", test.got);
    return text;
}

std::string cut_to_chars(std::string_view utf8, std::size_t max_chars, std::string_view marker) {
    const auto is_lead = [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; };
    const auto chars_in = [&](std::string_view text) {
        return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), is_lead));
    };
    if (chars_in(utf8) <= max_chars) return std::string(utf8);
    const std::size_t marker_chars = chars_in(marker);
    const std::size_t keep = max_chars > marker_chars ? max_chars - marker_chars : 0;
    std::size_t chars = 0;
    std::size_t end = 0;
    for (; end < utf8.size(); ++end) {
        if (is_lead(utf8[end]) && chars++ == keep) break;
    }
    return std::string(utf8.substr(0, end)) + std::string(marker);
}

}  // namespace autograde
