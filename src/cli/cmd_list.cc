// autograde list: the exercises, one line each, with their test counts.
#include <filesystem>
#include <iostream>

#include "cli/command.h"
#include "exercise/catalogue.h"
#include "exercise/loader.h"
#include "util/ansi.h"
#include "util/diagnostic.h"

namespace autograde {

int run_list(const CommandContext& context) {
    if (!context.args.positionals().empty())
        throw UsageError("autograde list: takes no arguments (see 'autograde list --help')");
    const auto dirs = list_exercise_dirs(context.exercises_dir);
    std::error_code folder_error;
    if (!std::filesystem::is_directory(context.exercises_dir, folder_error))
        throw UsageError("autograde list: no exercises in " + context.exercises_dir.string() + ": it is not a folder");
    if (dirs.empty()) throw UsageError("autograde list: no exercises in " + context.exercises_dir.string());
    int status = 0;
    for (const auto& dir : dirs) {
        try {
            Exercise exercise = load_exercise(dir, PythonCheck::skip);
            std::size_t hidden = 0;
            for (const TestCase& test : exercise.tests) hidden += test.hidden ? 1 : 0;
            std::string id = exercise.id + std::string(exercise.id.size() < 28 ? 28 - exercise.id.size() : 1, ' ');
            std::cout << styled(id, Style::bold, context.color) << exercise.title << "  "
                      << styled("(" + std::to_string(exercise.tests.size() - hidden) + " visible, " +
                                    std::to_string(hidden) + " hidden tests)",
                                Style::dim, context.color)
                      << "\n";
        } catch (const InputError& error) {
            std::cout << dir.filename().string() << "  " << styled("(invalid, see below)", Style::red, context.color) << "\n";
            for (const Diagnostic& diagnostic : error.diagnostics()) std::cerr << format_diagnostic(diagnostic) << "\n";
            status = k_exit_usage;
        }
    }
    return status;
}

}  // namespace autograde
