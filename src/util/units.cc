#include "util/units.h"

#include <charconv>
#include <cmath>
#include <string>

namespace autograde {
namespace {

struct Unit {
    std::string_view name;
    double factor;  // milliseconds or bytes per unit
};

constexpr Unit k_duration_units[] = {{"ms", 1.0}, {"s", 1000.0}, {"m", 60'000.0}};

constexpr Unit k_size_units[] = {
    {"B", 1.0},         {"KiB", 1024.0},    {"MiB", 1048576.0}, {"GiB", 1073741824.0},
    {"KB", 1000.0},     {"kB", 1000.0},     {"MB", 1e6},        {"GB", 1e9},
};

// Largest results we hand out; far beyond any limit the loader accepts, but small enough
// that the conversion to an integer is exact and cannot overflow.
constexpr double k_max_result = 1e15;

std::string_view trim(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos) return {};
    const auto last = text.find_last_not_of(" \t");
    return text.substr(first, last - first + 1);
}

// "<digits>[.<digits>] [unit]" with at least one digit; spaces between number and unit
// are allowed. The number times the unit's factor, or nothing.
template <std::size_t N>
std::optional<double> parse_quantity(std::string_view text, const Unit (&units)[N]) {
    text = trim(text);
    std::size_t end = 0;
    bool has_digit = false;
    bool has_point = false;
    for (; end < text.size(); ++end) {
        const char c = text[end];
        if (c >= '0' && c <= '9') has_digit = true;
        else if (c == '.' && !has_point) has_point = true;
        else break;
    }
    if (!has_digit) return std::nullopt;
    double number = 0;
    const auto [stop, error] = std::from_chars(text.data(), text.data() + end, number, std::chars_format::fixed);
    if (error != std::errc() || stop != text.data() + end) return std::nullopt;

    const std::string_view unit_name = trim(text.substr(end));
    for (const Unit& unit : units) {
        if (unit.name != unit_name) continue;
        const double result = number * unit.factor;
        if (!std::isfinite(result) || result > k_max_result) return std::nullopt;
        return result;
    }
    return std::nullopt;
}

}  // namespace

std::optional<std::chrono::milliseconds> parse_duration(std::string_view text) {
    const auto milliseconds = parse_quantity(text, k_duration_units);
    if (!milliseconds) return std::nullopt;
    return std::chrono::milliseconds(std::llround(*milliseconds));
}

std::optional<std::uint64_t> parse_size(std::string_view text) {
    const auto bytes = parse_quantity(text, k_size_units);
    if (!bytes) return std::nullopt;
    return static_cast<std::uint64_t>(std::llround(*bytes));
}

}  // namespace autograde
