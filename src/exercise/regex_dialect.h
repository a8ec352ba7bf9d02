// `match:` is an ECMAScript regular expression (std::regex), but exercise authors write
// Python's. Constructs that only Python has either fail to compile with a message that
// does not say why, or (`\A`) compile to something else silently. This finds them, so
// that each is reported where it is written with what to write instead. Private to the
// loader.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace autograde {

struct PythonRegexConstruct {
    std::size_t offset;  // of its first byte in the pattern
    std::string message; // what it is and what ECMAScript has instead
};

// Every Python-only construct in `pattern`, in order: \A, \Z, inline flags ((?i),
// (?i:...)), named groups and references ((?P<x>...), (?P=x), (?<x>...)), lookbehind
// ((?<=...), (?<!...)), comments ((?#...)) and conditionals ((?(1)...)). Character
// classes and escaped characters are skipped.
std::vector<PythonRegexConstruct> find_python_regex_constructs(std::string_view pattern);

}  // namespace autograde
