// autograde submit EXERCISE SOLUTION.py: grade one submission and print its report.
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/command.h"
#include "exercise/catalogue.h"
#include "exercise/loader.h"
#include "grading/grader.h"
#include "report/reporter.h"
#include "util/atomic_file.h"
#include "util/text.h"

namespace autograde {
namespace {

std::unique_ptr<Reporter> reporter_for(const std::string& format, const ReportOptions& options) {
    if (auto reporter = make_reporter(format, options)) return reporter;
    std::vector<std::string> names;
    for (const ReporterEntry& entry : reporters()) names.emplace_back(entry.name);
    std::string message = "autograde submit: unknown format '" + format + "'";
    if (auto near = closest_match(format, names)) message += "; did you mean '" + *near + "'?";
    std::string list;
    for (const std::string& name : names) list += (list.empty() ? "" : ", ") + name;
    throw UsageError(message + " (formats: " + list + ")");
}

}  // namespace

int run_submit(const CommandContext& context) {
    const auto& positionals = context.args.positionals();
    if (positionals.size() != 2)
        throw UsageError("autograde submit: expected EXERCISE and SOLUTION.py, got " + std::to_string(positionals.size()) +
                         " argument(s) (see 'autograde submit --help')");
    std::string format = context.args.value("--format").value_or("text");
    ReportOptions options{context.color, context.args.flag("--verbose")};
    if (auto visibility = context.args.value("--gradescope-hidden")) {
        auto parsed = hidden_visibility_from_string(*visibility);
        if (!parsed)
            throw UsageError("autograde submit: --gradescope-hidden must be after_published or hidden, not '" +
                             *visibility + "'");
        options.gradescope_hidden = *parsed;
    }
    auto reporter = reporter_for(format, options);
    GradeOptions grade_options = grade_options_for(context, "submit");

    Exercise exercise = load_exercise(resolve_exercise(positionals[0], context.exercises_dir));
    Submission submission = read_submission(positionals[1]);
    GradeResult result = grade(exercise, submission, grade_options);

    reporter->write(std::cout, result);
    std::cout.flush();
    if (auto output = context.args.value("--output")) {
        std::ostringstream text;
        ReportOptions file_options = options;
        file_options.color = false;
        reporter_for(format, file_options)->write(text, result);
        write_file_atomically(*output, text.str());
    }
    return result.full_score() ? k_exit_full_score : k_exit_below_full;
}

}  // namespace autograde
