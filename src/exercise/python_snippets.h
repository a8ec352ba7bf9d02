// Checking that an exercise's Python snippets compile (python_compile.h), reported at the
// bad token in exercise.yaml. Private to the loader.
#pragma once

#include <yaml-cpp/yaml.h>

#include "exercise/yaml_source.h"

namespace autograde {

// For an exercise that loaded without other errors: reports each `setup`, `call` and
// `code` that is not valid Python, at the position of the compiler's error in the file
// when it can be known, else at the snippet.
void check_python_snippets(YamlSource& source, const YAML::Node& root);

}  // namespace autograde
