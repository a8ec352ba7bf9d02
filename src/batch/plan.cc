#include "batch/plan.h"

#include <algorithm>
#include <map>
#include <set>

#include "exercise/catalogue.h"
#include "util/diagnostic.h"

namespace autograde {
namespace {

namespace fs = std::filesystem;

// The last component of a path, whatever trailing "/" or "." it was given with.
std::string folder_name(const fs::path& dir) {
    fs::path absolute = fs::absolute(dir).lexically_normal();
    if (absolute.filename().empty()) absolute = absolute.parent_path();
    return absolute.filename().string();
}

// The exercise folder of a path resolve_exercise returned (a folder or its exercise.yaml).
std::string exercise_id_of(const fs::path& resolved) {
    std::error_code error;
    if (fs::is_regular_file(resolved, error)) return folder_name(resolved.has_parent_path() ? resolved.parent_path() : ".");
    return folder_name(resolved);
}

// "path: error: message", as a compiler names a file it cannot use.
[[noreturn]] void throw_path_error(const fs::path& path, const std::string& message) {
    throw InputError({Diagnostic{.path = path.string(), .line = 0, .column = 0, .message = message, .source_line = ""}});
}

bool hidden_name(const fs::path& path) { return path.filename().string().starts_with("."); }

std::string without_py(std::string text) {
    if (text.ends_with(".py")) text.resize(text.size() - 3);
    return text;
}

// A submission found for the one-exercise shape, before it has its final name.
struct Found {
    fs::path path;
    std::string stem;       // "alice"
    std::string long_name;  // "alice/solution" or "subs/alice"
};

// Every *.py below `dir`, by relative path, hidden files and folders skipped.
std::vector<Found> python_files_below(const fs::path& dir) {
    std::vector<Found> found;
    std::error_code error;
    fs::recursive_directory_iterator it(dir, error), end;
    if (error) throw_path_error(dir, "cannot read the folder: " + error.message());
    for (; it != end; it.increment(error)) {
        if (error) throw_path_error(dir, "cannot read the folder: " + error.message());
        if (hidden_name(it->path())) {
            if (it->is_directory(error)) it.disable_recursion_pending();
            continue;
        }
        if (it->path().extension() != ".py" || !it->is_regular_file(error)) continue;
        const fs::path relative = it->path().lexically_relative(dir);
        found.push_back({it->path(), it->path().stem().string(), without_py(relative.generic_string())});
    }
    std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) { return a.long_name < b.long_name; });
    return found;
}

std::vector<Found> find_submissions(const std::vector<fs::path>& inputs, std::vector<std::string>& problems) {
    std::vector<Found> all;
    for (const fs::path& input : inputs) {
        std::error_code error;
        if (fs::is_regular_file(input, error)) {
            all.push_back({input, input.stem().string(), (input.parent_path() / input.stem()).generic_string()});
        } else if (fs::is_directory(input, error)) {
            std::vector<Found> below = python_files_below(input);
            if (below.empty()) problems.push_back(input.string() + ": error: no .py file in this folder");
            all.insert(all.end(), below.begin(), below.end());
        } else {
            throw_path_error(input, fs::exists(input, error) ? "not a file or folder" : "no such file or folder");
        }
    }
    return all;
}

// Sorts by key and refuses two jobs with one key.
void sort_and_check_unique(std::vector<BatchJob>& jobs) {
    std::sort(jobs.begin(), jobs.end(), [](const BatchJob& a, const BatchJob& b) { return a.key() < b.key(); });
    for (std::size_t i = 1; i < jobs.size(); ++i)
        if (jobs[i].key() == jobs[i - 1].key())
            throw InputError("two submissions for candidate '" + jobs[i].candidate + "' and exercise " +
                             jobs[i].exercise_id + ": " + jobs[i - 1].display_path + " and " + jobs[i].display_path);
}

}  // namespace

std::string BatchJob::key() const { return candidate + '\0' + exercise_id; }

BatchPlan plan_one_exercise(const fs::path& exercise_dir, const std::vector<fs::path>& inputs) {
    BatchPlan plan;
    const std::vector<Found> found = find_submissions(inputs, plan.problems);
    std::map<std::string, int> stem_count;
    for (const Found& submission : found) ++stem_count[submission.stem];
    const std::string id = exercise_id_of(exercise_dir);
    for (const Found& submission : found) {
        const std::string& name = stem_count[submission.stem] > 1 ? submission.long_name : submission.stem;
        plan.jobs.push_back({name, exercise_dir, id, submission.path, submission.path.string()});
    }
    sort_and_check_unique(plan.jobs);
    return plan;
}

namespace {

// The first line of what resolve_exercise says about a name that is no exercise.
std::string resolve_problem(const InputError& error) {
    return error.diagnostics().empty() ? error.what() : error.diagnostics().front().message;
}

// The jobs of one candidate folder; a second file for an exercise already taken is a problem.
void plan_candidate(const fs::path& dir, const fs::path& exercises_dir, BatchPlan& plan) {
    const std::string candidate = folder_name(dir);
    std::vector<fs::path> files;
    std::error_code error;
    for (fs::directory_iterator it(dir, error), end; !error && it != end; it.increment(error))
        if (it->path().extension() == ".py" && !hidden_name(it->path()) && it->is_regular_file(error)) files.push_back(it->path());
    if (error) throw_path_error(dir, "cannot read the folder: " + error.message());
    if (files.empty()) plan.problems.push_back(dir.string() + ": error: no .py file in this folder");
    std::sort(files.begin(), files.end());

    std::map<std::string, fs::path> taken;  // exercise id -> the file graded for it
    for (const fs::path& file : files) {
        fs::path exercise_dir;
        try {
            exercise_dir = resolve_exercise(file.stem().string(), exercises_dir);
        } catch (const InputError& problem) {
            plan.problems.push_back(file.string() + ": error: " + resolve_problem(problem) + " (skipped)");
            continue;
        }
        const std::string id = exercise_id_of(exercise_dir);
        auto [it, inserted] = taken.emplace(id, file);
        if (!inserted) {
            plan.problems.push_back(file.string() + ": error: " + it->second.string() + " is exercise " + id + " too (skipped)");
            continue;
        }
        plan.jobs.push_back({candidate, exercise_dir, id, file, file.string()});
    }
}

}  // namespace

BatchPlan plan_all_exercises(const std::vector<fs::path>& candidate_dirs, const fs::path& exercises_dir) {
    BatchPlan plan;
    std::set<std::string> candidates;
    for (const fs::path& dir : candidate_dirs) {
        std::error_code error;
        if (!fs::is_directory(dir, error))
            throw_path_error(dir, fs::exists(dir, error) ? "not a folder (--all takes one folder per candidate)" : "no such folder");
        if (!candidates.insert(folder_name(dir)).second)
            throw_path_error(dir, "a second folder for candidate '" + folder_name(dir) + "'");
        plan_candidate(dir, exercises_dir, plan);
    }
    sort_and_check_unique(plan.jobs);
    return plan;
}

}  // namespace autograde
