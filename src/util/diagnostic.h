// Errors in what an operator gave us (an exercise file, a command line), reported the
// way a compiler reports them:
//
//   exercises/03-generators/exercise.yaml:12:5: error: 'limits.time' must be a duration such as 2s
//      12 |   time: fast
//         |     ^
//
// util knows nothing of autograde: these types carry text and positions only.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace autograde {

struct Diagnostic {
    std::string path;         // as the user named the file
    int line = 0;             // 1-based; 0 when the problem has no position (a missing file)
    int column = 0;           // 1-based, in bytes
    std::string message;      // without the "error: " prefix
    std::string source_line;  // the offending line, for the caret display; may be empty
};

// "path:line:col: error: message" followed by the source line and a caret under column.
std::string format_diagnostic(const Diagnostic& diagnostic);

// Bad input from the operator: one or more diagnostics. The CLI prints them all and exits 2.
class InputError : public std::runtime_error {
public:
    explicit InputError(std::vector<Diagnostic> diagnostics);
    explicit InputError(const std::string& message);  // a diagnostic without a file
    // A problem with a whole file, without a position: "path: error: message".
    InputError(const std::string& path, const std::string& message);
    const std::vector<Diagnostic>& diagnostics() const { return m_diagnostics; }

private:
    std::vector<Diagnostic> m_diagnostics;
};

// The grading infrastructure itself failed (the sandbox could not be set up, a pipe broke
// on our side). Never the candidate's fault; the CLI exits 3.
class SandboxError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace autograde
