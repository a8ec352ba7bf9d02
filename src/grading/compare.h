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
    // When not equal: one or more lines for a person, values in Python repr. Short values:
    //   expected E, got G[: DETAIL]
    //   expected (1, 2), got [1, 2]: a list is not a tuple
    //   expected (1, 2, 3), got (1, 2, 4): first difference at [2]: expected 3, got 4
    //   expected {'a': 1}, got {'b': 1}: missing key 'a'; unexpected key 'b'
    //   expected [1, 2] in any order, got [3, 1]: missing element 2; unexpected element 3
    //   expected 1.5, got 1.6: off by 0.1, more than the tolerance 1e-06 (abs 1e-06, rel 1e-09)
    // When either repr is longer than 80 bytes, three lines: both reprs cut to a window of
    // about 80 bytes around the first difference ("..." where cut), then DETAIL:
    //   expected ...55, 56, 57, 58,...
    //        got ...55, 56, 99, 58,...
    //   first difference at [57]: expected 57, got 99
    // DETAIL is "first difference at PATH: expected e, got g[: NOTE]" for a difference
    // inside the values (PATH like [2]['key'][0]; dict keys and elements compare strictly),
    // or NOTE alone at the top. NOTE says why: "a bool is not an int" when the types differ,
    // "missing item 3 (got 2 items instead of 3)", "unexpected extra item ...", "missing/
    // unexpected key(s) ..." for dicts, "missing/unexpected element(s) ..." for sets and
    // unordered lists, the tolerance for an approx float, "they differ at index N" for long
    // str or bytes (shown as windows: ...'abc'...).
    std::string message;
};

Comparison compare_values(const Value& expected, const Value& got, const CompareOptions& options = {});

}  // namespace autograde
