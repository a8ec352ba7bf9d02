// Walking UTF-8 text that may be invalid, the way the writers of JSON and XML need it:
// each invalid stretch becomes one U+FFFD, as Unicode recommends and Python does.
#pragma once

#include <cstddef>
#include <string_view>

namespace autograde {

constexpr std::string_view k_utf8_replacement = "\xEF\xBF\xBD";  // U+FFFD

// The length of the UTF-8 sequence that starts at text[i] when it is valid (1 to 4,
// `valid` true: no overlong forms, no surrogates, nothing above U+10FFFF); otherwise the
// length of its longest valid-looking beginning (at least 1), to be replaced by U+FFFD.
struct Utf8Step {
    std::size_t length;
    bool valid;
};

Utf8Step next_utf8(std::string_view text, std::size_t i);

}  // namespace autograde
