// autograde submit EXERCISE SOLUTION.py: grade one submission and print its report.
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/command.h"
#include "cli/report_options.h"
#include "exercise/catalogue.h"
#include "exercise/loader.h"
#include "grading/grader.h"
#include "util/atomic_file.h"
#include "util/output_path.h"

namespace autograde {

int run_submit(const CommandContext& context) {
    const auto& positionals = context.args.positionals();
    if (positionals.size() != 2)
        throw UsageError("autograde submit: expected EXERCISE and SOLUTION.py, got " + std::to_string(positionals.size()) +
                         " argument(s) (see 'autograde submit --help')");
    std::string format = context.args.value("--format").value_or("text");
    ReportOptions options{context.color, context.args.flag("--verbose"), gradescope_hidden_option(context, "submit")};
    const ReporterEntry& entry = format_entry("submit", format);
    auto reporter = entry.make(options);
    GradeOptions grade_options = grade_options_for(context, "submit");

    std::filesystem::path exercise_dir = resolve_exercise(positionals[0], context.exercises_dir);
    Exercise exercise = load_exercise(exercise_dir);
    Submission submission = read_submission(positionals[1]);
    auto output = context.args.value("--output");
    if (output) {
        check_output_outside(*output, exercise.dir, "the exercise's folder");
        check_output_path(*output, {positionals[1], exercise_dir, exercise_dir / "exercise.yaml"});
    }
    GradeResult result = grade(exercise, submission, grade_options);

    reporter->write(std::cout, result);
    std::cout.flush();
    if (output) {
        std::ostringstream text;
        ReportOptions file_options = options;
        file_options.color = false;
        entry.make(file_options)->write(text, result);
        write_file_atomically(*output, text.str());
    }
    return result.full_score() ? k_exit_full_score : k_exit_below_full;
}

}  // namespace autograde
