// Checking, before any work is done, that a file the user asked us to write can be
// written and replaces nothing they gave us. A batch that runs for an hour must not find
// out at the end that `--csv` names a missing folder, and a report must never be written
// over the submission or exercise it came from.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace autograde {

// Throws InputError naming `path` ("path: error: ...") when: it is empty; its folder does
// not exist or is not writable (the file is written beside itself and renamed over); it
// is a folder or another non-regular file (a device such as /dev/stdout would be replaced);
// or it is the same file as one of `inputs` (compared by file identity, so links and other
// spellings of an input are caught). Nothing is created.
void check_output_path(const std::filesystem::path& path, const std::vector<std::filesystem::path>& inputs);

// Throws InputError naming `path` when it is inside `folder` (however spelled, through
// links too, whether or not it exists yet): a report must not land among the files it
// was made from (an exercise's solution.py, wrong/x.py). `what` names the folder in the
// message: "the exercise's folder".
void check_output_outside(const std::filesystem::path& path, const std::filesystem::path& folder, const std::string& what);

// For a folder of output files (made as needed): throws InputError naming `path` when it
// is empty, is a file, or its nearest existing ancestor is not a writable folder.
void check_output_folder(const std::filesystem::path& path);

// Whether two output paths name the same file, however spelled ("a.csv", "./a.csv", a
// path through a linked folder), whether or not it exists yet.
bool same_output_path(const std::filesystem::path& a, const std::filesystem::path& b);

}  // namespace autograde
