#include "exercise/loader.h"

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <optional>
#include <fstream>

#include <yaml-cpp/yaml.h>

#include "exercise/fields.h"
#include "exercise/python_snippets.h"
#include "exercise/sections.h"
#include "exercise/test_reader.h"
#include "exercise/yaml_screen.h"
#include "exercise/yaml_source.h"

namespace autograde {
namespace {

namespace fs = std::filesystem;

const std::vector<std::string> k_exercise_keys = {"title", "question", "task", "entry", "limits", "setup", "tests"};

// Keys of a test or of `limits` written at the top level, most likely mis-indented.
const std::vector<std::pair<std::string, std::string>> k_exercise_misplaced = [] {
    std::vector<std::pair<std::string, std::string>> keys = {
        {"name", "'name' belongs to a test, under 'tests'; the exercise's own name is its 'title'"}};
    for (const char* key : {"call", "code", "expect", "raises", "match", "hidden", "weight", "approx", "unordered"}) {
        keys.emplace_back(key, "'" + std::string(key) + "' belongs to a test, under 'tests'");
    }
    for (const char* key : {"time", "memory", "output"}) {
        keys.emplace_back(key, "'" + std::string(key) + "' goes in 'limits', as limits: {" + key + ": ...}");
    }
    return keys;
}();

// With weights of at least 0.001 (test_reader), a total this size keeps every score exact.
constexpr double k_max_total_weight = 1e9;

// The name of the folder `dir` (which may be relative, ".", or end with a separator).
std::string folder_name(const fs::path& dir) {
    fs::path absolute = fs::absolute(dir).lexically_normal();
    if (absolute.filename().empty()) absolute = absolute.parent_path();
    return absolute.filename().string();
}

[[noreturn]] void throw_file_error(const fs::path& path, const std::string& message) {
    throw InputError({Diagnostic{.path = path.string(), .line = 0, .column = 0, .message = message, .source_line = ""}});
}

// Larger than any exercise needs; reading stops here, so /dev/zero behind a link or a
// runaway file costs at most this much memory.
constexpr std::uintmax_t k_max_file_size = 16u << 20;

// What is wrong with the file at `path` as an exercise.yaml to read, looked at before it
// is opened: a FIFO would block the open, a device would never end.
std::optional<std::string> unreadable_reason(const fs::path& path) {
    std::error_code error;
    const fs::file_status link = fs::symlink_status(path, error);
    if (!fs::exists(link)) return std::nullopt;  // reported by the caller
    const fs::file_status target = fs::status(path, error);
    if (fs::is_symlink(link) && error) {
        if (error == std::errc::too_many_symbolic_link_levels) return "it is a symbolic link that loops";
        const fs::path to = fs::read_symlink(path, error);
        return "it is a symbolic link to '" + to.string() + "', which does not exist";
    }
    if (fs::is_directory(target)) return "cannot read: it is a folder";
    if (!fs::is_regular_file(target)) return "cannot read: it is not a regular file (a device, a pipe or a socket)";
    if (fs::file_size(path, error) > k_max_file_size) return "cannot read: the file is larger than 16 MiB";
    return std::nullopt;
}

std::string read_file(const fs::path& path) {
    if (const auto reason = unreadable_reason(path)) throw_file_error(path, *reason);
    std::ifstream in(path, std::ios::binary);
    if (!in) throw_file_error(path, std::string("cannot read: ") + std::strerror(errno));
    std::string text;
    char chunk[1 << 16];
    while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
        text.append(chunk, static_cast<std::size_t>(in.gcount()));
        if (text.size() > k_max_file_size) throw_file_error(path, "cannot read: the file is larger than 16 MiB");
    }
    if (in.bad()) throw_file_error(path, std::string("cannot read: ") + std::strerror(errno));
    return text;
}

std::optional<YAML::Node> parse_yaml(YamlSource& source, std::string_view text) {
    try {
        return YAML::Load(std::string(text));
    } catch (const YAML::Exception& error) {
        // yaml-cpp's own nesting limit (yaml_screen stops well before it, but keep the
        // message true if it is ever reached).
        if (error.msg == YAML::ErrorMsg::BAD_FILE) {
            source.error(error.mark, "invalid YAML: nested too deeply");
            return std::nullopt;
        }
        std::string message = "invalid YAML: " + error.msg;
        const std::string_view line = error.mark.is_null() ? std::string_view() : source.line(error.mark.line + 1);
        const std::size_t indent_end = line.find_first_not_of(" \t");
        if (line.substr(0, indent_end).find('\t') != std::string_view::npos) {
            message += "; this line is indented with a tab, and YAML indents with spaces only";
        }
        source.error(error.mark, std::move(message));
        return std::nullopt;
    }
}

// One diagnostic for all the missing required keys: "missing required keys 'title' and 'entry'".
void report_missing_keys(YamlSource& source, const YAML::Node& root, const Fields& fields) {
    std::vector<std::string> missing;
    for (const char* key : {"title", "entry", "tests"}) {
        if (!fields.mentions(key)) missing.push_back('\'' + std::string(key) + '\'');
    }
    if (missing.empty()) return;
    std::string list = missing.front();
    for (std::size_t i = 1; i < missing.size(); ++i) list += (i + 1 == missing.size() ? " and " : ", ") + missing[i];
    source.error(root.Mark(), std::string("missing required key") + (missing.size() > 1 ? "s " : " ") + list);
}

void read_sections(YamlSource& source, const YAML::Node& root, Exercise& exercise) {
    const Fields fields = read_fields(source, root, {&k_exercise_keys, "", "at the top level", &k_exercise_misplaced});
    report_missing_keys(source, root, fields);
    if (const Field* title = fields.find("title")) exercise.title = read_non_empty_string(source, *title).value_or("");
    if (const Field* question = fields.find("question")) exercise.question = read_question(source, *question);
    if (const Field* task = fields.find("task")) exercise.task = read_string(source, *task).value_or("");
    if (const Field* entry = fields.find("entry")) exercise.entry = read_entry(source, *entry);
    if (const Field* setup = fields.find("setup")) exercise.setup = read_string(source, *setup).value_or("");
    if (const Field* limits = fields.find("limits")) exercise.limits = read_exercise_limits(source, *limits);
    if (const Field* tests = fields.find("tests")) {
        exercise.tests = read_tests(source, *tests, exercise.limits);
        if (!exercise.tests.empty() && exercise.max_score() <= 0) {
            source.error(tests->key_node.Mark(), "the tests are worth nothing in total: give at least one a positive 'weight'");
        } else if (exercise.max_score() > k_max_total_weight) {
            source.error(tests->key_node.Mark(), "the tests are worth more than 1000000000 in total: make the weights smaller");
        }
    }
}

}  // namespace

