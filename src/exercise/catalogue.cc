#include "exercise/catalogue.h"

#include <algorithm>
#include <optional>
#include <string>

#include "util/diagnostic.h"
#include "util/text.h"

namespace autograde {
namespace {

namespace fs = std::filesystem;

// "01-list-vs-tuple" -> number "01" and slug "list-vs-tuple"; a name without a leading
// number has none and is its own slug.
struct FolderName {
    std::string name;
    std::optional<unsigned long> number;
    std::string slug;
};

bool all_digits(std::string_view text) {
    return !text.empty() && text.size() <= 9 && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

FolderName split_folder_name(const std::string& name) {
    const std::size_t dash = name.find('-');
    const std::string_view prefix = std::string_view(name).substr(0, dash);
    if (dash == std::string::npos || !all_digits(prefix)) return {name, std::nullopt, name};
    return {name, std::stoul(std::string(prefix)), name.substr(dash + 1)};
}

bool looks_like_path(std::string_view name_or_path) {
    const fs::path path(name_or_path);
    std::error_code error;
    if (!fs::exists(path, error)) return false;
    if (fs::is_regular_file(path, error) || fs::exists(path / "exercise.yaml", error)) return true;
    return name_or_path.find('/') != std::string_view::npos;
}

std::string join_names(const std::vector<fs::path>& dirs) {
    std::string text;
    for (const fs::path& dir : dirs) text += (text.empty() ? "" : ", ") + dir.filename().string();
    return text;
}

[[noreturn]] void throw_not_found(std::string_view name, const fs::path& exercises_dir, const std::vector<fs::path>& dirs) {
    std::string message = "no exercise " + quote_for_log(name) + " in " + exercises_dir.string();
    std::error_code error;
    if (!fs::is_directory(exercises_dir, error)) throw InputError(message + ": that folder does not exist");
    if (dirs.empty()) throw InputError(message + ": that folder holds no exercise");

    std::vector<std::string> candidates;
    for (const fs::path& dir : dirs) {
        candidates.push_back(dir.filename().string());
        candidates.push_back(split_folder_name(dir.filename().string()).slug);
    }
    if (const auto near = closest_match(name, candidates)) message += "; did you mean " + quote_for_log(*near) + "?";
    throw InputError(message + "; the exercises there are " + join_names(dirs));
}

[[noreturn]] void throw_ambiguous(std::string_view name, const std::vector<fs::path>& matches) {
    throw InputError(quote_for_log(name) + " names more than one exercise (" + join_names(matches) +
                     "); give the full folder name");
}

}  // namespace

std::vector<fs::path> list_exercise_dirs(const fs::path& exercises_dir) {
    std::vector<fs::path> dirs;
    std::error_code error;
    for (fs::directory_iterator it(exercises_dir, error), end; !error && it != end; it.increment(error)) {
        std::error_code entry_error;
        // Any exercise.yaml counts, even a FIFO or a dangling link: loading it then says what
        // is wrong with it, where skipping it would hide the exercise without a word.
        if (it->is_directory(entry_error) && fs::exists(fs::symlink_status(it->path() / "exercise.yaml", entry_error))) {
            dirs.push_back(it->path());
        }
    }
    std::sort(dirs.begin(), dirs.end(), [](const fs::path& a, const fs::path& b) { return a.filename() < b.filename(); });
    return dirs;
}

fs::path resolve_exercise(std::string_view name_or_path, const fs::path& exercises_dir) {
    if (looks_like_path(name_or_path)) return fs::path(name_or_path);

    const std::vector<fs::path> dirs = list_exercise_dirs(exercises_dir);
    std::vector<fs::path> by_number;
    std::vector<fs::path> by_slug;
    for (const fs::path& dir : dirs) {
        const FolderName folder = split_folder_name(dir.filename().string());
        if (folder.name == name_or_path) return dir;
        if (all_digits(name_or_path) && folder.number == std::stoul(std::string(name_or_path))) by_number.push_back(dir);
        if (folder.number && folder.slug == name_or_path) by_slug.push_back(dir);
    }
    for (const std::vector<fs::path>* matches : {&by_number, &by_slug}) {
        if (matches->size() == 1) return matches->front();
        if (matches->size() > 1) throw_ambiguous(name_or_path, *matches);
    }
    throw_not_found(name_or_path, exercises_dir, dirs);
}

}  // namespace autograde
