// Checking, before any work is done, that a file the user asked us to write can be
// written and replaces nothing they gave us. A batch that runs for an hour must not find
// out at the end that `--csv` names a missing folder, and a report must never be written
// over the submission or exercise it came from.
#pragma once

#include <filesystem>
#include <vector>

namespace autograde {

// Throws InputError naming `path` ("path: error: ...") when: its folder does not exist
// or is not writable; it is a folder; it exists and cannot be written; or it is the same
// file as one of `inputs` (compared by file identity, so links and other spellings of an
// input are caught). Nothing is created.
void check_output_path(const std::filesystem::path& path, const std::vector<std::filesystem::path>& inputs);

}  // namespace autograde