Exercise load_exercise(const fs::path& path, PythonCheck python) {
    std::error_code error;
    if (!fs::exists(fs::symlink_status(path, error))) throw_file_error(path, "no such file or folder");
    const bool is_folder = fs::is_directory(path, error);
    const fs::path yaml_path = is_folder ? path / "exercise.yaml" : path;
    if (is_folder && !fs::exists(fs::symlink_status(yaml_path, error))) throw_file_error(path, "this folder has no exercise.yaml");

    const fs::path dir = yaml_path.has_parent_path() ? yaml_path.parent_path() : fs::path(".");
    return load_exercise_from_text(read_file(yaml_path), yaml_path, folder_name(dir), python);
}

Exercise load_exercise_from_text(std::string_view yaml_text, const fs::path& yaml_path, const std::string& id,
                                 PythonCheck python) {
    YamlSource source(yaml_text, yaml_path.string());
    Exercise exercise;
    exercise.id = id;
    exercise.yaml_path = yaml_path;
    exercise.dir = yaml_path.has_parent_path() ? yaml_path.parent_path() : fs::path(".");

    // What the screening finds would only be followed by errors that it explains (a tagged
    // weight "must be a number"), so it is reported alone.
    if (check_text_encoding(source, yaml_text)) check_yaml_events(source, yaml_text);
    source.throw_if_errors();
    const std::optional<YAML::Node> root = parse_yaml(source, yaml_text);
    if (root && root->IsNull()) {
        source.error_without_position("the file is empty; an exercise needs at least 'title', 'entry' and 'tests'");
    } else if (root && !root->IsMap()) {
        source.error(root->Mark(), "an exercise file must be a mapping of keys such as 'title', 'entry' and 'tests'");
    } else if (root) {
        read_sections(source, *root, exercise);
        if (!source.has_errors() && python == PythonCheck::compile) check_python_snippets(source, *root);
    }
    source.throw_if_errors();
    return exercise;
}

}  // namespace autograde
