// Numbers and sentences that the junit, gradescope, exercism and github reporters share,
// so that a test's explanation reads the same in every format.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "grading/result.h"

namespace autograde {

// "syntax error", "import error", "time limit exceeded while importing", ...
std::string_view status_sentence(SubmissionStatus status);

// Tests whose verdict is passed.
std::size_t passed_count(const GradeResult& result);

// `value` with at most `decimals` decimals and no trailing zeros: 3, 2.5, 0.001. Halves
// round away from zero; NaN and infinities print as 0 (a time or score that was never
// measured), -0 as 0.
std::string format_decimal(double value, int decimals);

// "score: 2/11 (18%) — 2 of 9 tests passed"; 100% only for full marks.
std::string score_sentence(const GradeResult& result);

// Why a test did not pass, for a person, in a few lines (empty when there is nothing to
// say). A visible test: its message, then "call: ...", "expected: ..." and "got: ..."
// when known. A hidden test: its message only, which the judge has already reduced to
// the kind of failure; a hidden test's call, expected value, value and output are never
// used, even when the result wrongly holds them.
std::string test_explanation(const TestResult& test);

// The first `max_chars` code points of `utf8` (which must be valid UTF-8), and when it
// was longer, `marker` instead of the rest, within `max_chars` in all when it fits.
std::string cut_to_chars(std::string_view utf8, std::size_t max_chars, std::string_view marker);

}  // namespace autograde
