// Compiling an exercise's own Python snippets (each test's `call` or `code`, and `setup`)
// with the real interpreter, so that a snippet that is not valid Python is the exercise
// author's error at load time, with its position, instead of an `error` verdict that
// every candidate gets. Private to the loader.
//
// Trust: the snippets are the exercise's, not a candidate's, and compile() only parses:
// nothing of them runs. The interpreter is started with -I -S and an empty environment.
//
// The interpreter is a child of this process: do not load an exercise while this process
// grades under a subreaper (sandbox/process_tree.h kills every child that is not a
// harness). The CLI's commands load their exercises before they grade.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace autograde {

struct PythonSnippet {
    std::string text;
    bool expression = false;  // a `call` (compiled as eval) rather than code (exec)
};

struct PythonSyntaxProblem {
    int line = 0;    // 1-based within the snippet; 0 when the compiler gave none
    int column = 0;  // 1-based, in characters as Python counts them; 0 when none
    std::string message;  // Python's own words: "'(' was never closed"
};

// One entry per snippet: nothing when it compiles. Nothing at all (std::nullopt) when
// the interpreter could not be run or answered nonsense: the check is then skipped, and
// grading reports any such snippet the way it always did. Results are remembered for the
// process's lifetime, so a batch or `check` compiles an exercise's snippets once.
std::optional<std::vector<std::optional<PythonSyntaxProblem>>> compile_python_snippets(
    const std::vector<PythonSnippet>& snippets);

}  // namespace autograde
