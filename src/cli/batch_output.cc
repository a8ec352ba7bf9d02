#include "cli/batch_output.h"

#include <iostream>
#include <set>

#include "batch/batch_files.h"
#include "batch/summary_table.h"
#include "util/atomic_file.h"
#include "util/diagnostic.h"
#include "util/output_path.h"

namespace autograde {

void check_batch_output_paths(const CommandContext& context, const BatchReportRequest& reports,
                              const std::vector<std::filesystem::path>& inputs,
                              const std::set<std::filesystem::path>& exercise_dirs) {
    std::vector<std::pair<std::string, std::filesystem::path>> outputs;
    for (const char* option : {"--csv", "--json"})
        if (auto path = context.args.value(option)) {
            check_output_path(*path, inputs);
            outputs.emplace_back(option, *path);
        }
    if (reports.junit_file) {
        check_output_path(*reports.junit_file, inputs);
        outputs.emplace_back("--junit", *reports.junit_file);
    }
    if (reports.reports_dir) {
        check_output_folder(*reports.reports_dir);
        outputs.emplace_back("--reports", *reports.reports_dir);
    }
    for (const auto& [option, path] : outputs)
        for (const std::filesystem::path& dir : exercise_dirs) check_output_outside(path, dir, "the exercise's folder");
    for (std::size_t i = 0; i < outputs.size(); ++i)
        for (std::size_t j = 0; j < i; ++j)
            if (same_output_path(outputs[i].second, outputs[j].second))
                throw InputError(outputs[i].second.string(), "both " + outputs[j].first + " and " + outputs[i].first +
                                                                 " name this path; give each its own");
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
