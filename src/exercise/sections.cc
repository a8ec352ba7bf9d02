#include "exercise/sections.h"

#include <algorithm>
#include <optional>

#include "exercise/python_names.h"
#include "util/units.h"

namespace autograde {
namespace {

using std::chrono::milliseconds;

const std::vector<std::string> k_question_keys = {"text", "answer"};
const std::vector<std::string> k_exercise_limit_keys = {"time", "memory", "output"};
const std::vector<std::string> k_test_limit_keys = {"time", "output"};
const std::vector<std::pair<std::string, std::string>> k_test_limit_misplaced = {
    {"memory", "'memory' can only be set for the whole exercise, in the top-level 'limits'"}};

// Accepted ranges, with the spelling used in messages.
struct DurationRange {
    milliseconds min, max;
    const char* text;
};
struct SizeRange {
    std::uint64_t min, max;
    const char* example;
    const char* text;
};
constexpr DurationRange k_time_range{milliseconds(1), milliseconds(10 * 60 * 1000), "between 1ms and 10m"};
constexpr SizeRange k_memory_range{16ull << 20, 64ull << 30, "256MiB", "between 16MiB and 64GiB"};
constexpr SizeRange k_output_range{1ull << 10, 1ull << 30, "64KiB", "between 1KiB and 1GiB"};

// A limit's text: a scalar, quoted or not.
std::optional<std::string> limit_text(const Field& field) {
    if (!field.value.IsScalar()) return std::nullopt;
    return field.value.Scalar();
}

std::optional<milliseconds> read_duration(YamlSource& source, const Field& field) {
    const auto text = limit_text(field);
    const auto duration = text ? parse_duration(*text) : std::nullopt;
    if (!duration) {
        source.error(field.value_mark(), quote_key(field.path) + " must be a duration such as 2s");
        return std::nullopt;
    }
    if (*duration < k_time_range.min || *duration > k_time_range.max) {
        source.error(field.value_mark(), quote_key(field.path) + " must be " + k_time_range.text);
        return std::nullopt;
    }
    return duration;
}

std::optional<std::uint64_t> read_size(YamlSource& source, const Field& field, const SizeRange& range) {
    const auto text = limit_text(field);
    const auto size = text ? parse_size(*text) : std::nullopt;
    if (!size) {
        source.error(field.value_mark(), quote_key(field.path) + " must be a size such as " + range.example);
        return std::nullopt;
    }
    if (*size < range.min || *size > range.max) {
        source.error(field.value_mark(), quote_key(field.path) + " must be " + range.text);
        return std::nullopt;
    }
    return size;
}

bool is_mapping(YamlSource& source, const Field& field, const std::string& example) {
    if (field.value.IsMap()) return true;
    source.error(field.value_mark(), quote_key(field.path) + " must be a mapping such as " + example);
    return false;
}

// A name of `entry` (the whole value or one item), or nothing after reporting it.
std::optional<std::string> read_entry_name(YamlSource& source, const YAML::Node& node, const YAML::Mark& mark,
                                           const std::string& message) {
    if (node.IsScalar() && is_python_identifier(node.Scalar())) return node.Scalar();
    std::string full = message;
    if (node.IsScalar() && is_python_keyword(node.Scalar())) full += "; " + quote_key(node.Scalar()) + " is a keyword";
    source.error(mark, std::move(full));
    return std::nullopt;
}

}  // namespace

std::vector<std::string> read_entry(YamlSource& source, const Field& field) {
    const std::string message = "'entry' must be a Python identifier or a list of them";
    if (!field.value.IsSequence()) {
        const auto name = read_entry_name(source, field.value, field.value_mark(), message);
        return name ? std::vector<std::string>{*name} : std::vector<std::string>{};
    }
    if (field.value.size() == 0) {
        source.error(field.value_mark(), "'entry' must name at least one function or class");
        return {};
    }
    std::vector<std::string> names;
    for (std::size_t i = 0; i < field.value.size(); ++i) {
        const YAML::Node item = field.value[i];
        const std::string item_message = "'entry[" + std::to_string(i) + "]' must be a Python identifier";
        const YAML::Mark mark = item.IsNull() ? field.value_mark() : item.Mark();
        const auto name = read_entry_name(source, item, mark, item_message);
        if (!name) continue;
        if (std::find(names.begin(), names.end(), *name) != names.end()) {
            source.error(mark, quote_key(*name) + " appears twice in 'entry'");
            continue;
        }
        names.push_back(*name);
    }
    return names;
}

Question read_question(YamlSource& source, const Field& field) {
    Question question;
    if (!is_mapping(source, field, "{text: ..., answer: ...}")) return question;
    const Fields fields = read_fields(source, field.value, {&k_question_keys, field.path + '.', "in 'question'"});
    if (const Field* text = fields.find("text")) {
        question.text = read_non_empty_string(source, *text).value_or("");
    } else if (!fields.mentions("text")) {
        source.error(field.key_node.Mark(), "missing required key 'text' in 'question'");
    }
    if (const Field* answer = fields.find("answer")) question.answer = read_string(source, *answer).value_or("");
    return question;
}

Limits read_exercise_limits(YamlSource& source, const Field& field) {
    Limits limits;
    if (!is_mapping(source, field, "{time: 2s, memory: 256MiB, output: 64KiB}")) return limits;
    const Fields fields = read_fields(source, field.value, {&k_exercise_limit_keys, field.path + '.', "in " + quote_key(field.path)});
    if (const Field* time = fields.find("time")) limits.time = read_duration(source, *time).value_or(limits.time);
    if (const Field* memory = fields.find("memory")) limits.memory = read_size(source, *memory, k_memory_range).value_or(limits.memory);
    if (const Field* output = fields.find("output")) limits.output = read_size(source, *output, k_output_range).value_or(limits.output);
    return limits;
}

void read_test_limits(YamlSource& source, const Field& field, TestCase& test) {
    if (!is_mapping(source, field, "{time: 2s, output: 64KiB}")) return;
    const MappingSpec spec{&k_test_limit_keys, field.path + '.', "in " + quote_key(field.path), &k_test_limit_misplaced};
    const Fields fields = read_fields(source, field.value, spec);
    if (const Field* time = fields.find("time")) test.time_limit = read_duration(source, *time).value_or(test.time_limit);
    if (const Field* output = fields.find("output")) {
        test.output_limit = read_size(source, *output, k_output_range).value_or(test.output_limit);
    }
}

}  // namespace autograde
