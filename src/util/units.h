// Durations and sizes as users write them in exercise files: "2s", "500ms", "1.5s",
// "256MiB", "64KiB", "1GiB", "512MB", "100B".
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string_view>

namespace autograde {

// Units: ms, s, m (minutes). A number is required before the unit; no unit is an error.
std::optional<std::chrono::milliseconds> parse_duration(std::string_view text);

// Units: B, KiB, MiB, GiB (powers of 1024) and KB, MB, GB (powers of 1000).
std::optional<std::uint64_t> parse_size(std::string_view text);

}  // namespace autograde
