#include "report/text_reporter.h"

#include "report/report_text.h"
#include "util/utf8_step.h"

#include <algorithm>

namespace autograde {

namespace {

constexpr std::size_t k_tag_width = 5;                        // the longest tag: ERROR, CRASH
constexpr std::size_t k_max_name_width = 44;                  // longer names push their line right
constexpr std::size_t k_detail_indent = 2 + k_tag_width + 2;  // details start under the name
constexpr std::size_t k_label_width = 10;                     // "expected: "
constexpr std::size_t k_max_field_lines = 20;                 // call, expected, got, message
constexpr std::size_t k_max_output_lines = 10;
constexpr std::size_t k_status_head_lines = 3;                // a traceback's first lines ...
constexpr std::size_t k_status_tail_lines = 12;               // ... and its last ones
constexpr std::size_t k_max_line_chars = 300;                 // longer lines are cut unless verbose

constexpr std::string_view k_reset = "\x1b[0m";
constexpr std::string_view k_bold = "\x1b[1m";
constexpr std::string_view k_dim = "\x1b[2m";
constexpr std::string_view k_red = "\x1b[31m";
constexpr std::string_view k_green = "\x1b[32m";
constexpr std::string_view k_yellow = "\x1b[33m";

struct Tag {
    std::string_view text;
    std::string_view color;
};

Tag tag_for(Verdict verdict) {
    switch (verdict) {
    case Verdict::passed: return {"PASS", k_green};
    case Verdict::wrong_answer: return {"FAIL", k_red};
    case Verdict::error: return {"ERROR", k_red};
    case Verdict::time_limit: return {"TIME", k_yellow};
    case Verdict::memory_limit: return {"MEM", k_yellow};
    case Verdict::output_limit: return {"OUT", k_yellow};
    case Verdict::crashed: return {"CRASH", k_red};
    case Verdict::not_run: return {"SKIP", k_dim};
    }
    return {"?", k_red};
}

bool is_limit(SubmissionStatus status) {
    return status == SubmissionStatus::time_limit || status == SubmissionStatus::memory_limit ||
           status == SubmissionStatus::output_limit;
}

// ---- Text made safe for a terminal ----------------------------------------------------

// The length (2 to 4) of the well-formed UTF-8 sequence at text[i], or 0: never an
// overlong form, an encoded surrogate (ED A0 80) or a code point above U+10FFFF, so that
// the report is valid UTF-8 whatever the candidate printed or raised.
std::size_t utf8_length(std::string_view text, std::size_t i) {
    const Utf8Step step = next_utf8(text, i);
    return step.valid && step.length > 1 ? step.length : 0;
}

// C1 controls (U+0080..U+009F: 0x9B is a CSI to some terminals) and the bidirectional
// overrides (U+202A..U+202E, U+2066..U+2069) that can make text read other than it is.
bool is_hazard(std::string_view sequence) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(sequence[k]); };
    if (sequence.size() == 2) return byte(0) == 0xC2 && byte(1) < 0xA0;
    if (sequence.size() != 3 || byte(0) != 0xE2) return false;
    return (byte(1) == 0x80 && byte(2) >= 0xAA && byte(2) <= 0xAE) ||
           (byte(1) == 0x81 && byte(2) >= 0xA6 && byte(2) <= 0xA9);
}

void append_escaped(std::string& out, std::string_view bytes) {
    constexpr std::string_view hex = "0123456789abcdef";
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        out += "\\x";
        out += hex[c >> 4];
        out += hex[c & 0xF];
    }
}

// `text` as one harmless terminal line: a tab becomes 4 spaces; other control characters
// (newlines included), hazards and bytes that are not UTF-8 print as \xNN.
std::string printable(std::string_view text) {
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        std::size_t length = c < 0x80 ? 1 : utf8_length(text, i);
        if (c == '\t') {
            out += "    ";
        } else if (c < 0x20 || c == 0x7F || length == 0) {
            append_escaped(out, text.substr(i, 1));
            length = 1;
        } else if (is_hazard(text.substr(i, length))) {
            append_escaped(out, text.substr(i, length));
        } else {
            out.append(text.substr(i, length));
        }
        i += length;
    }
    return out;
}

