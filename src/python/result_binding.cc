// autograde.Result, TestResult and Sandbox: a GradeResult as Python sees it. The reports
// (to_json, report, str) come from the core's reporters, the very ones the CLI uses.
#include "python/bindings.h"  // first: it includes pybind11 with its warnings quieted

#include <pybind11/stl.h>

#include <sstream>

#include "grading/result.h"
#include "report/reporter.h"

namespace autograde::python {
namespace {

// What the reporter named `format` writes for `result`. Throws ValueError for a name that
// is not in the core's table of reporters.
std::string report(const GradeResult& result, const std::string& format, bool verbose, bool color) {
    auto reporter = make_reporter(format, ReportOptions{color, verbose});
    if (!reporter) {
        std::string names;
        for (const ReporterEntry& entry : reporters()) names += (names.empty() ? "'" : ", '") + std::string(entry.name) + "'";
        throw py::value_error("autograde: unknown report format '" + format + "' (formats: " + names + ")");
    }
    std::ostringstream out;
    reporter->write(out, result);
    return out.str();
}

std::size_t passed_count(const GradeResult& result) {
    std::size_t passed = 0;
    for (const TestResult& test : result.tests) passed += test.verdict == Verdict::passed ? 1 : 0;
    return passed;
}

// A visible test's detail, or None for a hidden test (whose detail the core never keeps).
py::object visible_only(const TestResult& test, const std::string& detail) {
    return test.hidden ? py::none() : py::object(py::str(detail));
}

std::string result_repr(const GradeResult& result) {
    return "<Result " + result.exercise + " " + std::string(to_string(result.status)) + " " +
           format_number(result.score) + "/" + format_number(result.max_score) + ">";
}

std::string test_result_repr(const TestResult& test) {
    return "<TestResult " + quoted(test.name) + (test.hidden ? " hidden " : " ") + std::string(to_string(test.verdict)) +
           " " + format_number(test.verdict == Verdict::passed ? test.weight : 0) + "/" + format_number(test.weight) + ">";
}

std::string sandbox_repr(const SandboxSummary& sandbox) {
    return "<Sandbox tier " + sandbox.tier + ": " + std::to_string(sandbox.layers.size()) + " layers, " +
           std::to_string(sandbox.missing.size()) + " missing>";
}

void bind_test_result(py::module_& module) {
    py::class_<TestResult>(module, "TestResult",
                           "What happened to one test. call, expected, got and output are None for a hidden test.")
        .def_readonly("name", &TestResult::name)
        .def_readonly("hidden", &TestResult::hidden)
        .def_property_readonly("visibility", [](const TestResult& t) { return t.hidden ? "hidden" : "visible"; })
        .def_property_readonly("verdict", [](const TestResult& t) { return std::string(to_string(t.verdict)); },
                               "passed, wrong_answer, error, time_limit, memory_limit, output_limit, crashed or not_run")
        .def_property_readonly("passed", [](const TestResult& t) { return t.verdict == Verdict::passed; })
        .def_readonly("weight", &TestResult::weight)
        .def_readonly("time_ms", &TestResult::time_ms, "wall clock of the test's run, ms; 0 for a hidden test")
        .def_readonly("message", &TestResult::message, "why it did not pass; empty when it passed")
        .def_property_readonly("call", [](const TestResult& t) { return visible_only(t, t.call); },
                               "the call expression or code snippet")
        .def_property_readonly("expected", [](const TestResult& t) { return visible_only(t, t.expected); },
                               "repr of the expected value, or 'raises ValueError'")
        .def_property_readonly("got", [](const TestResult& t) { return visible_only(t, t.got); },
                               "repr of the value, or 'ValueError: message'")
        .def_property_readonly("output", [](const TestResult& t) { return visible_only(t, t.output); },
                               "what the test printed (stdout then stderr), cut to a few KiB")
        .def("__repr__", &test_result_repr);
}

void bind_review_note(py::module_& module) {
    py::class_<ReviewNote>(module, "ReviewNote",
                           "Where the source tampers with the interpreter the tests share: for a person to read,\n"
                           "never part of the score.")
        .def_readonly("line", &ReviewNote::line, "1-based line in the submission")
        .def_readonly("note", &ReviewNote::note)
        .def("__repr__", [](const ReviewNote& n) { return "<ReviewNote line " + std::to_string(n.line) + ": " + n.note + ">"; });
}

void bind_sandbox(py::module_& module) {
    py::class_<SandboxSummary>(module, "Sandbox", "The protections a submission was graded under.")
        .def_readonly("tier", &SandboxSummary::tier)
        .def_readonly("layers", &SandboxSummary::layers, "the layers in force")
        .def_readonly("missing", &SandboxSummary::missing, "the layers not in force, each with the reason")
        .def("__repr__", &sandbox_repr);
}

}  // namespace

void bind_result(py::module_& module) {
    bind_test_result(module);
    bind_sandbox(module);
    bind_review_note(module);
    py::class_<GradeResult>(module, "Result",
                            "The outcome of grading one submission (autograde.submit). str() is the CLI's text\n"
                            "report; to_json() is exactly what 'autograde submit --format json' prints.")
        .def_readonly("exercise", &GradeResult::exercise, "the exercise id")
        .def_readonly("title", &GradeResult::title)
        .def_readonly("submission", &GradeResult::submission, "the path as given, or '<source>'")
        .def_readonly("sha256", &GradeResult::submission_sha256, "of the submission's bytes")
        .def_property_readonly("status", [](const GradeResult& r) { return std::string(to_string(r.status)); },
                               "graded, syntax_error, import_error, missing_entry, time_limit, ...")
        .def_readonly("message", &GradeResult::status_message, "why it was not graded; empty when graded")
        .def_readonly("score", &GradeResult::score)
        .def_readonly("max_score", &GradeResult::max_score)
        .def_property_readonly("full_score", &GradeResult::full_score)
        .def_readonly("time_ms", &GradeResult::time_ms, "sandbox start to the last visible test, ms")
        .def_property_readonly("passed", &passed_count, "how many tests passed")
        .def_property_readonly("failed", [](const GradeResult& r) { return r.tests.size() - passed_count(r); })
        .def_readonly("tests", &GradeResult::tests)
        .def_readonly("review", &GradeResult::review, "review notes (ReviewNote), in source order")
        .def_readonly("sandbox", &GradeResult::sandbox)
        .def(
            "to_json", [](const GradeResult& r) { return report(r, "json", false, false); },
            "The JSON report, byte for byte what 'autograde submit --format json' prints (with its final newline).")
        .def("report", &report, py::arg("format") = "text", py::arg("verbose") = false, py::arg("color") = false,
             "The report in any of the CLI's formats ('text', 'json', ...), as 'autograde submit --format' prints it.")
        .def("__str__", [](const GradeResult& r) { return report(r, "text", false, false); })
        .def("__repr__", &result_repr);
}

}  // namespace autograde::python
