// The values of number and string tokens (literal_lexer.h), with Python's rules for
// escapes, newlines in strings, underscores in numbers and out-of-range floats.
#pragma once

#include <string>

#include "value/literal_lexer.h"
#include "value/value.h"

namespace autograde {

// Hexadecimal, octal and binary ints are converted to decimal digits in quadratic time,
// so they are capped (a decimal int of any length is only copied).
constexpr std::size_t k_max_radix_int_bits = 1u << 18;

// The number a number token stands for, negated when `negative`. Throws LiteralFailure
// for a radix int over k_max_radix_int_bits. A float too large for a double is inf, one
// too small is 0.0, as in Python.
Value number_value(const Token& token, bool negative);

// Appends the decoded body of a str (bytes) string token. Throws LiteralFailure, at the
// offending escape or byte, for a malformed escape, \N{...}, invalid UTF-8 in a str or a
// non-ASCII byte in a bytes literal.
void append_str_literal(const Token& token, std::u32string& out);
void append_bytes_literal(const Token& token, std::string& out);

}  // namespace autograde
