// Hashing that agrees with strictly_equal, and the pairing of equal elements that set,
// dict and unordered comparisons are built on. Private to the value model and grading.
#pragma once

#include <cstddef>
#include <vector>

#include "value/value.h"

namespace autograde {

// Values that are strictly_equal hash alike (nan and nan, 0.0 and -0.0, {1, 2} and {2, 1}).
std::size_t strict_hash(const Value& value);

// One element of a collection being matched: a set item (`second` null) or a dict entry
// (key, value). Two elements match when both parts are strictly_equal. Not owning.
struct ElementRef {
    const Value* first = nullptr;
    const Value* second = nullptr;
};

// Indices, in increasing order, of the elements left without a partner.
struct UnmatchedElements {
    std::vector<std::size_t> only_in_a;
    std::vector<std::size_t> only_in_b;
};

// Pairs each element of `a` with an equal, not yet paired element of `b`, as a multiset
// comparison does. Linear expected time (elements are bucketed by strict_hash of `first`).
UnmatchedElements unmatched_elements(const std::vector<ElementRef>& a, const std::vector<ElementRef>& b);

}  // namespace autograde
