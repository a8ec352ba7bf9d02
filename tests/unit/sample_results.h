// GradeResults that the reporter tests print: what the grader hands a reporter in the
// situations a user meets.
#pragma once

#include "grading/result.h"

namespace autograde::testing {

// Graded, below full score: a test of every verdict, visible and hidden, weights 1 and 2.
GradeResult mixed_result();

// The module did not compile: a syntax error, every test not run.
GradeResult syntax_error_result();

// Every test passed; all weights 1.
GradeResult full_score_result();

// Strings a hostile submission controls, full of escape sequences, control characters and
// invalid UTF-8; and a hidden test whose result wrongly holds "SECRET" in every field.
GradeResult hostile_result();

}  // namespace autograde::testing