// Columns a printable line takes: its code points (wide characters count as one).
std::size_t display_width(std::string_view text) {
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// A printable line cut to `max_chars` code points, ending in "…" when cut.
std::string cut_line(std::string line, std::size_t max_chars) {
    std::size_t chars = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
        if ((static_cast<unsigned char>(line[i]) & 0xC0) == 0x80) continue;
        if (chars++ == max_chars) {
            line.resize(i);
            return line + "…";
        }
    }
    return line;
}

// The lines of `text` ("a\nb\n" has two; CRLF counts as one break; "" has none).
std::vector<std::string_view> split_lines(std::string_view text) {
    std::vector<std::string_view> lines;
    while (!text.empty()) {
        const std::size_t end = std::min(text.find('\n'), text.size());
        std::string_view line = text.substr(0, end);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        lines.push_back(line);
        text.remove_prefix(std::min(end + 1, text.size()));
    }
    return lines;
}

// ---- Numbers --------------------------------------------------------------------------

// At most `decimals` decimals, without trailing zeros: 3, 2.5, 2.67.
std::string format_ms(double ms) { return format_decimal(ms, ms < 10.0 ? 1 : 0) + " ms"; }

std::string pad_right(std::string text, std::size_t width) {
    const std::size_t used = display_width(text);
    if (used < width) text.append(width - used, ' ');
    return text;
}

std::string pad_left(const std::string& text, std::size_t width) {
    const std::size_t used = display_width(text);
    return used < width ? std::string(width - used, ' ') + text : text;
}

}  // namespace

namespace {

// Writes one GradeResult; holds the column widths the whole report shares.
class TextReport {
public:
    TextReport(std::ostream& out, const ReportOptions& options, const GradeResult& result);
    void write();

private:
    std::string paint(std::string_view text, std::string_view color) const;
    std::string label(const TestResult& test) const;  // printable, without colour
    bool message_inline(const TestResult& test) const;
    bool shows_details(const TestResult& test) const;
    std::vector<std::string> prepare(std::string_view text, std::size_t head, std::size_t tail) const;

    void write_header();
    void write_status();
    void write_tests();
    void write_test(const TestResult& test);
    void write_details(const TestResult& test);
    void write_field(std::string_view name, std::string_view text, std::string_view bar = "",
                     std::size_t max_lines = k_max_field_lines);
    void write_score();
    void write_review();
    void write_sandbox();

