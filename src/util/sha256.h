// SHA-256 (FIPS 180-4) of a byte string, as 64 lower-case hex digits. Used to name a
// submission in reports and to key cached results by content.
#pragma once

#include <string>
#include <string_view>

namespace autograde {

std::string sha256_hex(std::string_view bytes);

}  // namespace autograde
