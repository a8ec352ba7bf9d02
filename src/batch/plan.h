// Planning a batch: which submission files are graded against which exercise, and under
// which candidate's name. Nothing is read or graded here beyond listing folders.
//
// Two shapes of batch:
// - one exercise (`autograde grade EXERCISE SUBMISSIONS...`): each SUBMISSION is a file
//   (of any name) or a folder, and every *.py below a folder (hidden ones skipped) (recursively, in name order) is one
//   candidate's submission. A candidate is named by the file's stem ("alice" for
//   alice.py); when two submissions share a stem, each of those is named by its path
//   without ".py" instead — relative to the folder it was found in ("alice/solution"), or
//   as given for a file named on the command line.
// - every exercise (`autograde grade --all CANDIDATE_DIRS...`): each folder is one
//   candidate, named by the folder; each *.py directly inside it names its exercise by its
//   stem, as `resolve_exercise` resolves a name: "01-list-vs-tuple", "01" or "list-vs-tuple".
//
// Problems with a candidate's files (a name that is no exercise, two files for the same
// exercise) are not fatal: they are collected, the rest is graded, and the run ends with a
// non-zero exit. Problems with the command line (a path that does not exist) throw.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace autograde {

// One submission to grade.
struct BatchJob {
    std::string candidate;
    std::filesystem::path exercise_dir;   // as resolve_exercise returned it
    std::string exercise_id;              // its folder's name, as the loader names it
    std::filesystem::path submission;     // the file to read
    std::string display_path;             // the file as reports show it (the path given or found)

    // The stable identity of a job, independent of the file system's listing order:
    // candidate, a NUL byte, then the exercise folder's name. Sharding sorts by it.
    std::string key() const;
};

struct BatchPlan {
    std::vector<BatchJob> jobs;         // sorted by key(), without duplicate keys
    std::vector<std::string> problems;  // one line each: "alice/13-nope.py: error: no exercise '13-nope' ... (skipped)"
};

// The one-exercise shape. Throws InputError for an input that is neither a file nor a
// folder, a file that does not end in .py, and two submissions that end up with the same
// candidate name (a file named twice).
BatchPlan plan_one_exercise(const std::filesystem::path& exercise_dir, const std::vector<std::filesystem::path>& inputs);

// The every-exercise shape; `exercises_dir` is where exercise names are resolved. Throws
// InputError for an input that is not a folder or two folders with the same name.
BatchPlan plan_all_exercises(const std::vector<std::filesystem::path>& candidate_dirs,
                             const std::filesystem::path& exercises_dir);

}  // namespace autograde
