// UTF-8 encoding and decoding of single code points, for str values (value.h) and str
// literals (literal.h).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace autograde {

enum class Surrogates { reject, accept };

// Decodes the UTF-8 sequence that starts at text[pos] and moves `pos` past it. Returns
// nothing, and leaves `pos` alone, for a malformed sequence: a stray continuation byte, a
// truncated or overlong sequence, or a code point above U+10FFFF. Encoded surrogates
// (U+D800..U+DFFF) are malformed too unless `surrogates` is accept, the form to_utf8 writes.
std::optional<char32_t> decode_utf8_at(std::string_view text, std::size_t& pos,
                                       Surrogates surrogates = Surrogates::reject);

// Appends the UTF-8 form of one code point; a surrogate gets its 3-byte form and a value
// above U+10FFFF becomes U+FFFD.
void append_utf8(std::string& out, char32_t code_point);

}  // namespace autograde
