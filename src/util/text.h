// Small text helpers that know nothing of autograde.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace autograde {

// Levenshtein distance, in bytes.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word` when it is a plausible typo (distance at most a third
// of the word's length, and at least 1), for "did you mean 'expect'?" hints. Here a swap
// of two adjacent bytes counts as one edit ("titel" is one edit from "title"); on a tie
// the earlier candidate wins.
std::optional<std::string> closest_match(std::string_view word, const std::vector<std::string>& candidates);

// Text a user or candidate controls, made safe to show on one line: quotes it and escapes
// control characters, and cuts it at `max_bytes` with "...".
std::string quote_for_log(std::string_view text, std::size_t max_bytes = 200);

}  // namespace autograde
