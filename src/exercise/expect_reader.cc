#include "exercise/expect_reader.h"

#include <string>
#include <string_view>

#include "exercise/scalar_offsets.h"
#include "value/literal.h"

namespace autograde {
namespace {

// The flow collection written at `mark` ("[1, 2]"), when it ends on the same line and
// can go between double quotes as it is.
std::optional<std::string> flow_text(const YamlSource& source, const YAML::Mark& mark) {
    const std::string_view line = source.line(mark.line + 1);
    const auto start = static_cast<std::size_t>(mark.column);
    if (start >= line.size() || (line[start] != '[' && line[start] != '{')) return std::nullopt;
    int depth = 0;
    char quote = 0;
    for (std::size_t i = start; i < line.size(); ++i) {
        const char c = line[i];
        if (c == '"' || c == '\\') return std::nullopt;
        if (quote != 0) {
            if (c == quote) quote = 0;
        } else if (c == '\'') {
            quote = c;
        } else if (c == '[' || c == '{') {
            ++depth;
        } else if ((c == ']' || c == '}') && --depth == 0) {
            return std::string(line.substr(start, i - start + 1));
        }
    }
    return std::nullopt;
}

void report_not_scalar(YamlSource& source, const Field& field) {
    std::string example = "None";
    if (field.value.IsSequence()) example = "[1, 2]";
    if (field.value.IsMap()) example = "{'a': 1}";
    if (!field.value.IsNull()) example = flow_text(source, field.value.Mark()).value_or(example);
    source.error(field.value_mark(),
                 quote_key(field.path) + " must be a Python literal written as a string, such as expect: \"" + example + '"');
}

// YAML takes off the quotes of `expect: 'abc'`, leaving the name abc. When the value
// looks like such a word, say how to keep them.
std::string quotes_hint(const YamlSource& source, const YAML::Node& value) {
    const std::string_view line = source.line(value.Mark().line + 1);
    const auto start = static_cast<std::size_t>(value.Mark().column);
    const bool yaml_quoted = start < line.size() && (line[start] == '\'' || line[start] == '"');
    const std::string& text = value.Scalar();
    if (!yaml_quoted || text.empty() || text.find_first_of("'\"\\\n([{") != std::string::npos ||
        text.find_first_of("0123456789.+-") == 0) {
        return "";
    }
    return "; YAML took the quotes off: to expect the str '" + text + "', write expect: \"'" + text + "'\"";
}

}  // namespace

void read_expect(YamlSource& source, const Field& field, TestCase& test) {
    if (!field.value.IsScalar()) {
        report_not_scalar(source, field);
        return;
    }
    const std::string& text = field.value.Scalar();
    LiteralResult result = parse_python_literal(text);
    if (auto* value = std::get_if<Value>(&result)) {
        test.expect = std::move(*value);
        test.expect_text = text;
        return;
    }
    const LiteralError& error = std::get<LiteralError>(result);
    const std::string message =
        "invalid Python literal in " + quote_key(field.path) + ": " + error.message + quotes_hint(source, field.value);
    if (const auto position = locate_in_scalar(source, field.value, error.offset)) {
        source.error_at(position->line, position->column, message);
    } else {
        source.error(field.value_mark(), message);
    }
}

}  // namespace autograde
