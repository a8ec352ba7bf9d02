// What `autograde grade` (a batch) and `autograde merge` print and write: the summary
// table on stdout, and the --csv / --json files and the report files (batch_reports.h),
// each written atomically.
#pragma once

#include <optional>
#include <vector>

#include "batch/batch_row.h"
#include "batch/shard.h"
#include "cli/batch_reports.h"
#include "cli/command.h"

namespace autograde {

// Sorts `rows`, prints the table, writes the files the options and `reports` ask for.
// Throws InputError when a file cannot be written.
void write_batch_outputs(const CommandContext& context, std::vector<BatchRow>& rows, const std::optional<Shard>& shard,
                         const BatchReportRequest& reports);

// The exit code for rows that were all graded: 0 when each scored full marks, else 1.
int exit_code_for(const std::vector<BatchRow>& rows);

}  // namespace autograde
