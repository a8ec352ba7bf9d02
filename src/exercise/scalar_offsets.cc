#include "exercise/scalar_offsets.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <tuple>

namespace autograde {
namespace {

std::size_t utf8_length(unsigned long code_point) {
    return code_point < 0x80 ? 1 : code_point < 0x800 ? 2 : code_point < 0x10000 ? 3 : 4;
}

// A double-quoted escape at raw[i] (raw[i] == '\\'): how many bytes it takes in the file
// and in the value, or {0, 0} when it is not one we know.
std::pair<std::size_t, std::size_t> escape_lengths(std::string_view raw, std::size_t i) {
    if (i + 1 >= raw.size()) return {0, 0};
    std::size_t hex_digits = 0;
    switch (raw[i + 1]) {
    case 'x': hex_digits = 2; break;
    case 'u': hex_digits = 4; break;
    case 'U': hex_digits = 8; break;
    case 'N': case '_': return {2, 2};  // U+0085, U+00A0
    case 'L': case 'P': return {2, 3};  // U+2028, U+2029
    default: return {2, 1};
    }
    if (i + 2 + hex_digits > raw.size()) return {0, 0};
    const std::string digits(raw.substr(i + 2, hex_digits));
    if (digits.find_first_not_of("0123456789abcdefABCDEF") != std::string::npos) return {0, 0};
    return {2 + hex_digits, utf8_length(std::stoul(digits, nullptr, 16))};
}

// Quoted scalars on one line: walks the text after the opening quote, counting the bytes
// of the value each piece stands for, and stops at `offset`. The walk must end at the
// closing quote with exactly the value's length, or the file is not what we think.
std::optional<std::size_t> column_in_quoted(std::string_view line, std::size_t start, const std::string& value,
                                            std::size_t offset) {
    const char quote = line[start];
    std::optional<std::size_t> found;
    std::size_t decoded = 0;
    for (std::size_t i = start + 1; i < line.size();) {
        if (decoded >= offset && !found) found = i;
        std::size_t raw_length = 1, value_length = 1;
        if (quote == '\'' && line[i] == '\'') {
            if (i + 1 >= line.size() || line[i + 1] != '\'') return decoded == value.size() ? found : std::nullopt;
            raw_length = 2;
        } else if (quote == '"' && line[i] == '"') {
            return decoded == value.size() ? found : std::nullopt;
        } else if (quote == '"' && line[i] == '\\') {
            std::tie(raw_length, value_length) = escape_lengths(line, i);
            if (raw_length == 0) return std::nullopt;
        } else if (decoded >= value.size() || value[decoded] != line[i]) {
            return std::nullopt;
        }
        i += raw_length;
        decoded += value_length;
    }
    return std::nullopt;  // the scalar goes on past this line
}

// Literal block scalars: the value is the following lines, less their indentation.
std::optional<SourcePosition> locate_in_literal(const YamlSource& source, int header_line, const std::string& value,
                                                std::size_t offset) {
    int first = header_line + 1;
    while (first <= header_line + 1000 && source.line(first).find_first_not_of(' ') == std::string_view::npos) ++first;
    const std::size_t indent = source.line(first).find_first_not_of(' ');
    if (indent == std::string_view::npos || indent == 0) return std::nullopt;

    const std::size_t content_end = value.find_last_not_of('\n') + 1;
    if (offset > content_end) offset = content_end;
    const std::size_t line_start = offset == 0 ? 0 : value.rfind('\n', offset - 1) + 1;  // npos + 1 == 0
    const int line_index = static_cast<int>(std::count(value.begin(), value.begin() + static_cast<long>(line_start), '\n'));
    const std::size_t line_end = std::min(value.find('\n', line_start), value.size());
    const std::string_view expected = std::string_view(value).substr(line_start, line_end - line_start);

    const int line = header_line + 1 + line_index;
    const std::string_view text = source.line(line);
    const bool matches = expected.empty() || (text.size() >= indent && text.substr(indent) == expected);
    if (!matches) return std::nullopt;
    return SourcePosition{line, static_cast<int>(indent + (offset - line_start)) + 1};
}

bool has_indentation_indicator(std::string_view header) {
    return header.size() > 1 && header.substr(1, 2).find_first_of("123456789") != std::string_view::npos;
}

}  // namespace

std::optional<SourcePosition> locate_in_scalar(const YamlSource& source, const YAML::Node& scalar, std::size_t offset) {
    const YAML::Mark mark = scalar.Mark();
    if (!scalar.IsScalar() || mark.is_null()) return std::nullopt;
    const int line = mark.line + 1;
    const auto start = static_cast<std::size_t>(mark.column);
    const std::string_view text = source.line(line);
    const std::string& value = scalar.Scalar();
    if (start >= text.size()) return std::nullopt;
    offset = std::min(offset, value.size());

    switch (text[start]) {
    case '"':
    case '\'': {
        const auto column = column_in_quoted(text, start, value, offset);
        if (!column) return std::nullopt;
        return SourcePosition{line, static_cast<int>(*column) + 1};
    }
    case '|':
        if (has_indentation_indicator(text.substr(start))) return std::nullopt;
        return locate_in_literal(source, line, value, offset);
    case '>':
        return std::nullopt;
    default:
        if (!text.substr(start).starts_with(value)) return std::nullopt;
        return SourcePosition{line, static_cast<int>(start + offset) + 1};
    }
}

}  // namespace autograde
