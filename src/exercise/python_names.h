// What counts as a Python name in exercise.yaml (`entry`, `raises`), and which names are
// Python's builtin exceptions (the judge applies `raises:` with it).
#pragma once

#include <string_view>

namespace autograde {

// A hard keyword of Python 3 (`class`, `None`, ...). Soft keywords (`match`, `case`,
// `type`, `_`) are names.
bool is_python_keyword(std::string_view word);

// The name of one of Python's builtin exception classes: ValueError, KeyError, ...
bool is_builtin_exception_name(std::string_view name);

// [A-Za-z_][A-Za-z0-9_]* and not a keyword. Python also allows non-ASCII letters; we do
// not, so that a name can never hide a look-alike character.
bool is_python_identifier(std::string_view word);

// Identifiers joined by dots, as an exception class is named: ValueError, json.JSONDecodeError.
bool is_dotted_name(std::string_view text);

}  // namespace autograde
