// Reading the mappings of exercise.yaml key by key: unknown and duplicate keys, and the
// typed scalar values (strings, booleans, numbers). Private to the loader.
//
// Every function here reports what is wrong to the YamlSource and returns nothing (or
// leaves the value out), so that the loader can go on and find the next problem too.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "exercise/yaml_source.h"

namespace autograde {

// One `key: value` entry of a mapping.
struct Field {
    std::string key;
    std::string path;  // the key's full path for messages: "limits.time", "tests[2].hidden"
    YAML::Node key_node;
    YAML::Node value;

    // Where a problem with the value is reported: the value itself, or the key when the
    // value is empty (yaml-cpp gives an empty value the position of whatever follows it).
    YAML::Mark value_mark() const;
};

// The accepted entries of one mapping, in file order.
class Fields {
public:
    void add(Field field) { m_fields.push_back(std::move(field)); }
    const Field* find(std::string_view key) const;

    // Keys suggested for a misspelt key ("did you mean 'expect'?"): the author meant to
    // give them, so they are not reported missing as well.
    void add_suggested(std::string key) { m_suggested.push_back(std::move(key)); }
    // The key is given, or was suggested for a misspelt one.
    bool mentions(std::string_view key) const;

private:
    std::vector<Field> m_fields;
    std::vector<std::string> m_suggested;
};

struct MappingSpec {
    const std::vector<std::string>* allowed_keys;  // in the order the hint lists them
    std::string path_prefix;  // prepended to a key for Field::path: "", "limits.", "tests[2]."
    std::string where;        // for unknown keys: "at the top level", "in test 'flat list'"
    // Keys that are known but do not belong here, each with the message that says where
    // they go (`memory` in a test's limits). May be null.
    const std::vector<std::pair<std::string, std::string>>* misplaced_keys = nullptr;
};

// The entries of `mapping` (which must be a map). Reports keys that are not plain
// scalars, duplicate keys (at the second) and unknown keys (with a did-you-mean, or the
// list of allowed keys) or misplaced ones; those entries are left out of the result.
Fields read_fields(YamlSource& source, const YAML::Node& mapping, const MappingSpec& spec);

// A scalar, whatever YAML would make of it (`call: 42` is the text "42"); an empty value
// or null is "". A sequence or a mapping is an error.
std::optional<std::string> read_string(YamlSource& source, const Field& field);

// As read_string, but empty or blank text is an error too.
std::optional<std::string> read_non_empty_string(YamlSource& source, const Field& field);

// The boolean an unquoted scalar spells, reporting nothing (see read_bool).
std::optional<bool> as_bool(const YAML::Node& node);

// YAML 1.2 booleans only: true/false (also True, TRUE, False, FALSE), unquoted. The YAML
// 1.1 spellings yes/no/on/off are errors, as is "true" in quotes.
std::optional<bool> read_bool(YamlSource& source, const Field& field);

// A YAML 1.2 number (1, 0.5, 1e-6, +2), unquoted, finite and not negative.
std::optional<double> read_non_negative_number(YamlSource& source, const Field& field);

// Quotes a key or name for a message: 'expect'.
std::string quote_key(std::string_view text);

}  // namespace autograde
