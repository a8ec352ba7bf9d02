// Loading and validating exercise.yaml. All validation of exercises lives here: what the
// loader returns is safe to grade with.
//
// Every problem is reported as a Diagnostic with file, line and column (InputError), and
// the loader reports all the problems it finds, not only the first. It checks: YAML
// syntax; unknown keys (with "did you mean"); missing required keys (title, entry, tests,
// and per test name, call or code, expect or raises); wrong types; duplicate keys;
// duplicate test names; call and code together, expect and raises together; `expect`
// that is not a Python literal (at the bad token); `match` that is not a valid regex or
// is given without `raises`; bad durations and sizes in limits (and out of range ones);
// entry names that are not Python identifiers; weights that are negative or out of
// range, and totals of nothing or of more than scores can hold exactly; setup, call or
// code that is not valid Python (at the compiler's error, python_snippets.h). Before any of
// that (yaml_screen.h): text that is not UTF-8 or holds NUL bytes, a second document,
// tags, nesting too deep. load_exercise reads only regular files of at most 16 MiB.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "exercise/model.h"

namespace autograde {

// Whether the exercise's Python snippets (setup, each call and code) are compiled by the
// interpreter to check them (python_compile.h: about 20 ms, once per exercise and
// process). `autograde list` skips it; everything that grades or shows an exercise does it.
enum class PythonCheck { compile, skip };

// `path` is an exercise folder or its exercise.yaml. Throws InputError.
Exercise load_exercise(const std::filesystem::path& path, PythonCheck python = PythonCheck::compile);

// The same from text in memory; `yaml_path` names it in diagnostics and `id` is its id.
Exercise load_exercise_from_text(std::string_view yaml_text, const std::filesystem::path& yaml_path,
                                 const std::string& id, PythonCheck python = PythonCheck::compile);

}  // namespace autograde