    std::ostream& m_out;
    const ReportOptions& m_options;
    const GradeResult& m_result;
    bool m_show_weights = false;  // when not every weight is 1
    std::size_t m_name_width = 0;
    std::size_t m_time_width = 0;
};

TextReport::TextReport(std::ostream& out, const ReportOptions& options, const GradeResult& result)
    : m_out(out), m_options(options), m_result(result) {
    for (const TestResult& test : result.tests) m_show_weights |= test.weight != 1.0;
    for (const TestResult& test : result.tests) {
        m_name_width = std::max(m_name_width, std::min(display_width(label(test)), k_max_name_width));
        if (!test.hidden) m_time_width = std::max(m_time_width, format_ms(test.time_ms).size());
    }
}

std::string TextReport::paint(std::string_view text, std::string_view color) const {
    if (!m_options.color || color.empty() || text.empty()) return std::string(text);
    return std::string(color) + std::string(text) + std::string(k_reset);
}

std::string TextReport::label(const TestResult& test) const {
    std::string text = printable(test.name);
    if (m_show_weights) text += " [x" + format_decimal(test.weight, 2) + "]";
    if (test.hidden) text += " (hidden)";
    return text;
}

// A one-line message goes on the test's line when no value came back (a limit, a crash).
bool TextReport::message_inline(const TestResult& test) const {
    return test.got.empty() && split_lines(test.message).size() == 1;
}

bool TextReport::shows_details(const TestResult& test) const {
    if (test.hidden || test.verdict == Verdict::not_run) return false;
    return test.verdict != Verdict::passed || m_options.verbose;
}

// The printable lines of `text`: the first `head` and last `tail` of them, with a line
// saying how many were left out between, each cut to k_max_line_chars unless verbose.
std::vector<std::string> TextReport::prepare(std::string_view text, std::size_t head, std::size_t tail) const {
    const std::vector<std::string_view> lines = split_lines(text);
    std::vector<std::string> shown;
    const auto add = [&](std::string_view line) {
        std::string safe = printable(line);
        shown.push_back(m_options.verbose ? safe : cut_line(std::move(safe), k_max_line_chars));
    };
    if (lines.size() <= head + tail) {
        for (std::string_view line : lines) add(line);
        return shown;
    }
    for (std::size_t i = 0; i < head; ++i) add(lines[i]);
    const std::size_t left_out = lines.size() - head - tail;
    shown.push_back("... (" + std::to_string(left_out) + (left_out == 1 ? " more line)" : " more lines)"));
    for (std::size_t i = lines.size() - tail; i < lines.size(); ++i) add(lines[i]);
    return shown;
}

void TextReport::write() {
    write_header();
    m_out << '\n';
    if (m_result.status != SubmissionStatus::graded) write_status();
    write_tests();
    m_out << '\n';
    write_score();
    write_review();
    write_sandbox();
}

void TextReport::write_header() {
    m_out << paint(printable(m_result.exercise), k_bold);
    if (!m_result.title.empty()) m_out << "  " << printable(m_result.title);
    m_out << '\n';
    m_out << "submission: " << printable(m_result.submission) << '\n';
    if (m_options.verbose && !m_result.submission_sha256.empty()) {
        m_out << "sha256:     " << printable(m_result.submission_sha256) << '\n';
    }
}

// "  syntax error: solution.py:3:5: invalid syntax", then the message's other lines.
void TextReport::write_status() {
    const std::vector<std::string> lines = prepare(m_result.status_message, k_status_head_lines, k_status_tail_lines);
    const std::string_view color = is_limit(m_result.status) ? k_yellow : k_red;
    m_out << "  " << paint(status_sentence(m_result.status), color);
    if (!lines.empty()) m_out << ": " << lines.front();
    m_out << '\n';
    for (std::size_t i = 1; i < lines.size(); ++i) m_out << "    " << lines[i] << '\n';
}

void TextReport::write_tests() {
    const auto not_run = [](const TestResult& test) { return test.verdict == Verdict::not_run; };
    const std::size_t count = m_result.tests.size();
    if (m_result.status != SubmissionStatus::graded && std::all_of(m_result.tests.begin(), m_result.tests.end(), not_run)) {
        if (count > 0) m_out << "  " << count << (count == 1 ? " test" : " tests") << " not run\n";
        return;
    }
    if (count == 0) m_out << "  no tests\n";
    for (const TestResult& test : m_result.tests) {
        write_test(test);
        if (shows_details(test)) write_details(test);
    }
}

// "  FAIL   name [x2]      2 ms  wrong_answer"; a hidden test shows no time and adds at
// most its message, which the judge already reduced to a fixed sentence for its verdict.
void TextReport::write_test(const TestResult& test) {
    const Tag tag = tag_for(test.verdict);
    m_out << "  " << paint(pad_right(std::string(tag.text), k_tag_width), tag.color) << "  ";
    const std::string name = label(test);
    if (test.hidden) {
        const std::size_t suffix = std::string_view(" (hidden)").size();
        m_out << std::string_view(name).substr(0, name.size() - suffix) << paint(" (hidden)", k_dim);
    } else {
        m_out << name;
    }
    if (test.hidden && test.verdict == Verdict::passed) {
        m_out << '\n';
        return;
    }
    const std::size_t width = display_width(name);
    if (width < m_name_width) m_out << std::string(m_name_width - width, ' ');
    // A hidden test's time is not shown: the candidate controls it (judge.h).
    m_out << "  " << pad_left(test.hidden ? std::string() : format_ms(test.time_ms), m_time_width);
    if (test.verdict != Verdict::passed) m_out << "  " << paint(to_string(test.verdict), tag.color);
    // A hidden test's sentence says more than its verdict only for an error.
    bool restates_verdict = test.hidden && test.verdict != Verdict::error;
    if (test.verdict != Verdict::passed && message_inline(test) && !test.message.empty() && !restates_verdict) {
        m_out << " — " << prepare(test.message, 1, 0).front();
    }
    m_out << '\n';
}

void TextReport::write_details(const TestResult& test) {
    write_field("call:", test.call);
    write_field("expected:", test.expected);
    write_field("got:", test.got);
    if (!message_inline(test) || test.verdict == Verdict::passed) write_field("", test.message);
    write_field("output:", test.output, "| ", k_max_output_lines);
}

// "        name:     first line", further lines aligned under the first; nothing when
// `text` is empty. A field without a name (the message) starts at the indent.
void TextReport::write_field(std::string_view name, std::string_view text, std::string_view bar,
                             std::size_t max_lines) {
    const std::vector<std::string> lines = prepare(text, max_lines, 0);
    const std::string indent(k_detail_indent, ' ');
    const std::string label_blank(name.empty() ? 0 : k_label_width, ' ');
    for (std::size_t i = 0; i < lines.size(); ++i) {
        m_out << indent;
        if (i == 0 && !name.empty()) {
            m_out << paint(pad_right(std::string(name), k_label_width), k_dim);
        } else {
            m_out << label_blank;
        }
        m_out << paint(bar, k_dim) << lines[i] << '\n';
    }
}

// "score: 3/5 (60%) — 4 of 6 tests passed"
void TextReport::write_score() {
    const std::string sentence = score_sentence(m_result);
    const std::size_t dash = sentence.find(" — ");
    m_out << paint(sentence.substr(0, dash), m_result.full_score() ? k_green : k_red) << sentence.substr(dash);
    if (m_options.verbose) m_out << " in " << format_ms(m_result.time_ms);
    m_out << '\n';
}

// "review: 2 notes for a person (no effect on the score)", then "  line 4: assigns ...".
void TextReport::write_review() {
    if (m_result.review.empty()) return;
    const std::size_t count = m_result.review.size();
    m_out << paint("review:", k_yellow) << ' ' << count << (count == 1 ? " note" : " notes")
          << " for a person (no effect on the score)\n";
    for (const ReviewNote& note : m_result.review)
        m_out << "  line " << note.line << ": " << printable(note.note) << '\n';
}

// "sandbox: tier B — rlimits, seccomp (missing: cgroups: not delegated)"
void TextReport::write_sandbox() {
    const SandboxSummary& sandbox = m_result.sandbox;
    if (sandbox.tier.empty() && sandbox.layers.empty() && sandbox.missing.empty()) return;
    const auto join = [](const std::vector<std::string>& items, std::string_view separator) {
        std::string text;
        for (const std::string& item : items) text += (text.empty() ? "" : std::string(separator)) + printable(item);
        return text;
    };
    m_out << "sandbox: tier " << (sandbox.tier.empty() ? "?" : printable(sandbox.tier)) << " — ";
    m_out << (sandbox.layers.empty() ? "no protections in force" : join(sandbox.layers, ", "));
    if (!sandbox.missing.empty()) m_out << " (missing: " << join(sandbox.missing, "; ") << ")";
    m_out << '\n';
}

}  // namespace

void TextReporter::write(std::ostream& out, const GradeResult& result) const {
    TextReport(out, m_options, result).write();
}

std::unique_ptr<Reporter> make_text_reporter(const ReportOptions& options) {
    return std::make_unique<TextReporter>(options);
}

}  // namespace autograde
