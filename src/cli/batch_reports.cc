#include "cli/batch_reports.h"

#include <algorithm>
#include <sstream>

#include "cli/report_options.h"
#include "report/junit_reporter.h"
#include "util/atomic_file.h"
#include "util/diagnostic.h"
#include "util/parallel.h"
#include "util/text.h"

namespace autograde {
namespace {

namespace fs = std::filesystem;

// `text` cut at each `separator` ("a,,b" gives "a", "", "b"; "" gives one empty part).
std::vector<std::string> split(std::string_view text, char separator) {
    std::vector<std::string> parts;
    for (std::size_t start = 0;;) {
        const std::size_t end = text.find(separator, start);
        parts.emplace_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos) return parts;
        start = end + 1;
    }
}

// Every --format, each split at commas, in the order given, each format once.
std::vector<const ReporterEntry*> formats_option(const CommandContext& context, std::string_view command) {
    std::vector<const ReporterEntry*> formats;
    for (const std::string& value : context.args.values("--format")) {
        for (const std::string& name : split(value, ',')) {
            const ReporterEntry* entry = &format_entry(command, name);
            if (std::find(formats.begin(), formats.end(), entry) == formats.end()) formats.push_back(entry);
        }
    }
    return formats;
}

std::optional<fs::path> path_option(const CommandContext& context, std::string_view command, const std::string& name) {
    auto value = context.args.value(name);
    if (value && value->empty()) throw UsageError("autograde " + std::string(command) + ": " + name + " needs a path, not ''");
    return value ? std::optional<fs::path>(*value) : std::nullopt;
}

// A name that is one file or folder name: not empty, ".", "..", and without '/' or NUL.
bool is_plain_name(std::string_view name) {
    return !name.empty() && name != "." && name != ".." && name.find('/') == std::string_view::npos &&
           name.find('\0') == std::string_view::npos;
}

fs::path candidate_folder(const fs::path& dir, const BatchRow& row) {
    return report_folder(dir, row.candidate, row.result.exercise);
}

void create_folder(const fs::path& folder) {
    std::error_code error;
    fs::create_directories(folder, error);
    if (error) throw InputError(folder.string(), "cannot create the folder: " + error.message());
}

// Every row's report in every format. The folders are made first, one at a time; the
// files, each fsynced, are then written on a few threads (the time goes to fsync).
void write_row_reports(const BatchReportRequest& request, const std::vector<BatchRow>& rows) {
    std::vector<fs::path> folders;
    for (const BatchRow& row : rows) folders.push_back(candidate_folder(*request.reports_dir, row));
    create_folder(*request.reports_dir);
    for (std::size_t i = 0; i < folders.size(); ++i)
        if (i == 0 || folders[i] != folders[i - 1]) create_folder(folders[i]);  // rows are sorted by candidate
    std::vector<std::unique_ptr<Reporter>> reporters;
    for (const ReporterEntry* format : request.formats) reporters.push_back(format->make(request.options));
    parallel_for(rows.size(), hardware_threads(), [&](std::size_t i) {
        for (std::size_t f = 0; f < reporters.size(); ++f) {
            std::ostringstream text;
            reporters[f]->write(text, rows[i].result);
            const std::string name = rows[i].result.exercise + "." + std::string(request.formats[f]->file_suffix);
            write_file_atomically(folders[i] / name, text.str());
        }
    });
}

void write_junit(const fs::path& file, const std::vector<BatchRow>& rows) {
    std::vector<CandidateResult> results;
    for (const BatchRow& row : rows) results.push_back(CandidateResult{row.candidate, row.result});
    std::ostringstream xml;
    JunitReporter().write_candidates(xml, results);
    write_file_atomically(file, xml.str());
}

}  // namespace

fs::path report_folder(const fs::path& dir, const std::string& candidate, const std::string& exercise) {
    fs::path folder = dir;
    for (const std::string& part : split(candidate, '/')) {
        if (!is_plain_name(part))
            throw InputError(dir.string(), "cannot write the reports of candidate " + quote_for_log(candidate) +
                                               ": a candidate's name must be a relative path of plain names");
        folder /= part;
    }
    if (!is_plain_name(exercise))
        throw InputError(dir.string(), "cannot write the reports of exercise " + quote_for_log(exercise) +
                                           ": an exercise id must be a plain file name");
    return folder;
}

std::vector<OptionSpec> batch_report_option_specs() {
    return {
        {"--reports", "DIR", "write each report to DIR/CANDIDATE/EXERCISE.SUFFIX, once per --format"},
        {"--format", "FORMAT", "formats for --reports, comma-separated or repeated: " + format_names("|") + " (default: json)"},
        {"--gradescope-hidden", "VISIBILITY", "gradescope reports: hidden tests are after_published (the default) or hidden"},
        {"--junit", "FILE", "write one JUnit XML document for the whole batch to FILE, a suite per report"},
    };
}

BatchReportRequest batch_report_request(const CommandContext& context, std::string_view command) {
    BatchReportRequest request;
    request.reports_dir = path_option(context, command, "--reports");
    request.junit_file = path_option(context, command, "--junit");
    if (!request.reports_dir && !context.args.values("--format").empty())
        throw UsageError("autograde " + std::string(command) + ": --format needs --reports DIR (the folder for the report files)");
    if (!request.reports_dir && context.args.value("--gradescope-hidden"))
        throw UsageError("autograde " + std::string(command) +
                         ": --gradescope-hidden needs --reports DIR and --format gradescope (it shapes those files only)");
    request.formats = formats_option(context, command);
    if (request.reports_dir && request.formats.empty()) request.formats.push_back(&format_entry(command, "json"));
    request.options.color = false;
    request.options.gradescope_hidden = gradescope_hidden_option(context, command);
    return request;
}

void write_batch_reports(const BatchReportRequest& request, const std::vector<BatchRow>& rows) {
    if (request.junit_file) write_junit(*request.junit_file, rows);
    if (request.reports_dir) write_row_reports(request, rows);
}

}  // namespace autograde
