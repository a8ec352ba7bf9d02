#include "cli/batch_output.h"

#include <iostream>

#include "batch/batch_files.h"
#include "batch/summary_table.h"
#include "util/atomic_file.h"

namespace autograde {

void write_batch_outputs(const CommandContext& context, std::vector<BatchRow>& rows, const std::optional<Shard>& shard,
                         const BatchReportRequest& reports) {
    sort_rows(rows);
    write_summary_table(std::cout, rows, context.color);
    std::cout.flush();
    if (auto csv = context.args.value("--csv")) write_file_atomically(*csv, batch_csv(rows));
    if (auto json = context.args.value("--json")) write_file_atomically(*json, batch_json(rows, shard));
    write_batch_reports(reports, rows);
}

int exit_code_for(const std::vector<BatchRow>& rows) { return all_full_score(rows) ? k_exit_full_score : k_exit_below_full; }

}  // namespace autograde
