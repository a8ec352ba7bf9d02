// Comparing an observed value with the expected one, as a test asks for it.
//
// exact:     strictly_equal (value.h) — type-strict all the way down.
// approx:    like exact, but any float in `expected` matches a float at the same place
//            in `got` when |got - expected| <= max(abs, rel * |expected|); nan matches
//            nan; inf matches only the same inf. Ints still compare exactly.
// unordered: the top-level list or tuple of `got` must be a permutation of `expected`
//            (a multiset comparison); its elements compare as above.
#pragma once

#include <optional>
#include <string>

#include "exercise/model.h"
#include "value/value.h"

namespace autograde {

struct Comparison {
    bool equal = false;
    // When not equal: one or more lines for a person, e.g.
    //   expected (1, 2), got [1, 2]: a list is not a tuple
    //   expected (1, 2, 3), got (1, 2, 4): first difference at [2]: expected 3, got 4
    // Long values are shortened around the first difference.
    std::string message;
};

Comparison compare_values(const Value& expected, const Value& got, const CompareOptions& options = {});

}  // namespace autograde
