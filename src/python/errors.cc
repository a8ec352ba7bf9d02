// autograde.Error and its subclasses, and the translator from the core's exceptions.
#include "python/bindings.h"  // first: it includes pybind11 with its warnings quieted

#include <pybind11/stl.h>

#include "python/errors.h"
#include "util/diagnostic.h"

namespace autograde::python {
namespace {

// The exception classes live as long as the interpreter: these are strong references that
// are never released (a static py::object would be destroyed after the interpreter is).
PyObject* g_error = nullptr;
PyObject* g_exercise_error = nullptr;
PyObject* g_submission_error = nullptr;
PyObject* g_sandbox_error = nullptr;

PyObject* add_exception(py::module_& module, const char* name, const char* doc, py::tuple bases) {
    std::string qualified = std::string("autograde.") + name;
    PyObject* type = PyErr_NewExceptionWithDoc(qualified.c_str(), doc, bases.ptr(), nullptr);
    if (!type) throw py::error_already_set();
    module.add_object(name, py::handle(type));
    return type;
}

py::object none_if(bool absent, py::object value) { return absent ? py::none() : std::move(value); }

// Raises `type(message)` with extra attributes set on the instance.
void raise_with(PyObject* type, const std::string& message, const py::dict& attributes) {
    py::object error = py::reinterpret_borrow<py::object>(type)(message);
    for (auto [name, value] : attributes) py::setattr(error, name, value);
    PyErr_SetObject(type, error.ptr());
}

void raise_exercise_error(const InputError& error) {
    const std::vector<Diagnostic>& diagnostics = error.diagnostics();
    Diagnostic first = diagnostics.empty() ? Diagnostic{} : diagnostics.front();
    py::dict attributes;
    attributes["path"] = none_if(first.path.empty(), py::str(first.path));
    attributes["line"] = none_if(first.line <= 0, py::int_(first.line));
    attributes["column"] = none_if(first.line <= 0 || first.column <= 0, py::int_(first.column));
    attributes["diagnostics"] = py::cast(diagnostics);
    raise_with(g_exercise_error, error.what(), attributes);
}

void translate(std::exception_ptr pointer) {
    try {
        if (pointer) std::rethrow_exception(pointer);
    } catch (const SubmissionFileError& error) {
        py::dict attributes;
        attributes["path"] = py::str(error.path());
        raise_with(g_submission_error, error.what(), attributes);
    } catch (const InputError& error) {
        raise_exercise_error(error);
    } catch (const SandboxError& error) {
        PyErr_SetString(g_sandbox_error, error.what());
    }
}

std::string diagnostic_repr(const Diagnostic& d) {
    std::string where = d.path.empty() ? "" : d.path;
    if (d.line > 0) where += ":" + std::to_string(d.line) + (d.column > 0 ? ":" + std::to_string(d.column) : "");
    return "<Diagnostic " + (where.empty() ? "" : where + " ") + quoted(d.message) + ">";
}

}  // namespace

void bind_errors(py::module_& module) {
    py::class_<Diagnostic>(module, "Diagnostic",
                           "One problem found in an exercise, with its place. str() gives the compiler-style\n"
                           "text the CLI prints: 'path:line:column: error: message', the line and a caret.")
        .def_property_readonly("path", [](const Diagnostic& d) { return none_if(d.path.empty(), py::str(d.path)); },
                               "the file as the user named it; None when the problem has no file")
        .def_property_readonly("line", [](const Diagnostic& d) { return none_if(d.line <= 0, py::int_(d.line)); },
                               "1-based line; None when the problem has no position")
        .def_property_readonly(
            "column", [](const Diagnostic& d) { return none_if(d.line <= 0 || d.column <= 0, py::int_(d.column)); },
            "1-based column in bytes; None when the problem has no position")
        .def_readonly("message", &Diagnostic::message, "the message, without the 'error: ' prefix")
        .def_readonly("source_line", &Diagnostic::source_line, "the offending line; may be empty")
        .def("__str__", &format_diagnostic)
        .def("__repr__", &diagnostic_repr);

    g_error = add_exception(module, "Error", "Base class of every error autograde raises.",
                            py::make_tuple(py::handle(PyExc_Exception)));
    py::handle error(g_error);
    g_exercise_error = add_exception(
        module, "ExerciseError",
        "An exercise that does not load or cannot be found (a ValueError). str() is the CLI's text:\n"
        "every diagnostic, compiler style. Attributes: path, line, column (of the first diagnostic;\n"
        "None when it has no file or position) and diagnostics (all of them, as Diagnostic).",
        py::make_tuple(error, py::handle(PyExc_ValueError)));
    g_submission_error = add_exception(
        module, "SubmissionError",
        "A submission file that does not exist or cannot be read (an OSError). str() is the CLI's\n"
        "message; the attribute path is the path as given.",
        py::make_tuple(error, py::handle(PyExc_OSError)));
    g_sandbox_error = add_exception(
        module, "SandboxError",
        "The grading infrastructure failed (the sandbox could not be set up); never the candidate's\n"
        "fault (a RuntimeError). The CLI exits 3 for it.",
        py::make_tuple(error, py::handle(PyExc_RuntimeError)));
    py::register_exception_translator(&translate);
}

}  // namespace autograde::python
