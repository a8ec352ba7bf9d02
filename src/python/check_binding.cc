// autograde.Check and SubmissionCheck: grading/exercise_check.h as Python sees it. An
// author's tool, as `autograde check` is: it names hidden tests in caught_by.
#include "python/bindings.h"  // first: it includes pybind11 with its warnings quieted

#include <pybind11/stl.h>

#include "grading/exercise_check.h"

namespace autograde::python {
namespace {

const char* role_name(SubmissionCheck::Role role) {
    switch (role) {
        case SubmissionCheck::Role::solution: return "solution";
        case SubmissionCheck::Role::starter: return "starter";
        case SubmissionCheck::Role::wrong: return "wrong";
    }
    return "wrong";
}

std::string submission_check_repr(const SubmissionCheck& check) {
    return "<SubmissionCheck " + check.label + " " + role_name(check.role) + (check.ok ? " ok " : " FAIL ") +
           format_number(check.result.score) + "/" + format_number(check.result.max_score) + ">";
}

std::string check_repr(const ExerciseCheck& check) {
    std::size_t failing = 0;
    for (const SubmissionCheck& submission : check.submissions) failing += submission.ok ? 0 : 1;
    return "<Check " + check.exercise + (check.ok() ? " ok" : " FAILED") + ": " +
           std::to_string(check.submissions.size()) + " submissions, " + std::to_string(failing) + " failing, " +
           std::to_string(check.problems.size()) + " problems, " + std::to_string(check.never_failing.size()) +
           " tests never failing>";
}

}  // namespace

void bind_check(py::module_& module) {
    py::class_<SubmissionCheck>(module, "SubmissionCheck", "One of the exercise's own submissions, graded and judged.")
        .def_readonly("label", &SubmissionCheck::label, "'solution.py', 'starter.py', 'wrong/NAME.py'")
        .def_property_readonly("role", [](const SubmissionCheck& c) { return role_name(c.role); },
                               "'solution', 'starter' or 'wrong'")
        .def_readonly("ok", &SubmissionCheck::ok, "the role's expectation holds")
        .def_readonly("problem", &SubmissionCheck::problem, "when not ok: what is wrong; empty when ok")
        .def_property_readonly("score", [](const SubmissionCheck& c) { return c.result.score; })
        .def_property_readonly("max_score", [](const SubmissionCheck& c) { return c.result.max_score; })
        .def_readonly("caught_by", &SubmissionCheck::caught_by, "the tests that did not pass (hidden ones included)")
        .def_readonly("result", &SubmissionCheck::result, "the full Result")
        .def("__repr__", &submission_check_repr);

    py::class_<ExerciseCheck>(module, "Check",
                              "autograde.check's verdict on an exercise: the solution scores full marks, the\n"
                              "starter loads and does not, every wrong/ solution is caught.")
        .def_readonly("exercise", &ExerciseCheck::exercise, "the exercise id")
        .def_property_readonly("ok", &ExerciseCheck::ok)
        .def_readonly("submissions", &ExerciseCheck::submissions, "solution, starter, then wrong/ sorted by name")
        .def_readonly("problems", &ExerciseCheck::problems, "missing files and the like")
        .def_readonly("never_failing", &ExerciseCheck::never_failing, "tests no wrong solution fails (a warning)")
        .def_readonly("seconds", &ExerciseCheck::seconds, "wall clock of the whole check")
        .def("__repr__", &check_repr);
}

}  // namespace autograde::python
