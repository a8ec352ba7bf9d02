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
    };
    return table;
}

}  // namespace autograde
