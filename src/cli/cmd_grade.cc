// autograde grade EXERCISE SUBMISSIONS... | --all CANDIDATE_DIRS...: grade a batch in
// parallel, resumably (batch/cache.h), optionally one shard of it (batch/shard.h).
//
// Exit: 0 every submission scored full marks; 1 some did not; 2 a usage error, an
// exercise that does not load, a name that is no exercise or a file that cannot be read
// (the rest is still graded); 3 a sandbox failure (the rest is still graded, but no
// --csv/--json/--junit/--reports file is written: a report file, when there is one, is
// complete).
#include <unistd.h>

#include <chrono>
#include <iomanip>
#include <iostream>
#include <set>
#include <sstream>

#include "batch/cache.h"
#include "batch/plan.h"
#include "batch/progress.h"
#include "batch/runner.h"
#include "batch/shard.h"
#include "batch/summary_table.h"
#include "cli/batch_output.h"
#include "exercise/catalogue.h"
#include "util/diagnostic.h"
#include "util/parallel.h"

namespace autograde {
namespace {

namespace fs = std::filesystem;

unsigned jobs_option(const CommandContext& context) {
    auto text = context.args.value("--jobs");
    if (!text) text = context.args.value("-j");
    if (!text) return hardware_threads();
    try {
        std::size_t used = 0;
        int jobs = std::stoi(*text, &used);
        if (jobs >= 1 && used == text->size()) return static_cast<unsigned>(jobs);
    } catch (const std::exception&) {
    }
    throw UsageError("autograde grade: --jobs takes a whole number of at least 1, not '" + *text + "'");
}

std::optional<Shard> shard_option(const CommandContext& context) {
    auto text = context.args.value("--shard");
    if (!text) return std::nullopt;
    try {
        return parse_shard(*text);
    } catch (const InputError& error) {
        throw UsageError("autograde grade: " + error.diagnostics().front().message);
    }
}

BatchPlan make_plan(const CommandContext& context) {
    const auto& positionals = context.args.positionals();
    std::vector<fs::path> inputs(positionals.begin(), positionals.end());
    if (context.args.flag("--all")) {
        if (inputs.empty()) throw UsageError("autograde grade --all: expected one folder per candidate (see 'autograde grade --help')");
        return plan_all_exercises(inputs, context.exercises_dir);
    }
    if (inputs.size() < 2)
        throw UsageError("autograde grade: expected EXERCISE and at least one submission file or folder, got " +
                         std::to_string(inputs.size()) + " argument(s) (see 'autograde grade --help')");
    fs::path exercise_dir = resolve_exercise(positionals[0], context.exercises_dir);
    return plan_one_exercise(exercise_dir, {inputs.begin() + 1, inputs.end()});
}

// The cache to use, or none (with a warning) when there is no folder for it.
std::optional<ResultCache> open_cache(const CommandContext& context) {
    fs::path dir = context.args.value("--cache").value_or(default_cache_dir().string());
    std::error_code error;
    if (dir.empty()) {
        std::cerr << "warning: no cache: neither XDG_CACHE_HOME nor HOME is set (use --cache DIR)\n";
        return std::nullopt;
    }
    if (!fs::create_directories(dir, error) && error) {
        std::cerr << dir.string() << ": warning: no cache: cannot create the folder: " << error.message() << "\n";
        return std::nullopt;
    }
    return ResultCache(dir, !context.args.flag("--no-cache"));
}

// "500 submissions in 21.3 s (23.5/s): 312 graded, 188 from the cache, 0 failed", on stderr.
void print_totals(const std::vector<BatchOutcome>& outcomes, std::chrono::steady_clock::time_point start) {
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::size_t cached = 0, graded = 0;
    for (const BatchOutcome& outcome : outcomes) {
        cached += outcome.cached ? 1 : 0;
        graded += outcome.result && !outcome.cached ? 1 : 0;
    }
    std::ostringstream line;
    line << std::fixed << std::setprecision(1) << outcomes.size() << " submissions in " << seconds << " s ("
         << (seconds > 0 ? static_cast<double>(outcomes.size()) / seconds : 0.0) << "/s): " << graded << " graded, "
         << cached << " from the cache, " << outcomes.size() - graded - cached << " failed\n";
    std::cerr << line.str();
}

void print_problems(const std::vector<std::string>& problems) {
    for (const std::string& problem : problems) std::cerr << printable(problem) << "\n";
}

}  // namespace

int run_grade(const CommandContext& context) {
    const unsigned threads = jobs_option(context);
    const std::optional<Shard> shard = shard_option(context);
    const GradeOptions grade_options = grade_options_for(context, "grade");
    const BatchReportRequest reports = batch_report_request(context, "grade");
    BatchPlan plan = make_plan(context);
    if (plan.jobs.empty()) {
        print_problems(plan.problems);
        throw UsageError("autograde grade: no submissions to grade");
    }
    std::vector<std::filesystem::path> inputs;
    std::set<std::filesystem::path> exercise_dirs;
    for (const BatchJob& job : plan.jobs) {
        inputs.push_back(job.submission);
        inputs.push_back(job.exercise_dir);
        inputs.push_back(job.exercise_dir / "exercise.yaml");
        exercise_dirs.insert(job.exercise_dir);
    }
    check_batch_output_paths(context, reports, inputs, exercise_dirs);
    if (reports.reports_dir)
        for (const BatchJob& job : plan.jobs) report_folder(*reports.reports_dir, job.candidate, job.exercise_id);
    std::vector<BatchJob> jobs = shard ? select_shard(std::move(plan.jobs), *shard) : std::move(plan.jobs);
    LoadedExercises exercises = load_batch_exercises(jobs);
    if (!context.args.flag("--all") && !exercises.problems.empty()) {
        for (const std::string& problem : exercises.problems) std::cerr << problem << "\n";
        return k_exit_usage;
    }
    std::optional<ResultCache> cache = open_cache(context);

    const auto start = std::chrono::steady_clock::now();
    BatchProgress progress(std::cerr, isatty(STDERR_FILENO) != 0);
    BatchSettings settings{threads, grade_options, cache ? &*cache : nullptr};
    std::vector<BatchOutcome> outcomes = run_batch(jobs, exercises, settings, [&](std::size_t done, std::size_t total, const BatchOutcome& outcome) {
        progress.update(done, total, outcome);
    });
    progress.finish();
    print_totals(outcomes, start);

    std::vector<BatchRow> rows;
    bool sandbox_failed = false, unreadable = false;
    for (BatchOutcome& outcome : outcomes) {
        if (outcome.result) rows.push_back(BatchRow{outcome.job.candidate, std::move(*outcome.result)});
        sandbox_failed = sandbox_failed || outcome.sandbox_failure;
        unreadable = unreadable || (!outcome.result && !outcome.sandbox_failure);
    }
    for (const std::string& problem : exercises.problems) std::cerr << problem << "\n";
    print_problems(plan.problems);
    if (sandbox_failed) {
        write_summary_table(std::cout, rows, context.color);
        std::cerr << "error: some submissions could not be graded (sandbox failure); no report file written\n";
        return k_exit_internal;
    }
    write_batch_outputs(context, rows, shard, reports);
    if (unreadable || !plan.problems.empty() || !exercises.problems.empty()) return k_exit_usage;
    return exit_code_for(rows);
}

}  // namespace autograde
