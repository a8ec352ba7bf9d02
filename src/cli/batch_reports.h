// The report files of `autograde grade` and `autograde merge` in the formats of `submit`
// (report/reporter.h): one file per row and format, and one JUnit document for the batch.
//
//   --reports DIR      each row's report in each --format, to DIR/CANDIDATE/EXERCISE.SUFFIX,
//                      SUFFIX from the reporter table (txt, json, junit.xml, gradescope.json,
//                      exercism.json, github.txt). A candidate named alice/solution gives the
//                      folder DIR/alice/solution/. Folders are created as needed; text is
//                      written without colour.
//   --format F[,F...]  the formats for --reports; repeatable; json when not given.
//   --gradescope-hidden VISIBILITY   as in `submit`.
//   --junit FILE       one JUnit XML document, a <testsuite> per row in the rows' order,
//                      named CANDIDATE/EXERCISE with a "candidate" property
//                      (JunitReporter::write_candidates).
//
// Written like --csv and --json (batch_output.h): only when the batch is complete, each
// file atomically (util/atomic_file.h). Reporters hold only what a GradeResult holds, so
// hidden tests stay hidden here too.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "batch/batch_row.h"
#include "cli/command.h"
#include "report/reporter.h"

namespace autograde {

struct BatchReportRequest {
    std::optional<std::filesystem::path> reports_dir;  // --reports; none: no per-row files
    std::vector<const ReporterEntry*> formats;         // each once, in the order given; empty without --reports
    ReportOptions options;                             // never colour; --gradescope-hidden
    std::optional<std::filesystem::path> junit_file;   // --junit
};

// The options above, for the table in commands.cc.
std::vector<OptionSpec> batch_report_option_specs();

// Reads the options of `command` ("grade", "merge"). Throws UsageError for an unknown
// format (naming the closest), --format without --reports, or a bad --gradescope-hidden.
// Call it before grading, so that a typo costs no time.
BatchReportRequest batch_report_request(const CommandContext& context, std::string_view command);

// DIR/CANDIDATE (a folder per '/' in the name), where a row's report files go. Throws
// InputError naming DIR when the candidate or exercise is no relative path of plain names
// (empty, ".", "..": names from a merged file are not trusted to stay in DIR).
std::filesystem::path report_folder(const std::filesystem::path& dir, const std::string& candidate,
                                    const std::string& exercise);

// Writes the files `request` asks for, for `rows` in their order (sort them first). Throws
// InputError naming the path ("DIR/alice: error: cannot create the folder: ...") when a
// folder or file cannot be written, or when a row's candidate or exercise is no relative
// path (empty, ".", "..", absolute: names from a merged file are not trusted to stay in DIR).
void write_batch_reports(const BatchReportRequest& request, const std::vector<BatchRow>& rows);

}  // namespace autograde
