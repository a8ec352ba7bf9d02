// ANSI terminal styles, applied only when colour is on (a terminal, not NO_COLOR).
#pragma once

#include <string>
#include <string_view>

namespace autograde {

enum class Style { bold, dim, red, green, yellow, cyan };

// `text` wrapped in the style's escape codes when `on`, unchanged otherwise.
std::string styled(std::string_view text, Style style, bool on);

}  // namespace autograde
