// A test's `expect:` — the expected value, a Python literal written as a YAML scalar.
// Private to the loader.
#pragma once

#include "exercise/fields.h"
#include "exercise/model.h"

namespace autograde {

// Parses the literal into test.expect (and keeps its text in test.expect_text). A YAML
// list, mapping or null is an error that shows how to quote it; a bad literal is
// reported at its bad token when that can be found in the file (scalar_offsets.h).
void read_expect(YamlSource& source, const Field& field, TestCase& test);

}  // namespace autograde
