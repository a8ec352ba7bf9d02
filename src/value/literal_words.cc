#include "value/literal_words.h"

#include <algorithm>
#include <limits>
#include <vector>

namespace autograde {
namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Damerau-style distance (an adjacent swap counts once) between two short words, ignoring
// case: "Ture" is 1 away from "True".
std::size_t typo_distance(std::string_view a, std::string_view b) {
    std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
    for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
    for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t substitution = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + substitution});
            if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) && lower(a[i - 2]) == lower(b[j - 1])) {
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
    }
    return d[a.size()][b.size()];
}

bool is_space(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

}  // namespace

std::optional<std::string_view> intended_literal(std::string_view name) {
    std::string lowered(name);
    std::transform(lowered.begin(), lowered.end(), lowered.begin(), lower);
    if (lowered == "null" || lowered == "nil" || lowered == "nul" || lowered == "undefined") return "None";
    if (lowered == "nan") return "nan";
    if (lowered == "inf" || lowered == "infinity") return "inf";
    constexpr std::size_t k_shortest = 3, k_longest = 6;  // shorter words resemble too much
    if (name.size() < k_shortest || name.size() > k_longest) return std::nullopt;
    for (std::string_view constant : {"True", "False", "None"}) {
        if (typo_distance(name, constant) <= 1) return constant;
    }
    return std::nullopt;
}

std::string quoted_name(std::string_view name) {
    constexpr std::size_t k_longest = 40;
    std::string quoted = "'";
    quoted.append(name.substr(0, k_longest)).append(name.size() > k_longest ? "...'" : "'");
    return quoted;
}

std::optional<double> special_float(const std::u32string& text) {
    std::size_t first = 0, last = text.size();
    while (first < last && is_space(text[first])) ++first;
    while (last > first && is_space(text[last - 1])) --last;
    std::string word;
    for (std::size_t i = first; i < last; ++i) {
        if (text[i] > 0x7F) return std::nullopt;
        word += lower(static_cast<char>(text[i]));
    }
    double sign = 1.0;
    if (!word.empty() && (word[0] == '-' || word[0] == '+')) {
        sign = word[0] == '-' ? -1.0 : 1.0;
        word.erase(0, 1);
    }
    if (word == "inf" || word == "infinity") return sign * std::numeric_limits<double>::infinity();
    if (word == "nan") return std::numeric_limits<double>::quiet_NaN();
    return std::nullopt;
}

}  // namespace autograde
