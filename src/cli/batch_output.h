// What `autograde grade` (a batch) and `autograde merge` print and write: the summary
// table on stdout, and the --csv / --json files and the report files (batch_reports.h),
// each written atomically.
#pragma once

#include <filesystem>
#include <optional>
#include <set>
#include <vector>

#include "batch/batch_row.h"
#include "batch/shard.h"
#include "cli/batch_reports.h"
#include "cli/command.h"

namespace autograde {

// Before any work: checks that every output file (--csv, --json, --junit) can be written
// and is none of `inputs` (the submissions and exercises, or merge's result files), that
// the --reports folder can be made or written, and that no two outputs are the same
// path, and that none of them is inside one of `exercise_dirs` (where it could replace a
// solution.py or a wrong/ file). Throws InputError naming the path.
void check_batch_output_paths(const CommandContext& context, const BatchReportRequest& reports,
                              const std::vector<std::filesystem::path>& inputs,
                              const std::set<std::filesystem::path>& exercise_dirs = {});

// Sorts `rows`, prints the table, writes the files the options and `reports` ask for.
// Throws InputError when a file cannot be written.
void write_batch_outputs(const CommandContext& context, std::vector<BatchRow>& rows, const std::optional<Shard>& shard,
                         const BatchReportRequest& reports);

// The exit code for rows that were all graded: 0 when each scored full marks, else 1.
int exit_code_for(const std::vector<BatchRow>& rows);

}  // namespace autograde
