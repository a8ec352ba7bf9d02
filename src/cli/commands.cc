#include "cli/command.h"

#include "report/reporter.h"

namespace autograde {
namespace {

std::string format_names() {
    std::string names;
    for (const ReporterEntry& entry : reporters()) names += (names.empty() ? "" : "|") + std::string(entry.name);
    return names;
}

}  // namespace

const std::vector<Command>& commands() {
    static const std::vector<Command> table = {
        {"list", "", "list the exercises", "", {}, run_list},
        {"show", "EXERCISE", "show an exercise: question, model answer, task and visible tests",
         "EXERCISE is a folder, or an id, number or slug under the exercises folder (01, list-vs-tuple).",
         {},
         run_show},
        {"submit", "EXERCISE SOLUTION.py", "grade one submission and print its report",
         "Exit status: 0 full score, 1 graded below full score, 2 usage error or invalid exercise,\n"
         "3 internal or sandbox failure.",
         {{"--format", "FORMAT", "report format: " + format_names() + " (default: text)"},
          {"--output", "FILE", "also write the report to FILE"},
          {"--verbose", "", "text report: show details of passed tests too"}},
         run_submit},
        {"check", "[EXERCISE...]", "check exercises for their authors: solution, starter and wrong solutions",
         "Grades solution.py (must score full marks), starter.py (must load and score below full\n"
         "marks) and every wrong/*.py (must score below full marks) of each exercise, all of them\n"
         "when none is named, and warns about tests that no wrong solution fails.\n"
         "Exit status: 0 all hold, 1 a check failed, 2 an exercise is invalid.",
         {{"--jobs", "N", "grade N submissions at a time (default: the number of cores)"}},
         run_check},
    };
    return table;
}

}  // namespace autograde
