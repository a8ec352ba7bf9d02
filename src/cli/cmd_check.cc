// autograde check [EXERCISE...]: prove exercises sound for their authors (see
// grading/exercise_check.h). Exit 0 when every check holds, 1 when one fails, 2 when an
// exercise does not load.
#include <iomanip>
#include <iostream>
#include <sstream>

#include "cli/command.h"
#include "exercise/catalogue.h"
#include "exercise/loader.h"
#include "grading/exercise_check.h"
#include "util/ansi.h"
#include "util/diagnostic.h"
#include "util/parallel.h"

namespace autograde {
namespace {

std::string number(double value) {
    std::ostringstream text;
    text << value;
    return text.str();
}

// The names quoted and comma-separated; past `most`, "and N more".
std::string quoted_list(const std::vector<std::string>& names, std::size_t most = 1000) {
    std::string out;
    for (std::size_t i = 0; i < names.size() && i < most; ++i) out += (out.empty() ? "\"" : ", \"") + names[i] + "\"";
    if (names.size() > most) out += " and " + std::to_string(names.size() - most) + " more";
    return out;
}

void print_submission(const SubmissionCheck& check, std::size_t label_width, bool color) {
    std::string tag = check.ok ? styled("ok  ", Style::green, color) : styled("FAIL", Style::red, color);
    std::string score = number(check.result.score) + "/" + number(check.result.max_score);
    std::cout << "  " << tag << "  " << std::left << std::setw(static_cast<int>(label_width)) << check.label << "  "
              << std::right << std::setw(7) << score;
    if (check.result.status != SubmissionStatus::graded)
        std::cout << "  " << to_string(check.result.status);
    else if (check.role == SubmissionCheck::Role::starter)
        std::cout << styled("  loads; fails " + std::to_string(check.caught_by.size()) + " tests", Style::dim, color);
    else if (check.role == SubmissionCheck::Role::wrong)
        std::cout << styled("  caught by: " + quoted_list(check.caught_by, 3), Style::dim, color);
    std::cout << "\n";
    if (check.ok) return;
    std::cout << "        " << styled(check.problem, Style::red, color) << "\n";
    if (check.role == SubmissionCheck::Role::solution) {
        if (!check.result.status_message.empty()) std::cout << "        " << check.result.status_message << "\n";
        for (const TestResult& test : check.result.tests)
            if (test.verdict != Verdict::passed)
                std::cout << "        - " << test.name << ": " << to_string(test.verdict) << " " << test.message << "\n";
    }
}

void print_check(const Exercise& exercise, const ExerciseCheck& check, bool color) {
    std::ostringstream seconds;
    seconds << std::fixed << std::setprecision(1) << check.seconds;
    std::cout << styled(exercise.id, Style::bold, color) << "  " << exercise.title << "  "
              << (check.ok() ? styled("ok", Style::green, color) : styled("FAILED", Style::red, color))
              << styled(" (" + seconds.str() + " s)", Style::dim, color) << "\n";
    std::size_t width = 0;
    for (const SubmissionCheck& submission : check.submissions) width = std::max(width, submission.label.size());
    for (const SubmissionCheck& submission : check.submissions) print_submission(submission, width, color);
    for (const std::string& problem : check.problems) std::cout << "  " << styled("FAIL", Style::red, color) << "  " << problem << "\n";
    if (!check.never_failing.empty())
        std::cout << "  " << styled("warn", Style::yellow, color) << "  no wrong solution fails "
                  << quoted_list(check.never_failing) << "\n";
}

unsigned jobs_option(const CommandContext& context) {
    auto text = context.args.value("--jobs");
    if (!text) return hardware_threads();
    try {
        int jobs = std::stoi(*text);
        if (jobs >= 1) return static_cast<unsigned>(jobs);
    } catch (const std::exception&) {
    }
    throw UsageError("autograde check: --jobs takes a whole number of at least 1, not '" + *text + "'");
}

}  // namespace

int run_check(const CommandContext& context) {
    unsigned jobs = jobs_option(context);
    std::vector<std::filesystem::path> dirs;
    for (const std::string& name : context.args.positionals()) dirs.push_back(resolve_exercise(name, context.exercises_dir));
    if (context.args.positionals().empty()) dirs = list_exercise_dirs(context.exercises_dir);
    if (dirs.empty()) throw UsageError("autograde check: no exercises in " + context.exercises_dir.string());

    GradeOptions options = grade_options_for(context, "check");
    int failed = 0, invalid = 0, warnings = 0;
    double seconds = 0;
    for (const auto& dir : dirs) {
        try {
            Exercise exercise = load_exercise(dir);
            ExerciseCheck check = check_exercise(exercise, options, jobs);
            print_check(exercise, check, context.color);
            failed += check.ok() ? 0 : 1;
            warnings += check.never_failing.empty() ? 0 : 1;
            seconds += check.seconds;
        } catch (const InputError& error) {
            std::cout << styled(dir.filename().string(), Style::bold, context.color) << "  "
                      << styled("INVALID", Style::red, context.color) << "\n";
            for (const Diagnostic& diagnostic : error.diagnostics()) std::cout << format_diagnostic(diagnostic) << "\n";
            ++invalid;
        }
    }
    std::ostringstream total;
    total << std::fixed << std::setprecision(1) << seconds;
    std::cout << "\n" << dirs.size() << " exercises checked in " << total.str() << " s: "
              << dirs.size() - static_cast<std::size_t>(failed + invalid) << " ok, " << failed << " failed, " << invalid
              << " invalid, " << warnings << " with tests no wrong solution fails\n";
    if (invalid) return k_exit_usage;
    return failed ? k_exit_below_full : 0;
}

}  // namespace autograde
