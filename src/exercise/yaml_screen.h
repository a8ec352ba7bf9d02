// Checks of exercise.yaml made before it is read into nodes, for what yaml-cpp's node
// tree either hides or gets wrong. Private to the loader.
//
// - The text must be UTF-8 without NUL bytes: yaml-cpp turns invalid bytes into U+FFFD
//   in some places and passes them through in others (into a test's `call`, where the
//   harness then fails and the candidate is blamed), and stops at a NUL with a message
//   about whatever follows it.
// - The file must hold one YAML document: yaml-cpp's Load silently drops the rest.
// - Tags (`!!binary`, `!!python/object:...`, `!foo`) are not supported: the node tree
//   keeps them but nothing reads them, so they would be ignored without a word.
// - Nesting is bounded: yaml-cpp stops deep nesting with "bad file" at the end of the
//   file; here it is "nested too deeply" where the limit is crossed.
#pragma once

#include <string_view>

#include "exercise/yaml_source.h"

namespace autograde {

// Reports every line's first invalid UTF-8 sequence or NUL byte. False when there was one:
// the text must not be parsed then.
bool check_text_encoding(YamlSource& source, std::string_view text);

// Reports tags, a second document and nesting deeper than the limit (where it stops). A
// YAML syntax error is left for the node parser to report.
void check_yaml_events(YamlSource& source, std::string_view text);

}  // namespace autograde
