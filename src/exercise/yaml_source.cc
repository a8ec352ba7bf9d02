#include "exercise/yaml_source.h"

#include <algorithm>

namespace autograde {

YamlSource::YamlSource(std::string_view text, std::string path) : m_path(std::move(path)) {
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        m_lines.emplace_back(line);
        start = end + 1;
    }
}

std::string_view YamlSource::line(int line) const {
    if (line < 1 || static_cast<std::size_t>(line) > m_lines.size()) return {};
    return m_lines[static_cast<std::size_t>(line - 1)];
}

void YamlSource::error(const YAML::Mark& mark, std::string message) {
    if (mark.is_null() || mark.line < 0 || mark.column < 0) {
        error_without_position(std::move(message));
        return;
    }
    error_at(mark.line + 1, mark.column + 1, std::move(message));
}

void YamlSource::error_at(int line, int column, std::string message) {
    m_diagnostics.push_back(Diagnostic{
        .path = m_path, .line = line, .column = column, .message = std::move(message), .source_line = std::string(this->line(line))});
}

void YamlSource::error_without_position(std::string message) {
    m_diagnostics.push_back(Diagnostic{.path = m_path, .line = 0, .column = 0, .message = std::move(message), .source_line = ""});
}

void YamlSource::throw_if_errors() const {
    if (m_diagnostics.empty()) return;
    std::vector<Diagnostic> sorted = m_diagnostics;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    throw InputError(std::move(sorted));
}

}  // namespace autograde
