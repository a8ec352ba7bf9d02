#include "batch/cache.h"

#include <cstdlib>
#include <sstream>

#include "batch/file_bytes.h"
#include "report/json_reporter.h"
#include "report/result_json.h"
#include "util/atomic_file.h"
#include "util/diagnostic.h"
#include "util/sha256.h"

namespace autograde {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view k_cache_format = "autograde-result-cache-2";  // 2: review notes, redacted hidden tests

// Each field as its length, ':', its bytes, ';' — so that ("ab", "c") and ("a", "bc") differ.
void append_field(std::string& out, std::string_view field) {
    out += std::to_string(field.size());
    out += ':';
    out += field;
    out += ';';
}

void append_list(std::string& out, const std::vector<std::string>& items) {
    append_field(out, std::to_string(items.size()));
    for (const std::string& item : items) append_field(out, item);
}

}  // namespace

std::string cache_key(const CacheKeyInputs& inputs) {
    std::string material;
    for (std::string_view field : {k_cache_format, std::string_view(AUTOGRADE_VERSION), std::string_view(inputs.harness_sha256),
                                   std::string_view(inputs.exercise_id), std::string_view(inputs.exercise_yaml),
                                   std::string_view(inputs.submission_path), std::string_view(inputs.submission_bytes),
                                   std::string_view(inputs.sandbox.tier)})
        append_field(material, field);
    append_list(material, inputs.sandbox.layers);
    append_list(material, inputs.sandbox.missing);
    append_field(material, inputs.python);
    return sha256_hex(material);
}

fs::path default_cache_dir() {
    const char* xdg = std::getenv("XDG_CACHE_HOME");
    if (xdg && fs::path(xdg).is_absolute()) return fs::path(xdg) / "autograde";
    const char* home = std::getenv("HOME");
    if (home && *home) return fs::path(home) / ".cache" / "autograde";
    return {};
}

ResultCache::ResultCache(fs::path dir, bool read) : m_dir(std::move(dir)), m_read(read) {}

fs::path ResultCache::path_of(const std::string& key) const { return m_dir / key.substr(0, 2) / (key.substr(2) + ".json"); }

std::optional<GradeResult> ResultCache::lookup(const std::string& key, const std::string& submission_sha256,
                                               const std::string& exercise_id) const {
    if (!m_read) return std::nullopt;
    std::optional<std::string> text = read_file_bytes(path_of(key));
    if (!text) return std::nullopt;
    try {
        GradeResult result = grade_result_from_json(parse_json(*text));
        if (result.submission_sha256 != submission_sha256 || result.exercise != exercise_id) return std::nullopt;
        return result;
    } catch (const JsonError&) {
        return std::nullopt;  // corrupt or foreign: regrade, and the store overwrites it
    }
}

void ResultCache::store(const std::string& key, const GradeResult& result) const {
    const fs::path path = path_of(key);
    std::error_code error;
    fs::create_directories(path.parent_path(), error);
    if (error)
        throw InputError({Diagnostic{.path = path.parent_path().string(), .line = 0, .column = 0,
                                     .message = "cannot create the cache folder: " + error.message(), .source_line = ""}});
    std::ostringstream report;
    JsonReporter().write(report, result);
    write_file_atomically(path, report.str());
}

}  // namespace autograde
