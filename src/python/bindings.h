// The pybind11 module `autograde`: the C++ core seen from Python. Translation only — each
// bind_* adds one part of the API to the module and decides nothing that the core does not
// already decide: grading, judging, scoring, validation and the reports all stay in the
// core, so that a Python caller and the CLI get the same results, byte for byte.
//
// Conventions of the Python side (docs/python-api.md):
// - verdicts, statuses and roles are the contract's lower-case strings ("passed", "graded");
// - what a hidden test must not show (its call, code, expected value, what it returned,
//   its output) is None, never an empty string that could be mistaken for a value;
// - every call that may grade or read files releases the GIL.
#pragma once

// GCC 12's flow-based -Wnull-dereference fires inside pybind11 2.10's own code
// (detail::clear_patients, inlined into every module); the warning is not about ours.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wnull-dereference"
#include <pybind11/pybind11.h>
#pragma GCC diagnostic pop

#include <string>

namespace autograde::python {

namespace py = pybind11;

void bind_errors(py::module_& module);     // errors.cc: Error, ExerciseError, SubmissionError, SandboxError
void bind_exercise(py::module_& module);   // exercise_binding.cc: Exercise, Limits, ExerciseTest
void bind_result(py::module_& module);     // result_binding.cc: Result, TestResult, Sandbox
void bind_check(py::module_& module);      // check_binding.cc: Check, SubmissionCheck
void bind_functions(py::module_& module);  // functions.cc: load_exercise, submit, check, exercises

// A number as the CLI prints a score or a weight: 29, 2.5, 0.333333.
std::string format_number(double value);

// Python's repr of a str, for __repr__ texts: 'flat list', "it's".
std::string quoted(const std::string& text);

}  // namespace autograde::python
