// The module's functions: load_exercise, submit, check, exercises. Each one calls the core
// function the CLI calls for the same job, with the GIL released while it runs.
#include "python/bindings.h"  // first: it includes pybind11 with its warnings quieted

#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include <optional>

#include "exercise/catalogue.h"
#include "exercise/loader.h"
#include "grading/exercise_check.h"
#include "grading/grader.h"
#include "python/errors.h"
#include "sandbox/tier.h"
#include "util/diagnostic.h"
#include "util/parallel.h"

namespace autograde::python {
namespace {

namespace fs = std::filesystem;

// MINIMAL HELPER, to move into the core: the CLI's fallback for the exercises folder
// (default_exercises_dir in cli/main.cc, whose first choice — beside the executable —
// means nothing in a Python process). Belongs in exercise/catalogue.h.
fs::path default_exercises_dir() { return fs::path(AUTOGRADE_SOURCE_DIR) / "exercises"; }

fs::path exercises_dir_or_default(const std::optional<fs::path>& exercises_dir) {
    return exercises_dir ? *exercises_dir : default_exercises_dir();
}

// The options `sandbox=` and `unsafe_local=` ask for, under the CLI's rules for --sandbox
// and --unsafe-local (cli/sandbox_option.cc): the same modes, and "none" only on purpose.
// (Those two rules could move into the core, next to parse_sandbox_mode, for both to share.)
GradeOptions options_for_sandbox(const std::string& name, bool unsafe_local, const std::string& function) {
    std::optional<SandboxMode> mode = parse_sandbox_mode(name);
    if (!mode)
        throw py::value_error(function + ": sandbox= takes " + k_sandbox_mode_names + ", not '" + name + "'");
    if (*mode == SandboxMode::none && !unsafe_local)
        throw py::value_error(function + ": sandbox='none' runs the submission without any protection; add "
                                         "unsafe_local=True to say that you mean it");
    if (*mode != SandboxMode::none && unsafe_local)
        throw py::value_error(function + ": unsafe_local=True goes only with sandbox='none'");
    GradeOptions options = default_grade_options();
    options.mode = *mode;
    return options;
}

Exercise load(const fs::path& path_or_id, const std::optional<fs::path>& exercises_dir) {
    fs::path dir = exercises_dir_or_default(exercises_dir);
    py::gil_scoped_release release;
    return load_exercise(resolve_exercise(path_or_id.string(), dir));
}

Submission read_submission_file(const fs::path& path) {
    try {
        return read_submission(path);
    } catch (const InputError& error) {
        throw SubmissionFileError(path.string(), error.what());
    }
}

GradeResult submit(const Exercise& exercise, const std::optional<fs::path>& path, std::optional<std::string> source,
                   const std::string& sandbox, bool unsafe_local) {
    if (path.has_value() == source.has_value())
        throw py::value_error("autograde.submit: give exactly one of path= (a file) and source= (the code as a string)");
    GradeOptions options = options_for_sandbox(sandbox, unsafe_local, "autograde.submit");
    py::gil_scoped_release release;
    Submission submission = path ? read_submission_file(*path) : Submission{"<source>", std::move(*source)};
    return grade(exercise, submission, options);
}

ExerciseCheck check(const Exercise& exercise, std::optional<int> jobs, const std::string& sandbox, bool unsafe_local) {
    if (jobs && *jobs < 1) throw py::value_error("autograde.check: jobs must be at least 1, not " + std::to_string(*jobs));
    GradeOptions options = options_for_sandbox(sandbox, unsafe_local, "autograde.check");
    unsigned threads = jobs ? static_cast<unsigned>(*jobs) : hardware_threads();
    py::gil_scoped_release release;
    return check_exercise(exercise, options, threads);
}

std::vector<std::string> exercise_ids(const std::optional<fs::path>& exercises_dir) {
    std::vector<std::string> ids;
    for (const fs::path& dir : list_exercise_dirs(exercises_dir_or_default(exercises_dir)))
        ids.push_back(dir.filename().string());
    return ids;
}

}  // namespace

void bind_functions(py::module_& module) {
    module.def("load_exercise", &load, py::arg("path_or_id"), py::arg("exercises_dir") = py::none(),
               "Loads and validates an exercise: a folder, its exercise.yaml, or an id under exercises_dir\n"
               "('01-list-vs-tuple', '01', '1' or 'list-vs-tuple'). exercises_dir defaults to the repository's\n"
               "exercises/. Raises ExerciseError with every problem found.");
    module.def("submit", &submit, py::arg("exercise"), py::arg("path") = py::none(), py::kw_only(),
               py::arg("source") = py::none(), py::arg("sandbox") = "best", py::arg("unsafe_local") = false,
               "Grades one submission: a file (path=) or the code itself (source=, a str or bytes, reported\n"
               "as '<source>'); exactly one of the two. A candidate's failure of any kind is a Result; an\n"
               "unreadable file raises SubmissionError, a broken sandbox SandboxError. The GIL is released\n"
               "while grading, so threads can grade in parallel. sandbox= is the CLI's --sandbox: 'best' (tier A\n"
               "where the machine allows it, else B), 'strict' (tier A or SandboxError), 'B', or 'none' (no\n"
               "sandbox at all; only with unsafe_local=True, for your own code).");
    module.def("check", &check, py::arg("exercise"), py::kw_only(), py::arg("jobs") = py::none(),
               py::arg("sandbox") = "best", py::arg("unsafe_local") = false,
               "Proves an exercise sound, as 'autograde check' does: grades solution.py, starter.py and\n"
               "wrong/*.py, jobs at a time (default: one per core). Returns a Check.");
    module.def("exercises", &exercise_ids, py::arg("exercises_dir") = py::none(),
               "The ids of the exercises under exercises_dir (default: the repository's exercises/), sorted.\n"
               "Ids, not Exercise objects: one broken exercise does not hide the others; load_exercise(id)\n"
               "loads one. Empty when the folder does not exist.");
    module.def("default_exercises_dir", &default_exercises_dir,
               "The exercises folder used when exercises_dir is not given: the repository's exercises/.");
}

}  // namespace autograde::python
