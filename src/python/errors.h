// The C++ exceptions the bindings translate into Python ones (errors.cc):
//
//   InputError (from the loader or the catalogue)  -> autograde.ExerciseError   (ValueError)
//   SubmissionFileError (a submission file problem) -> autograde.SubmissionError (OSError)
//   SandboxError                                    -> autograde.SandboxError    (RuntimeError)
//
// All three derive from autograde.Error. Anything else keeps pybind11's default translation
// (std::exception -> RuntimeError), so that no C++ exception ever ends the interpreter.
#pragma once

#include <stdexcept>
#include <string>

namespace autograde::python {

// read_submission throws InputError, as the loader does; the bindings re-throw it as this
// so that Python can tell "your submission file" from "your exercise". The message is the
// core's (the CLI prints the same text).
class SubmissionFileError : public std::runtime_error {
public:
    SubmissionFileError(std::string path, const std::string& message)
        : std::runtime_error(message), m_path(std::move(path)) {}
    const std::string& path() const { return m_path; }

private:
    std::string m_path;
};

}  // namespace autograde::python
