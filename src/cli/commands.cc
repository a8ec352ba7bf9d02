#include "cli/command.h"

#include "cli/batch_reports.h"
#include "cli/report_options.h"

namespace autograde {

const std::vector<Command>& commands() {
    static const std::vector<OptionSpec> sandbox = sandbox_option_specs();
    static const std::vector<OptionSpec> batch_reports = batch_report_option_specs();
    auto with_sandbox = [](std::vector<OptionSpec> options) {
        options.insert(options.end(), sandbox.begin(), sandbox.end());
        return options;
    };
    auto with_batch_reports = [](std::vector<OptionSpec> options) {
        options.insert(options.end(), batch_reports.begin(), batch_reports.end());
        return options;
    };
    static const std::vector<Command> table = {
        {"list", "", "list the exercises", "", {}, run_list},
        {"show", "EXERCISE", "show an exercise: question, model answer, task and visible tests",
         "EXERCISE is a folder, or an id, number or slug under the exercises folder (01, list-vs-tuple).",
         {},
         run_show},
        {"submit", "EXERCISE SOLUTION.py", "grade one submission and print its report",
         "Exit status: 0 full score, 1 graded below full score, 2 usage error or invalid exercise,\n"
         "3 internal or sandbox failure.",
         with_sandbox({{"--format", "FORMAT", "report format: " + format_names("|") + " (default: text)"},
                       {"--output", "FILE", "also write the report to FILE"},
                       {"--verbose", "", "text report: show details of passed tests too"},
                       {"--gradescope-hidden", "VISIBILITY",
                        "gradescope report: hidden tests are after_published (the default) or hidden"}}),
         run_submit},
        {"check", "[EXERCISE...]", "check exercises for their authors: solution, starter and wrong solutions",
         "Grades solution.py (must score full marks), starter.py (must load and score below full\n"
         "marks) and every wrong/*.py (must score below full marks) of each exercise, all of them\n"
         "when none is named, and warns about tests that no wrong solution fails.\n"
         "Exit status: 0 all hold, 1 a check failed, 2 an exercise is invalid.",
         with_sandbox({{"--jobs", "N", "grade N submissions at a time (default: the number of cores)"}}),
         run_check},
        {"sandbox", "", "show the sandbox layers this machine allows, and why others are missing",
         "Probes each layer (namespaces, cgroups, Landlock, seccomp) and prints the tier that\n"
         "'--sandbox best' would use. Tier A: namespaces, a minimal read-only filesystem, cgroups,\n"
         "seccomp. Tier B (no namespaces): seccomp, Landlock, rlimits, the subreaper.\n"
         "Exit status: 0 tier A is available, 1 only tier B.",
         {},
         run_sandbox},
        {"grade", "EXERCISE SUBMISSIONS... | --all CANDIDATE_DIRS...", "grade many candidates at once, in parallel and resumably",
         "SUBMISSIONS are files or folders; every *.py below a folder is one candidate, named by\n"
         "its stem (or its path without .py when stems clash). With --all, each folder is one\n"
         "candidate holding NN-slug.py files, each graded against that exercise.\n"
         "Results are cached by content: a rerun grades only what is new (docs/batch.md).\n"
         "Exit status: 0 all full marks, 1 some below, 2 usage error, invalid exercise or unknown\n"
         "exercise name (the rest is graded), 3 sandbox failure.",
         with_sandbox(with_batch_reports({{"--all", "", "each argument is a candidate's folder of NN-slug.py files"},
          {"--jobs", "N", "grade N submissions at a time (default: the number of cores)"},
          {"-j", "N", "same as --jobs"},
          {"--csv", "FILE", "write one row per candidate and exercise to FILE"},
          {"--json", "FILE", "write every report, with its candidate, to FILE"},
          {"--cache", "DIR", "the result cache (default: $XDG_CACHE_HOME/autograde or ~/.cache/autograde)"},
          {"--no-cache", "", "grade everything again (the cache is still refreshed)"},
          {"--shard", "K/N", "grade only the K-th of N deterministic parts (see 'merge')"}})),
         run_grade},
        {"merge", "RESULTS.json...", "join the --json files of sharded 'grade' runs into one report",
         "Prints the same summary table as 'grade'. A candidate's result for an exercise found in\n"
         "two files is an error: merge takes the shards of one batch, each once.\n"
         "Exit status: 0 all full marks, 1 some below, 2 a bad or duplicate input.",
         with_batch_reports({{"--csv", "FILE", "write one row per candidate and exercise to FILE"},
                             {"--json", "FILE", "write the joined results to FILE"}}),
         run_merge},
    };
    return table;
}

}  // namespace autograde
