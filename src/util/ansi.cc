#include "util/ansi.h"

namespace autograde {

std::string styled(std::string_view text, Style style, bool on) {
    if (!on) return std::string(text);
    const char* code = "";
    switch (style) {
        case Style::bold: code = "1"; break;
        case Style::dim: code = "2"; break;
        case Style::red: code = "31"; break;
        case Style::green: code = "32"; break;
        case Style::yellow: code = "33"; break;
        case Style::cyan: code = "36"; break;
    }
    return "\033[" + std::string(code) + "m" + std::string(text) + "\033[0m";
}

}  // namespace autograde
