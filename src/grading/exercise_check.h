// `autograde check`: proving an exercise is sound, as its author needs it. The exercise
// loads; solution.py scores full marks; starter.py loads and scores below full marks;
// every file in wrong/ scores below full marks (and we say which tests caught it); and
// every test is failed by at least one wrong solution, or is named as never failing (a
// warning, not a failure).
//
// This is an author's tool: its results include hidden tests' names.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "exercise/model.h"
#include "grading/grader.h"

namespace autograde {

struct SubmissionCheck {
    enum class Role { solution, starter, wrong };
    Role role = Role::wrong;
    std::string label;               // "solution.py", "wrong/off_by_one.py"
    GradeResult result;
    bool ok = false;                 // the role's expectation holds
    std::string problem;             // when not ok: what is wrong, for the author
    std::vector<std::string> caught_by;  // wrong and starter: the tests that did not pass
};

struct ExerciseCheck {
    std::string exercise;                      // id
    std::vector<SubmissionCheck> submissions;  // solution, starter, then wrong/ sorted by name
    std::vector<std::string> problems;         // missing files and the like
    std::vector<std::string> never_failing;    // tests no wrong solution fails (warning)
    double seconds = 0;

    bool ok() const;
};

// Grades the exercise's own submissions, `jobs` at a time.
ExerciseCheck check_exercise(const Exercise& exercise, const GradeOptions& options, unsigned jobs);

}  // namespace autograde
