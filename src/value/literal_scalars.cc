#include "value/literal_scalars.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <type_traits>
#include <vector>

#include "value/utf8.h"

namespace autograde {
namespace {

// ---- numbers ------------------------------------------------------------------------------

std::string without_underscores(std::string_view text) {
    std::string digits;
    digits.reserve(text.size());
    std::copy_if(text.begin(), text.end(), std::back_inserter(digits), [](char c) { return c != '_'; });
    return digits;
}

std::uint32_t digit_value(char c) {
    if (c >= '0' && c <= '9') return static_cast<std::uint32_t>(c - '0');
    if (c >= 'a' && c <= 'f') return static_cast<std::uint32_t>(c - 'a' + 10);
    return static_cast<std::uint32_t>(c - 'A' + 10);
}

// Base-2^32 limbs, least significant first, of digits in a power-of-two radix.
std::vector<std::uint32_t> binary_limbs(std::string_view digits, int bits_per_digit) {
    std::vector<std::uint32_t> limbs;
    std::uint64_t pending = 0;
    int pending_bits = 0;
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        pending |= static_cast<std::uint64_t>(digit_value(*it)) << pending_bits;
        pending_bits += bits_per_digit;
        if (pending_bits >= 32) {
            limbs.push_back(static_cast<std::uint32_t>(pending));
            pending >>= 32;
            pending_bits -= 32;
        }
    }
    if (pending_bits > 0) limbs.push_back(static_cast<std::uint32_t>(pending));
    while (!limbs.empty() && limbs.back() == 0) limbs.pop_back();
    return limbs;
}

// Decimal digits of a number in base-2^32 limbs, by repeated division by 10^9.
std::string limbs_to_decimal(std::vector<std::uint32_t> limbs) {
    constexpr std::uint32_t k_chunk = 1'000'000'000;
    std::vector<std::uint32_t> chunks;  // base 10^9, least significant first
    while (!limbs.empty()) {
        std::uint64_t remainder = 0;
        for (auto it = limbs.rbegin(); it != limbs.rend(); ++it) {
            std::uint64_t current = (remainder << 32) | *it;
            *it = static_cast<std::uint32_t>(current / k_chunk);
            remainder = current % k_chunk;
        }
        chunks.push_back(static_cast<std::uint32_t>(remainder));
        while (!limbs.empty() && limbs.back() == 0) limbs.pop_back();
    }
    if (chunks.empty()) return "0";
    std::string decimal = std::to_string(chunks.back());
    char chunk_digits[16];
    for (auto it = chunks.rbegin() + 1; it != chunks.rend(); ++it) {
        std::snprintf(chunk_digits, sizeof chunk_digits, "%09u", static_cast<unsigned>(*it));
        decimal += chunk_digits;
    }
    return decimal;
}

std::string radix_int_decimal(const Token& token) {
    char marker = token.text[1];
    int bits_per_digit = marker == 'x' || marker == 'X' ? 4 : marker == 'o' || marker == 'O' ? 3 : 1;
    std::string digits = without_underscores(token.text.substr(2));
    std::size_t significant = digits.find_first_not_of('0');
    if (significant == std::string::npos) return "0";
    std::string_view value_digits = std::string_view(digits).substr(significant);
    if (value_digits.size() * static_cast<std::size_t>(bits_per_digit) > k_max_radix_int_bits) {
        throw LiteralFailure{token.offset, "integer literal is too large: more than " +
                                               std::to_string(k_max_radix_int_bits) + " bits"};
    }
    return limbs_to_decimal(binary_limbs(value_digits, bits_per_digit));
}

std::string decimal_int_digits(const Token& token) {
    std::string digits = without_underscores(token.text);
    std::size_t significant = digits.find_first_not_of('0');
    return significant == std::string::npos ? "0" : digits.substr(significant);
}

// For a float from_chars found out of range: is it too large (rather than too small)?
// Compares the position of the first significant digit, plus the exponent, with zero.
bool overflows(std::string_view digits) {
    std::size_t e = digits.find_first_of("eE");
    std::string_view mantissa = digits.substr(0, e);
    long long exponent = 0;
    if (e != std::string_view::npos) {
        std::string_view exponent_text = digits.substr(e + 1);
        bool negative = exponent_text[0] == '-';
        for (char c : exponent_text.substr(exponent_text[0] == '-' || exponent_text[0] == '+' ? 1 : 0)) {
            exponent = std::min(exponent * 10 + (c - '0'), 1'000'000'000'000LL);
        }
        if (negative) exponent = -exponent;
    }
    std::size_t point = std::min(mantissa.find('.'), mantissa.size());
    std::size_t first = mantissa.find_first_of("123456789");
    if (first == std::string_view::npos) return false;
    long long magnitude = first < point ? static_cast<long long>(point - first)
                                        : -static_cast<long long>(first - point - 1);
    return magnitude + exponent > 0;
}

double float_value(const Token& token) {
    std::string digits = without_underscores(token.text);
    double value = 0.0;
    auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (error == std::errc::result_out_of_range) {
        return overflows(digits) ? std::numeric_limits<double>::infinity() : 0.0;
    }
    return value;
}

// ---- strings ------------------------------------------------------------------------------

template <class Text>
constexpr bool k_is_bytes = std::is_same_v<Text, std::string>;

template <class Text>
void append_unit(Text& out, char32_t code_point) {
    if constexpr (k_is_bytes<Text>) {
        out += static_cast<char>(code_point & 0xFF);  // octal escapes above \377 wrap, as in Python 3.11
    } else {
        out += code_point;
    }
}

// Reads exactly `count` hex digits at body[pos + 2...] for \x, \u and \U.
char32_t hex_escape_value(const StringForm& form, std::size_t pos, std::size_t count, const char* truncated) {
    char32_t value = 0;
    for (std::size_t i = 0; i < count; ++i) {
        std::size_t at = pos + 2 + i;
        char c = at < form.body.size() ? form.body[at] : '\0';
        bool hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        if (!hex) throw LiteralFailure{form.body_offset + pos, truncated};
        value = value * 16 + digit_value(c);
    }
    return value;
}

char32_t simple_escape(char c) {
    switch (c) {
    case '\\': return '\\';
    case '\'': return '\'';
    case '"': return '"';
    case 'a': return '\a';
    case 'b': return '\b';
    case 'f': return '\f';
    case 'n': return '\n';
    case 'r': return '\r';
    case 't': return '\t';
    case 'v': return '\v';
    default: return 0xFFFFFFFF;
    }
}

std::size_t octal_escape(const StringForm& form, std::size_t pos, char32_t& value) {
    std::size_t length = 0;
    value = 0;
    while (length < 3 && pos + 1 + length < form.body.size()) {
        char c = form.body[pos + 1 + length];
        if (c < '0' || c > '7') break;
        value = value * 8 + static_cast<char32_t>(c - '0');
        ++length;
    }
    return 1 + length;
}

// Decodes the escape at body[pos] (a backslash) and returns the length it took. An unknown
// escape keeps its backslash and returns 1, leaving the next character to the caller.
template <class Text>
std::size_t append_escape(const StringForm& form, std::size_t pos, Text& out) {
    char c = form.body[pos + 1];  // the lexer never ends a body with a lone backslash
    if (c == '\n') return 2;      // a line continuation
    if (c == '\r') return form.body.substr(pos + 2, 1) == "\n" ? 3 : 2;
    if (char32_t simple = simple_escape(c); simple != 0xFFFFFFFF) {
        append_unit(out, simple);
        return 2;
    }
    if (c >= '0' && c <= '7') {
        char32_t value = 0;
        std::size_t length = octal_escape(form, pos, value);
        append_unit(out, value);
        return length;
    }
    if (c == 'x') {
        append_unit(out, hex_escape_value(form, pos, 2, "truncated \\xXX escape"));
        return 4;
    }
    if constexpr (!k_is_bytes<Text>) {
        if (c == 'u') {
            out += hex_escape_value(form, pos, 4, "truncated \\uXXXX escape");
            return 6;
        }
        if (c == 'U') {
            char32_t value = hex_escape_value(form, pos, 8, "truncated \\UXXXXXXXX escape");
            if (value > 0x10FFFF) throw LiteralFailure{form.body_offset + pos, "illegal Unicode character in \\U escape"};
            out += value;
            return 10;
        }
        if (c == 'N') {
            throw LiteralFailure{form.body_offset + pos,
                                 "\\N{...} escapes are not supported; write the character itself or a \\u escape"};
        }
    }
    append_unit(out, '\\');
    return 1;
}

// Appends one source character at body[pos]: newlines are normalised (\r\n and \r become
// \n, as Python's tokenizer does), non-ASCII text is decoded (str) or refused (bytes).
template <class Text>
std::size_t append_source_character(const StringForm& form, std::size_t pos, Text& out) {
    auto byte = static_cast<unsigned char>(form.body[pos]);
    if (byte == '\r') {
        out += '\n';
        return form.body.substr(pos + 1, 1) == "\n" ? 2 : 1;
    }
    if (byte < 0x80) {
        out += static_cast<typename Text::value_type>(byte);
        return 1;
    }
    if constexpr (k_is_bytes<Text>) {
        throw LiteralFailure{form.body_offset + pos, "bytes can only contain ASCII literal characters"};
    } else {
        std::size_t end = pos;
        auto code_point = decode_utf8_at(form.body, end);
        if (!code_point) throw LiteralFailure{form.body_offset + pos, "invalid UTF-8 in a string literal"};
        out += *code_point;
        return end - pos;
    }
}

template <class Text>
void append_literal(const StringForm& form, Text& out) {
    out.reserve(out.size() + form.body.size());
    std::size_t pos = 0;
    while (pos < form.body.size()) {
        if (form.body[pos] == '\\') {
            if (form.raw) {
                out += '\\';
                ++pos;
                if (pos < form.body.size()) pos += append_source_character(form, pos, out);  // the hidden character
            } else {
                pos += append_escape(form, pos, out);
            }
        } else {
            pos += append_source_character(form, pos, out);
        }
    }
}

}  // namespace

Value number_value(const Token& token, bool negative) {
    if (token.number == NumberForm::floating) {
        double value = float_value(token);
        return Value::floating(negative ? -value : value);
    }
    std::string digits = token.number == NumberForm::radix_int ? radix_int_decimal(token) : decimal_int_digits(token);
    if (negative && digits != "0") digits.insert(0, 1, '-');
    return Value::integer(std::move(digits));
}

void append_str_literal(const Token& token, std::u32string& out) { append_literal(token.string, out); }

void append_bytes_literal(const Token& token, std::string& out) { append_literal(token.string, out); }

}  // namespace autograde
