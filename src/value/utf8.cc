#include "value/utf8.h"

#include "value/value.h"

namespace autograde {
namespace {

// The length of a sequence from its lead byte and the bits the lead byte contributes;
// 0 when the byte cannot start a sequence.
std::size_t sequence_length(unsigned char lead, char32_t& bits) {
    if (lead < 0x80) { bits = lead; return 1; }
    if ((lead & 0xE0) == 0xC0) { bits = lead & 0x1F; return 2; }
    if ((lead & 0xF0) == 0xE0) { bits = lead & 0x0F; return 3; }
    if ((lead & 0xF8) == 0xF0) { bits = lead & 0x07; return 4; }
    return 0;
}

}  // namespace

std::optional<char32_t> decode_utf8_at(std::string_view text, std::size_t& pos, Surrogates surrogates) {
    if (pos >= text.size()) return std::nullopt;
    char32_t code_point = 0;
    std::size_t length = sequence_length(static_cast<unsigned char>(text[pos]), code_point);
    if (length == 0 || text.size() - pos < length) return std::nullopt;
    for (std::size_t i = 1; i < length; ++i) {
        auto byte = static_cast<unsigned char>(text[pos + i]);
        if ((byte & 0xC0) != 0x80) return std::nullopt;
        code_point = (code_point << 6) | (byte & 0x3F);
    }
    static constexpr char32_t k_smallest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (code_point < k_smallest[length] || code_point > 0x10FFFF) return std::nullopt;
    if (surrogates == Surrogates::reject && code_point >= 0xD800 && code_point <= 0xDFFF) return std::nullopt;
    pos += length;
    return code_point;
}

void append_utf8(std::string& out, char32_t code_point) {
    if (code_point > 0x10FFFF) code_point = 0xFFFD;
    if (code_point < 0x80) {
        out += static_cast<char>(code_point);
    } else if (code_point < 0x800) {
        out += static_cast<char>(0xC0 | (code_point >> 6));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    } else if (code_point < 0x10000) {
        out += static_cast<char>(0xE0 | (code_point >> 12));
        out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (code_point >> 18));
        out += static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    }
}

std::string to_utf8(const std::u32string& code_points) {
    std::string out;
    out.reserve(code_points.size());
    for (char32_t c : code_points) append_utf8(out, c);
    return out;
}

// Lenient on purpose (tests and messages): a malformed byte becomes U+FFFD, and encoded
// surrogates decode so that str_utf8(to_utf8(s)) gives s back.
Value Value::str_utf8(std::string_view utf8) {
    std::u32string code_points;
    code_points.reserve(utf8.size());
    std::size_t pos = 0;
    while (pos < utf8.size()) {
        if (auto c = decode_utf8_at(utf8, pos, Surrogates::accept)) {
            code_points += *c;
        } else {
            code_points += U'\uFFFD';
            ++pos;
        }
    }
    return str(std::move(code_points));
}

}  // namespace autograde
