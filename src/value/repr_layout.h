// Where a part of a value appears in the value's repr: messages about a long value show a
// window of its repr around the part that differs. Private to the value model and grading.
#pragma once

#include <cstddef>
#include <optional>

#include "value/value.h"

namespace autograde {

// The byte offset in python_repr(root) at which the repr of `target` starts, where
// `target` points at `root` itself or at an item, dict key or dict value somewhere inside
// it (found by address, not by equality). Nothing when `target` is not part of `root`.
std::optional<std::size_t> repr_offset_of(const Value& root, const Value* target);

}  // namespace autograde
