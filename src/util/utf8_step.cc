#include "util/utf8_step.h"

namespace autograde {

Utf8Step next_utf8(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    if (lead < 0x80) return {1, true};
    std::size_t length = 0;
    unsigned char low = 0x80, high = 0xBF;  // the range allowed for the second byte
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0) low = 0xA0;   // no overlong forms
        if (lead == 0xED) high = 0x9F;  // no surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0) low = 0x90;   // no overlong forms
        if (lead == 0xF4) high = 0x8F;  // nothing above U+10FFFF
    } else {
        return {1, false};
    }
    if (i + 1 >= text.size() || byte(i + 1) < low || byte(i + 1) > high) return {1, false};
    for (std::size_t k = 2; k < length; ++k) {
        if (i + k >= text.size() || byte(i + k) < 0x80 || byte(i + k) > 0xBF) return {k, false};
    }
    return {length, true};
}

}  // namespace autograde
