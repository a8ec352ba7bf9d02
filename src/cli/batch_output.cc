#include "cli/batch_output.h"

#include <iostream>

#include "batch/batch_files.h"
#include "batch/summary_table.h"
#include "util/atomic_file.h"
#include "util/diagnostic.h"
#include "util/output_path.h"

namespace autograde {

void check_batch_output_paths(const CommandContext& context, const BatchReportRequest& reports,
                              const std::vector<std::filesystem::path>& inputs) {
    std::vector<std::pair<std::string, std::filesystem::path>> files;
    for (const char* option : {"--csv", "--json"})
        if (auto path = context.args.value(option)) files.emplace_back(option, *path);
    if (reports.junit_file) files.emplace_back("--junit", *reports.junit_file);
    for (std::size_t i = 0; i < files.size(); ++i) {
        check_output_path(files[i].second, inputs);
        for (std::size_t j = 0; j < i; ++j)
            if (std::filesystem::weakly_canonical(files[i].second) == std::filesystem::weakly_canonical(files[j].second))
                throw InputError(files[i].second.string(), "both " + files[j].first + " and " + files[i].first +
                                                               " name this file; give each its own");
    }
    std::error_code error;
    if (reports.reports_dir && std::filesystem::exists(*reports.reports_dir, error) &&
        !std::filesystem::is_directory(*reports.reports_dir, error))
        throw InputError(reports.reports_dir->string(), "--reports needs a folder, and this is a file");
}

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
