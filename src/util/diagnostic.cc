#include "util/diagnostic.h"

#include <algorithm>

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

}  // namespace

std::string format_diagnostic(const Diagnostic& diagnostic) {
    std::string text = location(diagnostic) + "error: " + diagnostic.message;
    if (diagnostic.path.empty() || diagnostic.line <= 0 || diagnostic.source_line.empty()) return text;

    const std::string number = std::to_string(diagnostic.line);
    const std::size_t width = std::max(number.size(), k_min_number_width);
    text += '\n' + std::string(1 + width - number.size(), ' ') + number + " | " + diagnostic.source_line;
    if (diagnostic.column > 0) {
        text += '\n' + std::string(1 + width, ' ') + " | " + caret_padding(diagnostic.source_line, diagnostic.column) + '^';
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
