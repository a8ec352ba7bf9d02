#include "exercise/fields.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>

#include "util/text.h"

namespace autograde {
namespace {

constexpr std::string_view k_bool_tag = "tag:yaml.org,2002:bool";
constexpr std::string_view k_int_tag = "tag:yaml.org,2002:int";
constexpr std::string_view k_float_tag = "tag:yaml.org,2002:float";

// yaml-cpp tags an unquoted scalar without an explicit tag "?" and a quoted or block one "!".
bool is_plain_scalar(const YAML::Node& node) { return node.IsScalar() && node.Tag() == "?"; }

std::string join_keys(const std::vector<std::string>& keys) {
    std::string text;
    for (const std::string& key : keys) text += (text.empty() ? "" : ", ") + key;
    return text;
}

// Returns the key suggested instead, if any.
std::optional<std::string> report_unknown_key(YamlSource& source, const YAML::Node& key_node, const std::string& key,
                                              const MappingSpec& spec) {
    std::string message = "unknown key " + quote_key(key) + ' ' + spec.where;
    const auto near = closest_match(key, *spec.allowed_keys);
    if (near) {
        message += "; did you mean " + quote_key(*near) + '?';
    } else {
        message += "; the keys allowed here are " + join_keys(*spec.allowed_keys);
    }
    source.error(key_node.Mark(), std::move(message));
    return near;
}

bool is_allowed(const std::vector<std::string>& keys, const std::string& key) {
    for (const std::string& allowed : keys) {
        if (allowed == key) return true;
    }
    return false;
}

const std::string* misplaced_message(const MappingSpec& spec, const std::string& key) {
    if (spec.misplaced_keys == nullptr) return nullptr;
    for (const auto& [misplaced, message] : *spec.misplaced_keys) {
        if (misplaced == key) return &message;
    }
    return nullptr;
}

// The number a plain scalar spells in YAML 1.2's core schema: [-+]?(.d+|d+(.d*)?)([eE][-+]?d+)?
std::optional<double> parse_yaml_number(std::string_view text) {
    bool negative = false;
    if (!text.empty() && (text.front() == '+' || text.front() == '-')) {
        negative = text.front() == '-';
        text.remove_prefix(1);
    }
    // A digit or a point must come first: from_chars would also take a second '-', and
    // "inf" or "nan" (YAML spells those .inf and .nan, which we reject anyway).
    if (text.empty() || !(std::isdigit(static_cast<unsigned char>(text.front())) || text.front() == '.')) return std::nullopt;
    double number = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(number)) {
        return std::nullopt;
    }
    return negative ? -number : number;
}

}  // namespace

std::string quote_key(std::string_view text) { return quote_for_log(text, 80); }

YAML::Mark Field::value_mark() const { return value.IsNull() ? key_node.Mark() : value.Mark(); }

const Field* Fields::find(std::string_view key) const {
    for (const Field& field : m_fields) {
        if (field.key == key) return &field;
    }
    return nullptr;
}

bool Fields::mentions(std::string_view key) const {
    return find(key) != nullptr || std::find(m_suggested.begin(), m_suggested.end(), key) != m_suggested.end();
}

Fields read_fields(YamlSource& source, const YAML::Node& mapping, const MappingSpec& spec) {
    Fields fields;
    std::vector<Field> seen;  // every named key, known or not, to find duplicates
    for (auto it = mapping.begin(); it != mapping.end(); ++it) {
        const YAML::Node key_node = it->first;
        if (!key_node.IsScalar()) {
            source.error(key_node.Mark(), "a key must be a plain name such as 'title', not " +
                                              std::string(key_node.IsNull() ? "null" : key_node.IsMap() ? "a mapping" : "a list"));
            continue;
        }
        Field field{.key = key_node.Scalar(), .path = spec.path_prefix + key_node.Scalar(), .key_node = key_node, .value = it->second};
        const auto first = std::find_if(seen.begin(), seen.end(), [&](const Field& f) { return f.key == field.key; });
        if (first != seen.end()) {
            source.error(key_node.Mark(), "duplicate key " + quote_key(field.key) + "; the first is on line " +
                                              std::to_string(first->key_node.Mark().line + 1));
            continue;
        }
        seen.push_back(field);
        if (const std::string* message = misplaced_message(spec, field.key)) {
            source.error(key_node.Mark(), *message);
            continue;
        }
        if (!is_allowed(*spec.allowed_keys, field.key)) {
            if (auto near = report_unknown_key(source, key_node, field.key, spec)) fields.add_suggested(std::move(*near));
            continue;
        }
        fields.add(std::move(field));
    }
    return fields;
}

std::optional<std::string> read_string(YamlSource& source, const Field& field) {
    if (field.value.IsNull()) return std::string();
    if (!field.value.IsScalar()) {
        source.error(field.value_mark(), quote_key(field.path) + " must be a string");
        return std::nullopt;
    }
    return field.value.Scalar();
}

std::optional<std::string> read_non_empty_string(YamlSource& source, const Field& field) {
    const bool blank = field.value.IsNull() ||
                       (field.value.IsScalar() && field.value.Scalar().find_first_not_of(" \t\r\n") == std::string::npos);
    if (blank || !field.value.IsScalar()) {
        source.error(field.value_mark(), quote_key(field.path) + " must be a non-empty string");
        return std::nullopt;
    }
    return field.value.Scalar();
}

std::optional<bool> as_bool(const YAML::Node& node) {
    if (!node.IsScalar() || !(is_plain_scalar(node) || node.Tag() == k_bool_tag)) return std::nullopt;
    const std::string& text = node.Scalar();
    if (text == "true" || text == "True" || text == "TRUE") return true;
    if (text == "false" || text == "False" || text == "FALSE") return false;
    return std::nullopt;
}

std::optional<bool> read_bool(YamlSource& source, const Field& field) {
    if (const auto value = as_bool(field.value)) return value;
    source.error(field.value_mark(), quote_key(field.path) + " must be true or false");
    return std::nullopt;
}

std::optional<double> read_non_negative_number(YamlSource& source, const Field& field) {
    const YAML::Node& value = field.value;
    std::optional<double> number;
    if (value.IsScalar() && (is_plain_scalar(value) || value.Tag() == k_int_tag || value.Tag() == k_float_tag)) {
        number = parse_yaml_number(value.Scalar());
    }
    if (!number) {
        source.error(field.value_mark(), quote_key(field.path) + " must be a number");
        return std::nullopt;
    }
    if (*number < 0) {
        source.error(field.value_mark(), quote_key(field.path) + " must not be negative");
        return std::nullopt;
    }
    return number;
}

}  // namespace autograde
