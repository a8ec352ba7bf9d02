#include "exercise/python_snippets.h"

#include <string>
#include <vector>

#include "exercise/fields.h"
#include "exercise/python_compile.h"
#include "exercise/scalar_offsets.h"

namespace autograde {
namespace {

struct Located {
    YAML::Node value;   // the snippet's scalar
    std::string label;  // "'call' of test 'flat list'"
};

// The byte offset of 1-based `line` and `column` (characters, as Python counts them) in
// `text`; the end of the text when past it.
std::size_t byte_offset(const std::string& text, int line, int column) {
    std::size_t at = 0;
    for (int current = 1; current < line && at < text.size(); ++current) {
        const std::size_t newline = text.find('\n', at);
        if (newline == std::string::npos) return text.size();
        at = newline + 1;
    }
    for (int character = 1; character < column && at < text.size() && text[at] != '\n'; ++character) {
        ++at;
        while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;  // continuation bytes
    }
    return at;
}

void report(YamlSource& source, const Located& snippet, const PythonSyntaxProblem& problem) {
    const std::string message = snippet.label + " is not valid Python: " + problem.message;
    if (problem.line > 0) {
        const std::size_t offset = byte_offset(snippet.value.Scalar(), problem.line, std::max(problem.column, 1));
        if (const auto position = locate_in_scalar(source, snippet.value, offset)) {
            source.error_at(position->line, position->column, message);
            return;
        }
    }
    source.error(snippet.value.Mark(), message);
}

}  // namespace

void check_python_snippets(YamlSource& source, const YAML::Node& root) {
    std::vector<PythonSnippet> snippets;
    std::vector<Located> located;
    auto add = [&](const YAML::Node& value, bool expression, std::string label) {
        if (!value.IsDefined() || !value.IsScalar()) return;
        snippets.push_back({value.Scalar(), expression});
        located.push_back({value, std::move(label)});
    };
    add(root["setup"], false, "'setup'");
    const YAML::Node tests = root["tests"];
    if (tests.IsDefined() && tests.IsSequence()) {
        for (const YAML::Node& test : tests) {
            if (!test.IsMap()) continue;
            const YAML::Node name = test["name"];
            const std::string of = name.IsDefined() && name.IsScalar() ? " of test " + quote_key(name.Scalar()) : "";
            add(test["call"], true, "'call'" + of);
            add(test["code"], false, "'code'" + of);
        }
    }
    if (snippets.empty()) return;
    const auto problems = compile_python_snippets(snippets);
    if (!problems) return;
    for (std::size_t i = 0; i < problems->size(); ++i)
        if ((*problems)[i]) report(source, located[i], *(*problems)[i]);
}

}  // namespace autograde
