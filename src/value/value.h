// The Python value model shared by the exercise loader (expected values written as
// literals in exercise.yaml) and the protocol (values observed inside the sandbox).
//
// A Value is a plain tree of the builtin types a grader compares: None, bool, int (any
// size), float, str, bytes, list, tuple, dict, set, frozenset. Anything else the sandbox
// saw is an `opaque` value that only carries its type name, so that a candidate's own
// class can never take part in a comparison.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace autograde {

class Value {
public:
    enum class Kind { none, boolean, integer, floating, str, bytes, list, tuple, dict, set, frozenset, opaque };

    Value() = default;  // None
    static Value none() { return Value(); }
    static Value boolean(bool b);
    // `decimal` is the canonical decimal form: an optional '-' then digits without
    // leading zeros ("0", "-12"). Any size.
    static Value integer(std::string decimal);
    static Value integer(std::int64_t n);
    static Value floating(double d);
    // A Python str, as code points (lone surrogates included, as Python allows them).
    static Value str(std::u32string code_points);
    static Value str_utf8(std::string_view utf8);  // convenience for tests and messages
    static Value bytes(std::string raw);
    static Value list(std::vector<Value> items);
    static Value tuple(std::vector<Value> items);
    // Duplicate keys are not checked here; the literal parser keeps the last one, as Python does.
    static Value dict(std::vector<std::pair<Value, Value>> entries);
    static Value set(std::vector<Value> items);
    static Value frozenset(std::vector<Value> items);
    static Value opaque(std::string type_name);

    Kind kind() const { return m_kind; }
    bool as_bool() const { return m_bool; }
    const std::string& as_integer() const { return m_text; }      // canonical decimal
    double as_float() const { return m_float; }
    const std::u32string& as_str() const { return m_str; }
    const std::string& as_bytes() const { return m_text; }
    const std::string& opaque_type() const { return m_text; }
    // list, tuple, set, frozenset
    const std::vector<Value>& items() const { return m_items; }
    // dict: keys and values alternate in `items()`; entries() pairs them up.
    std::vector<std::pair<const Value*, const Value*>> entries() const;
    std::size_t size() const;  // elements of a container (dict: entries), 0 otherwise

    // Python's type name: "NoneType", "bool", "int", "float", "str", ..., or the opaque type.
    std::string type_name() const;

private:
    Kind m_kind = Kind::none;
    bool m_bool = false;
    double m_float = 0.0;
    std::string m_text;     // integer digits, bytes content, or opaque type name
    std::u32string m_str;
    std::vector<Value> m_items;
};

// The Python repr of a value, as CPython 3 prints it: 'abc', b'\x00', (1,), {1: 2},
// set(), frozenset({1}), 1e+16, inf, nan. An opaque value prints as <TypeName object>.
std::string python_repr(const Value& value);

// Strict structural equality: the same kinds all the way down (True is not 1, 1 is not
// 1.0, a list is not a tuple); dicts and sets ignore order; nan equals nan and 0.0
// equals -0.0. Opaque values are never equal to anything, themselves included.
bool strictly_equal(const Value& a, const Value& b);

// UTF-8 encoding of code points; lone surrogates are written as their 3-byte forms.
std::string to_utf8(const std::u32string& code_points);

}  // namespace autograde
