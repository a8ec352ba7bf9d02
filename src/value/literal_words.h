// What the words in a literal mean: a mistyped constant's intended spelling for "did you
// mean" hints, and the text float('...') accepts for inf and nan.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace autograde {

// The literal a name was probably meant to be: true -> True, Flase -> False, null -> None,
// NaN -> nan, Infinity -> inf. Nothing for a name that resembles none of them.
std::optional<std::string_view> intended_literal(std::string_view name);

// A name quoted for a message, cut after 40 bytes.
std::string quoted_name(std::string_view name);

// The float of float('inf'), float(' -Infinity'), float('nan') (case-insensitive, with a
// sign and surrounding whitespace, as float() reads them). Nothing for any other text.
std::optional<double> special_float(const std::u32string& text);

}  // namespace autograde
