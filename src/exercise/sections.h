// The top-level sections of exercise.yaml other than the tests: `question`, `entry` and
// `limits` (also a test's own `limits`). Private to the loader; each reports problems
// to the YamlSource and returns what it could read.
#pragma once

#include <string>
#include <vector>

#include "exercise/fields.h"
#include "exercise/model.h"

namespace autograde {

// `question:` — a mapping with `text` (required) and `answer`.
Question read_question(YamlSource& source, const Field& field);

// `entry:` — a name, or a non-empty list of distinct names. Empty when it is not valid.
std::vector<std::string> read_entry(YamlSource& source, const Field& field);

// The exercise's `limits:` — any of time, memory and output; the rest keep their defaults.
Limits read_exercise_limits(YamlSource& source, const Field& field);

// A test's own `limits:` — time and output only (memory is set once per submission);
// each one given replaces the exercise's in `test`.
void read_test_limits(YamlSource& source, const Field& field, TestCase& test);

}  // namespace autograde
