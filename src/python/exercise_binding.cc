// autograde.Exercise, Limits and ExerciseTest: what a candidate may see of an exercise, as
// `autograde show` prints it. A hidden test is only a name and a weight: its call, code and
// expected value are never copied into a Python object (ExerciseTest holds nothing else).
#include "python/bindings.h"  // first: it includes pybind11 with its warnings quieted

#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include <optional>

#include "exercise/model.h"
#include "value/value.h"

namespace autograde::python {
namespace {

// One test as Python sees it. Built by public_view, which leaves a hidden test's
// details out; every optional is empty for a hidden test.
struct ExerciseTest {
    std::string name;
    bool hidden = false;
    double weight = 1.0;
    std::optional<std::string> kind;      // "call" or "code"
    std::optional<std::string> call;      // the expression, for a call test
    std::optional<std::string> code;      // the snippet, for a code test
    std::optional<std::string> expected;  // repr of the expected value; None when it raises
    std::optional<std::string> raises;    // the exception class name
    std::optional<std::string> match;     // regex searched in the exception message
    std::optional<bool> unordered;
    std::optional<std::pair<double, double>> approx;  // (abs, rel)
    std::optional<long long> time_limit_ms;
    std::optional<unsigned long long> output_limit;  // bytes
};

ExerciseTest public_view(const TestCase& test) {
    ExerciseTest view{test.name, test.hidden, test.weight, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}};
    if (test.hidden) return view;
    bool is_call = test.kind == TestCase::Kind::call;
    view.kind = is_call ? "call" : "code";
    (is_call ? view.call : view.code) = test.source;
    if (test.expect) view.expected = python_repr(*test.expect);
    view.raises = test.raises;
    view.match = test.match;
    view.unordered = test.compare.unordered;
    if (test.compare.approx) view.approx = std::pair(test.compare.approx->abs, test.compare.approx->rel);
    view.time_limit_ms = test.time_limit.count();
    view.output_limit = test.output_limit;
    return view;
}

std::vector<ExerciseTest> public_tests(const Exercise& exercise) {
    std::vector<ExerciseTest> tests;
    for (const TestCase& test : exercise.tests) tests.push_back(public_view(test));
    return tests;
}

std::size_t hidden_count(const Exercise& exercise) {
    std::size_t hidden = 0;
    for (const TestCase& test : exercise.tests) hidden += test.hidden ? 1 : 0;
    return hidden;
}

std::string exercise_repr(const Exercise& exercise) {
    return "<Exercise " + exercise.id + " " + quoted(exercise.title) + ": " + std::to_string(exercise.tests.size()) +
           " tests (" + std::to_string(hidden_count(exercise)) + " hidden), max score " +
           format_number(exercise.max_score()) + ">";
}

std::string test_repr(const ExerciseTest& test) {
    std::string text = "<ExerciseTest " + quoted(test.name) + (test.hidden ? " hidden" : " visible");
    if (test.weight != 1.0) text += " weight " + format_number(test.weight);
    if (test.call) text += ": " + *test.call;
    if (test.code) text += ": code";
    if (test.expected) text += " -> " + *test.expected;
    if (test.raises) text += " raises " + *test.raises;
    return text + ">";
}

std::string limits_repr(const Limits& limits) {
    return "<Limits time " + std::to_string(limits.time.count()) + " ms, memory " + std::to_string(limits.memory) +
           " bytes, output " + std::to_string(limits.output) + " bytes>";
}

void bind_limits(py::module_& module) {
    py::class_<Limits>(module, "Limits", "An exercise's limits, per test (memory: for the whole sandbox).")
        .def_property_readonly("time_ms", [](const Limits& l) { return l.time.count(); }, "wall clock per test, ms")
        .def_readonly("memory_bytes", &Limits::memory, "address space of the sandbox, bytes")
        .def_readonly("output_bytes", &Limits::output, "stdout + stderr per test, bytes")
        .def("__repr__", &limits_repr);
}

void bind_exercise_test(py::module_& module) {
    py::class_<ExerciseTest>(module, "ExerciseTest",
                             "One test of an exercise. A hidden test has only name, hidden and weight; every\n"
                             "other attribute is None for it.")
        .def_readonly("name", &ExerciseTest::name)
        .def_readonly("hidden", &ExerciseTest::hidden)
        .def_property_readonly("visibility", [](const ExerciseTest& t) { return t.hidden ? "hidden" : "visible"; })
        .def_readonly("weight", &ExerciseTest::weight)
        .def_readonly("kind", &ExerciseTest::kind, "'call' or 'code'")
        .def_readonly("call", &ExerciseTest::call, "the call expression (a call test)")
        .def_readonly("code", &ExerciseTest::code, "the snippet whose `result` is compared (a code test)")
        .def_readonly("expected", &ExerciseTest::expected, "repr of the expected value; None when it raises")
        .def_readonly("raises", &ExerciseTest::raises, "the exception class the test expects")
        .def_readonly("match", &ExerciseTest::match, "regex searched in the exception's message")
        .def_readonly("unordered", &ExerciseTest::unordered, "the top-level list is compared as a multiset")
        .def_readonly("approx", &ExerciseTest::approx, "(abs, rel) tolerance for floats")
        .def_readonly("time_limit_ms", &ExerciseTest::time_limit_ms)
        .def_readonly("output_limit", &ExerciseTest::output_limit, "bytes")
        .def("__repr__", &test_repr);
}

}  // namespace

void bind_exercise(py::module_& module) {
    bind_limits(module);
    bind_exercise_test(module);
    py::class_<Exercise>(module, "Exercise",
                         "A loaded and validated exercise (autograde.load_exercise). Read-only; pass it to\n"
                         "autograde.submit and autograde.check.")
        .def_readonly("id", &Exercise::id, "the folder name, e.g. '01-list-vs-tuple'")
        .def_readonly("dir", &Exercise::dir, "the exercise folder")
        .def_readonly("title", &Exercise::title)
        .def_property_readonly("question", [](const Exercise& e) { return e.question.text; })
        .def_property_readonly("answer", [](const Exercise& e) { return e.question.answer; }, "the model answer")
        .def_readonly("task", &Exercise::task, "what the candidate must write (markdown)")
        .def_readonly("entry", &Exercise::entry, "the names a submission must define")
        .def_readonly("setup", &Exercise::setup, "code run before every test; may be empty")
        .def_readonly("limits", &Exercise::limits)
        .def_property_readonly("tests", &public_tests, "every test, hidden ones as name and weight only")
        .def_property_readonly("max_score", &Exercise::max_score)
        .def("__repr__", &exercise_repr);
}

}  // namespace autograde::python
