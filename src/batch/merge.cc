#include "batch/merge.h"

#include <map>

#include "batch/batch_files.h"
#include "batch/file_bytes.h"
#include "util/diagnostic.h"

namespace autograde {
namespace {

namespace fs = std::filesystem;

[[noreturn]] void file_error(const fs::path& path, const std::string& message) {
    throw InputError({Diagnostic{.path = path.string(), .line = 0, .column = 0, .message = message, .source_line = ""}});
}

std::vector<BatchRow> read_rows(const fs::path& path) {
    std::error_code error;
    if (!fs::is_regular_file(path, error)) file_error(path, fs::exists(path, error) ? "not a regular file" : "no such file");
    std::optional<std::string> text = read_file_bytes(path);
    if (!text) file_error(path, "cannot read the file");
    JsonValue document;
    try {
        document = parse_json(*text);
    } catch (const JsonParseError& parse_error) {
        throw InputError({Diagnostic{.path = path.string(), .line = parse_error.line(), .column = parse_error.column(),
                                     .message = "not JSON: " + parse_error.reason(), .source_line = ""}});
    }
    try {
        return rows_from_batch_json(document);
    } catch (const JsonError& shape_error) {
        file_error(path, std::string("not the --json output of 'autograde grade': ") + shape_error.what());
    }
}

}  // namespace

std::vector<BatchRow> merge_batch_files(const std::vector<fs::path>& files) {
    std::vector<BatchRow> rows;
    std::map<std::pair<std::string, std::string>, fs::path> seen;  // (candidate, exercise) -> file
    for (const fs::path& path : files) {
        for (BatchRow& row : read_rows(path)) {
            auto [it, inserted] = seen.emplace(std::make_pair(row.candidate, row.result.exercise), path);
            if (!inserted)
                file_error(path, "candidate '" + row.candidate + "' has a result for " + row.result.exercise + " in " +
                                     it->second.string() + " too; merge takes the shards of one batch, each once");
            rows.push_back(std::move(row));
        }
    }
    sort_rows(rows);
    return rows;
}

}  // namespace autograde
