// Finding exercises: the exercise folders under an exercises folder, and the one a user
// names on the command line (`autograde submit 01 solution.py`).
#pragma once

#include <filesystem>
#include <string_view>
#include <vector>

namespace autograde {

// The sub-folders of `exercises_dir` that hold an exercise.yaml (of any kind: a broken
// link or a FIFO is listed, for loading to report), as exercises_dir/name,
// sorted by name. Empty when `exercises_dir` does not exist or cannot be read.
std::vector<std::filesystem::path> list_exercise_dirs(const std::filesystem::path& exercises_dir);

// The exercise a user means by `name_or_path`:
// - a path to an exercise folder or to an exercise.yaml, used as it is, when it exists
//   (a bare word such as "exercises" that is a folder without exercise.yaml is not one);
// - otherwise a folder of `exercises_dir`, named by its full name ("01-list-vs-tuple"),
//   its number ("01" or "1") or its slug ("list-vs-tuple").
// Throws InputError when nothing matches (with a did-you-mean and the ids there are) and
// when a number or slug names more than one folder.
std::filesystem::path resolve_exercise(std::string_view name_or_path, const std::filesystem::path& exercises_dir);

}  // namespace autograde
