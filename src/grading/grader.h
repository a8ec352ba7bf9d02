// Grading one submission against one exercise, end to end: import it once in a sandbox,
// run every test, visible ones first (restarting the sandbox after a test that killed
// it), judge each observation, and score; the report lists tests in the exercise's order. The one entry point the CLI and the Python module call.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "exercise/model.h"
#include "grading/result.h"
#include "sandbox/tier.h"
#include "sandbox/workdir.h"

namespace autograde {

struct Submission {
    std::string display_path;  // as the user named it, for reports
    std::string bytes;         // the file's content (it is copied into the sandbox)
};

// Reads a submission file. Throws InputError when it cannot be read or is not a file.
Submission read_submission(const std::filesystem::path& path);

struct GradeOptions {
    std::filesystem::path python = AUTOGRADE_PYTHON;
    std::optional<SandboxUser> user;  // run the sandbox as this user (needs root)
    SandboxMode mode = SandboxMode::best;  // which tier (sandbox/tier.h)
};

// The options for this machine: /usr/bin/python3, and `nobody` when we are root.
GradeOptions default_grade_options();

// Throws SandboxError when the sandbox cannot be set up (or `strict` cannot have tier A);
// a candidate's failure of any
// kind is a result, never an exception.
GradeResult grade(const Exercise& exercise, const Submission& submission, const GradeOptions& options);

}  // namespace autograde
