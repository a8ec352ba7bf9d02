// python_repr: CPython 3.11's repr of the builtin types, byte for byte.
#include <array>
#include <charconv>
#include <cmath>
#include <string_view>

#include "value/repr_layout.h"
#include "value/unicode_printable.h"
#include "value/utf8.h"
#include "value/value.h"

namespace autograde {
namespace {

constexpr char k_hex_digits[] = "0123456789abcdef";

void append_hex(std::string& out, char32_t value, int digits) {
    for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) out += k_hex_digits[(value >> shift) & 0xF];
}

// Python's float repr: the shortest digits that round-trip, written in positional form
// when the decimal exponent is in [-4, 16) and in scientific form (1e+16, 1.5e-05) otherwise.
void append_float(std::string& out, double d) {
    if (std::isnan(d)) { out += "nan"; return; }
    if (std::isinf(d)) { out += d < 0 ? "-inf" : "inf"; return; }
    std::array<char, 64> buffer{};
    auto [end, error] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), d, std::chars_format::scientific);
    std::string_view scientific(buffer.data(), static_cast<std::size_t>(end - buffer.data()));  // "-1.25e-05"
    if (scientific.front() == '-') {
        out += '-';
        scientific.remove_prefix(1);
    }
    std::size_t e = scientific.find('e');
    std::string digits(scientific.substr(0, e));
    if (digits.size() > 1) digits.erase(1, 1);  // drop the '.'
    int exponent = 0;
    std::from_chars(scientific.data() + e + 2, scientific.data() + scientific.size(), exponent);
    if (scientific[e + 1] == '-') exponent = -exponent;

    int point = exponent + 1;  // digits before the decimal point
    auto count = static_cast<int>(digits.size());
    if (point <= -4 || point > 16) {
        out += digits[0];
        if (count > 1) out.append(".").append(digits, 1);
        out += exponent < 0 ? "e-" : "e+";
        if (std::abs(exponent) < 10) out += '0';
        out += std::to_string(std::abs(exponent));
    } else if (point <= 0) {
        out.append("0.").append(static_cast<std::size_t>(-point), '0').append(digits);
    } else if (point >= count) {
        out.append(digits).append(static_cast<std::size_t>(point - count), '0').append(".0");
    } else {
        out.append(digits, 0, static_cast<std::size_t>(point)).append(".").append(digits, static_cast<std::size_t>(point));
    }
}

// Single quotes, unless the text holds a single quote and no double quote (as Python does).
template <class Text>
char choose_quote(const Text& text) {
    bool has_single = false, has_double = false;
    for (auto c : text) {
        has_single = has_single || c == '\'';
        has_double = has_double || c == '"';
    }
    return has_single && !has_double ? '"' : '\'';
}

// The escapes str and bytes share; false when `c` needs the type's own treatment.
bool append_common_escape(std::string& out, char32_t c, char quote) {
    switch (c) {
    case '\\': out += "\\\\"; return true;
    case '\t': out += "\\t"; return true;
    case '\n': out += "\\n"; return true;
    case '\r': out += "\\r"; return true;
    default: break;
    }
    if (c == static_cast<char32_t>(quote)) {
        out.append(1, '\\').append(1, quote);
        return true;
    }
    if (c < 0x20 || c == 0x7F) {
        out += "\\x";
        append_hex(out, c, 2);
        return true;
    }
    return false;
}

void append_str(std::string& out, const std::u32string& text) {
    char quote = choose_quote(text);
    out += quote;
    for (char32_t c : text) {
        if (append_common_escape(out, c, quote)) continue;
        if (c < 0x7F || is_printable_code_point(c)) {
            append_utf8(out, c);
        } else {
            out += c <= 0xFF ? "\\x" : c <= 0xFFFF ? "\\u" : "\\U";
            append_hex(out, c, c <= 0xFF ? 2 : c <= 0xFFFF ? 4 : 8);
        }
    }
    out += quote;
}

void append_bytes(std::string& out, const std::string& bytes) {
    char quote = choose_quote(bytes);
    out += "b";
    out += quote;
    for (char byte : bytes) {
        auto c = static_cast<unsigned char>(byte);
        if (append_common_escape(out, c, quote)) continue;
        if (c < 0x7F) {
            out += byte;
        } else {
            out += "\\x";
            append_hex(out, c, 2);
        }
    }
    out += quote;
}

void append_repr(std::string& out, const Value& value);

// `open` items `close`, items separated by ", "; a 1-tuple gets its trailing comma.
void append_items(std::string& out, const Value& value, std::string_view open, std::string_view close) {
    out += open;
    const auto& items = value.items();
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += ", ";
        append_repr(out, items[i]);
    }
    if (value.kind() == Value::Kind::tuple && items.size() == 1) out += ',';
    out += close;
}

void append_dict(std::string& out, const Value& dict) {
    out += '{';
    bool first = true;
    for (auto [key, value] : dict.entries()) {
        if (!first) out += ", ";
        first = false;
        append_repr(out, *key);
        out += ": ";
        append_repr(out, *value);
    }
    out += '}';
}

void append_repr(std::string& out, const Value& value) {
    switch (value.kind()) {
    case Value::Kind::none: out += "None"; break;
    case Value::Kind::boolean: out += value.as_bool() ? "True" : "False"; break;
    case Value::Kind::integer: out += value.as_integer(); break;
    case Value::Kind::floating: append_float(out, value.as_float()); break;
    case Value::Kind::str: append_str(out, value.as_str()); break;
    case Value::Kind::bytes: append_bytes(out, value.as_bytes()); break;
    case Value::Kind::list: append_items(out, value, "[", "]"); break;
    case Value::Kind::tuple: append_items(out, value, "(", ")"); break;
    case Value::Kind::dict: append_dict(out, value); break;
    case Value::Kind::set:
        if (value.items().empty()) out += "set()";
        else append_items(out, value, "{", "}");
        break;
    case Value::Kind::frozenset:
        if (value.items().empty()) out += "frozenset()";
        else append_items(out, value, "frozenset({", "})");
        break;
    case Value::Kind::opaque: out.append("<").append(value.opaque_type()).append(" object>"); break;
    }
}

// The length of what precedes the first item in a non-empty container's repr.
std::size_t opening_length(const Value& container) {
    return container.kind() == Value::Kind::frozenset ? std::string_view("frozenset({").size() : 1;
}

// Walks `value`, whose repr starts at `offset`, looking for `target` (see repr_layout.h).
bool find_offset(const Value& value, const Value* target, std::size_t& offset) {
    if (&value == target) return true;
    if (value.items().empty()) return false;
    offset += opening_length(value);
    const auto& items = value.items();
    for (const Value& item : items) {
        if (find_offset(item, target, offset)) return true;
        // Then ", " after an item, or ": " between a dict key and its value: 2 bytes either way.
        offset += python_repr(item).size() + 2;
    }
    return false;
}

}  // namespace

std::string python_repr(const Value& value) {
    std::string out;
    append_repr(out, value);
    return out;
}

std::optional<std::size_t> repr_offset_of(const Value& root, const Value* target) {
    std::size_t offset = 0;
    if (find_offset(root, target, offset)) return offset;
    return std::nullopt;
}

}  // namespace autograde
