// Finding a byte of a YAML scalar's value in the file, so that a problem inside the
// value (a bad token in an `expect` literal) is reported where it is written. Private
// to the loader.
#pragma once

#include <cstddef>
#include <optional>

#include <yaml-cpp/yaml.h>

#include "exercise/yaml_source.h"

namespace autograde {

struct SourcePosition {
    int line = 0;    // 1-based
    int column = 0;  // 1-based, in bytes
};

// Where byte `offset` of `scalar`'s value is written in the file. Known for plain
// scalars and quoted scalars written on one line, and for literal block scalars (`|`)
// without an indentation indicator; an offset at or past the end of the value is the
// position just after its last character. Nothing when the position cannot be known
// (folded or multi-line flow scalars, or a file whose text does not match the value).
std::optional<SourcePosition> locate_in_scalar(const YamlSource& source, const YAML::Node& scalar, std::size_t offset);

}  // namespace autograde
