// The `tests:` list of exercise.yaml. Private to the loader.
#pragma once

#include <vector>

#include "exercise/fields.h"
#include "exercise/model.h"

namespace autograde {

// Every test of the list, each checked on its own, then their names for duplicates.
// `limits` are the exercise's, which a test's own `limits` override. Tests with
// problems are reported and may be left out.
std::vector<TestCase> read_tests(YamlSource& source, const Field& field, const Limits& limits);

}  // namespace autograde
