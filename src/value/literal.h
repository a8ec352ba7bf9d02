// Parsing Python literal text into a Value: the grammar of ast.literal_eval restricted to
// the builtin types of value.h, plus the spellings a grader meets in practice.
//
// Accepted: None True False; ints in decimal, 0x 0o 0b, with '_' separators, any size;
// floats (1.5, 1e3, .5, 1_0.0) and inf, nan, float('inf'), float('-inf'), float('nan');
// a unary '-' or '+' before a number; str and bytes in every quoting Python has (single,
// double, triple; r/b/rb prefixes, case-insensitive; adjacent literals are concatenated)
// with all escapes except \N{...}; (), (x,), [..], {k: v}, {x, y}, set(), frozenset(),
// frozenset({...}) and frozenset([...]); trailing commas; a top-level tuple without
// parentheses (1, 2), as ast.literal_eval reads it; whitespace and newlines between
// tokens. Rejected with a position: anything else (names, calls, operators, f-strings,
// complex numbers, comments are fine to reject).
//
// With `allow_opaque`, the protocol's spelling of an opaque value is accepted too:
// '<' followed by a str literal holding the type name, then '>', e.g. <'Foo'>.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <variant>

#include "value/value.h"

namespace autograde {

struct LiteralOptions {
    bool allow_opaque = false;
    // Nesting of containers; deeper input is an error, not a crash. Parsing, repr, comparison
    // and destruction of a Value all recurse once per level, so keep this in the low thousands
    // at most (200 is CPython's own parser limit).
    std::size_t max_depth = 200;
};

struct LiteralError {
    std::size_t offset = 0;  // byte offset into the text where the problem starts
    std::string message;     // e.g. "expected ',' or ']' after a list element", "'true' is not a Python literal; did you mean True?"
};

using LiteralResult = std::variant<Value, LiteralError>;

// Parses the whole of `text` (surrounding whitespace allowed) as one literal.
LiteralResult parse_python_literal(std::string_view text, const LiteralOptions& options = {});

}  // namespace autograde
