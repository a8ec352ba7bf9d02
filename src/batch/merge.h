// `autograde merge`: joining the --json files of a sharded batch into one set of rows.
//
// A candidate's result for an exercise may appear once across all the files. Shards of
// one batch never overlap, so a second occurrence means files of different batches (or
// one file given twice) were mixed; that is an error naming both files, rather than a
// silent choice of one result ("last wins" would hide the mix-up).
#pragma once

#include <filesystem>
#include <vector>

#include "batch/batch_row.h"

namespace autograde {

// The rows of every file, sorted (sort_rows). Throws InputError ("FILE: error: ...") when
// a file cannot be read or is not a batch --json file, and on a duplicate.
std::vector<BatchRow> merge_batch_files(const std::vector<std::filesystem::path>& files);

}  // namespace autograde
