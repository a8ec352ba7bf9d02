#include "exercise/python_names.h"

#include <algorithm>
#include <array>

namespace autograde {
namespace {

constexpr std::array<std::string_view, 35> k_keywords = {
    "False", "None",   "True",    "and",      "as",       "assert", "async",  "await",    "break",
    "class", "continue", "def",   "del",      "elif",     "else",   "except", "finally",  "for",
    "from",  "global", "if",      "import",   "in",       "is",     "lambda", "nonlocal", "not",
    "or",    "pass",   "raise",   "return",   "try",      "while",  "with",   "yield",
};

// Python's builtin exception classes (3.11, and PythonFinalizationError of 3.13).
constexpr std::array<std::string_view, 70> k_builtin_exceptions = {
    "ArithmeticError", "AssertionError", "AttributeError", "BaseException", "BaseExceptionGroup",
    "BlockingIOError", "BrokenPipeError", "BufferError", "BytesWarning", "ChildProcessError",
    "ConnectionAbortedError", "ConnectionError", "ConnectionRefusedError", "ConnectionResetError",
    "DeprecationWarning", "EOFError", "EncodingWarning", "EnvironmentError", "Exception", "ExceptionGroup",
    "FileExistsError", "FileNotFoundError", "FloatingPointError", "FutureWarning", "GeneratorExit", "IOError",
    "ImportError", "ImportWarning", "IndentationError", "IndexError", "InterruptedError", "IsADirectoryError",
    "KeyError", "KeyboardInterrupt", "LookupError", "MemoryError", "ModuleNotFoundError", "NameError",
    "NotADirectoryError", "NotImplementedError", "OSError", "OverflowError", "PendingDeprecationWarning",
    "PermissionError", "ProcessLookupError", "PythonFinalizationError", "RecursionError", "ReferenceError",
    "ResourceWarning", "RuntimeError", "RuntimeWarning", "StopAsyncIteration", "StopIteration", "SyntaxError",
    "SyntaxWarning", "SystemError", "SystemExit", "TabError", "TimeoutError", "TypeError",
    "UnboundLocalError", "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeError", "UnicodeTranslateError",
    "UnicodeWarning", "UserWarning", "ValueError", "Warning", "ZeroDivisionError",
};

bool is_name_start(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_'; }
bool is_name_char(char c) { return is_name_start(c) || (c >= '0' && c <= '9'); }

}  // namespace

bool is_python_keyword(std::string_view word) {
    return std::find(k_keywords.begin(), k_keywords.end(), word) != k_keywords.end();
}

bool is_builtin_exception_name(std::string_view name) {
    return std::find(k_builtin_exceptions.begin(), k_builtin_exceptions.end(), name) != k_builtin_exceptions.end();
}

bool is_python_identifier(std::string_view word) {
    if (word.empty() || !is_name_start(word.front())) return false;
    return std::all_of(word.begin(), word.end(), is_name_char) && !is_python_keyword(word);
}

bool is_dotted_name(std::string_view text) {
    while (true) {
        const std::size_t dot = text.find('.');
        if (!is_python_identifier(text.substr(0, dot))) return false;
        if (dot == std::string_view::npos) return true;
        text.remove_prefix(dot + 1);
    }
}

}  // namespace autograde
