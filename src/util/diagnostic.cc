#include "util/diagnostic.h"

#include <algorithm>
#include <string_view>
#include <utility>

#include "util/utf8_step.h"

namespace autograde {
namespace {

// gcc's layout: the line number right-aligned in at least four columns, then " | ".
constexpr std::size_t k_min_number_width = 4;

std::string location(const Diagnostic& d) {
    if (d.path.empty()) return "";
    std::string text = d.path;
    if (d.line > 0) {
        text += ':' + std::to_string(d.line);
        if (d.column > 0) text += ':' + std::to_string(d.column);
    }
    return text + ": ";
}

// The caret line keeps the tabs of the source line so that the caret lines up with the
// offending byte whatever the terminal's tab width.
std::string caret_padding(const std::string& source_line, int column) {
    std::string padding;
    const auto count = static_cast<std::size_t>(column - 1);
    for (std::size_t i = 0; i < count; ++i) {
        padding += (i < source_line.size() && source_line[i] == '\t') ? '\t' : ' ';
    }
    return padding;
}

// A source line is shown whole up to this many bytes; a longer one (a minified flow
// mapping, a 200 KB run of brackets) is cut to about this much around the caret.
constexpr std::size_t k_max_shown = 200;
constexpr std::string_view k_ellipsis = "...";

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The part of `line` shown, and the caret's column in it: the whole line when it is short,
// else a window around `column` with "..." for what is cut, never inside a UTF-8 sequence.
std::pair<std::string, int> shown_line(const std::string& line, int column) {
    if (line.size() <= k_max_shown) return {line, column};
    const std::size_t caret = column > 0 ? static_cast<std::size_t>(column - 1) : 0;
    std::size_t start = caret > k_max_shown / 2 ? caret - k_max_shown / 2 : 0;
    std::size_t end = std::min(line.size(), start + k_max_shown);
    if (end == line.size()) start = line.size() - k_max_shown;
    while (start > 0 && start < line.size() && is_continuation(line[start])) ++start;
    while (end < line.size() && is_continuation(line[end])) --end;
    std::string shown = (start > 0 ? std::string(k_ellipsis) : "") + line.substr(start, end - start) +
                        (end < line.size() ? std::string(k_ellipsis) : "");
    const int shown_column = column > 0 ? static_cast<int>(caret - start + (start > 0 ? k_ellipsis.size() : 0)) + 1 : column;
    return {std::move(shown), shown_column};
}

// Bytes that would upset a terminal (control characters but tab, NUL, invalid UTF-8) are
// shown as '?', one for one so that the caret still lines up.
std::string printable(std::string line) {
    for (std::size_t i = 0; i < line.size();) {
        const auto byte = static_cast<unsigned char>(line[i]);
        if (byte < 0x80) {
            if ((byte < 0x20 && byte != '\t') || byte == 0x7F) line[i] = '?';
            ++i;
            continue;
        }
        const Utf8Step step = next_utf8(line, i);
        if (!step.valid) std::fill_n(line.begin() + static_cast<long>(i), step.length, '?');
        i += step.length;
    }
    return line;
}

}  // namespace

std::string format_diagnostic(const Diagnostic& diagnostic) {
    std::string text = location(diagnostic) + "error: " + diagnostic.message;
    if (diagnostic.path.empty() || diagnostic.line <= 0 || diagnostic.source_line.empty()) return text;

    const auto [line, column] = shown_line(diagnostic.source_line, diagnostic.column);
    const std::string number = std::to_string(diagnostic.line);
    const std::size_t width = std::max(number.size(), k_min_number_width);
    text += '\n' + std::string(1 + width - number.size(), ' ') + number + " | " + printable(line);
    if (column > 0) {
        text += '\n' + std::string(1 + width, ' ') + " | " + caret_padding(line, column) + '^';
    }
    return text;
}

namespace {

std::string join_formatted(const std::vector<Diagnostic>& diagnostics) {
    std::string text;
    for (const Diagnostic& d : diagnostics) {
        if (!text.empty()) text += '\n';
        text += format_diagnostic(d);
    }
    return text;
}

}  // namespace

InputError::InputError(std::vector<Diagnostic> diagnostics)
    : std::runtime_error(join_formatted(diagnostics)), m_diagnostics(std::move(diagnostics)) {}

InputError::InputError(const std::string& path, const std::string& message)
    : InputError(std::vector<Diagnostic>{Diagnostic{.path = path, .line = 0, .column = 0, .message = message, .source_line = ""}}) {}

InputError::InputError(const std::string& message)
    : InputError(std::vector<Diagnostic>{Diagnostic{.path = "", .line = 0, .column = 0, .message = message, .source_line = ""}}) {}

}  // namespace autograde
