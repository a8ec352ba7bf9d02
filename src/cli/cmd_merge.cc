// autograde merge RESULTS.json...: join the --json files of a sharded batch (batch/merge.h)
// into one summary table and, with --csv / --json / --junit / --reports, one set of report
// files, as if the batch had run on one machine. Exit 0 when every result has full marks, 1 otherwise, 2
// for a file that is not a batch's --json output or a result found twice.
#include "batch/merge.h"
#include "cli/batch_output.h"

namespace autograde {

int run_merge(const CommandContext& context) {
    const auto& positionals = context.args.positionals();
    if (positionals.empty())
        throw UsageError("autograde merge: expected the --json files of 'autograde grade --shard' (see 'autograde merge --help')");
    const BatchReportRequest reports = batch_report_request(context, "merge");
    check_batch_output_paths(context, reports, {positionals.begin(), positionals.end()});
    std::vector<BatchRow> rows = merge_batch_files({positionals.begin(), positionals.end()});
    write_batch_outputs(context, rows, std::nullopt, reports);
    return exit_code_for(rows);
}

}  // namespace autograde
