// `import autograde`: the module's entry point (PyInit_autograde) and the small text
// helpers the __repr__s share.
#include <cstdio>
#include <sstream>

#include "python/bindings.h"

namespace autograde::python {

std::string format_number(double value) {
    std::ostringstream text;
    text << value;
    return text.str();
}

// As Python's repr of a str: single quotes unless the text holds one and no double quote;
// backslashes, the quote and control characters escaped. Bytes >= 0x80 pass unchanged.
std::string quoted(const std::string& text) {
    char quote = text.find('\'') != std::string::npos && text.find('"') == std::string::npos ? '"' : '\'';
    std::string out(1, quote);
    for (unsigned char c : text) {
        if (c == '\\' || c == static_cast<unsigned char>(quote)) {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < 0x20 || c == 0x7f) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\x%02x", c);
            out += escaped;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out + quote;
}

}  // namespace autograde::python

PYBIND11_MODULE(autograde, module) {
    using namespace autograde::python;
    module.doc() =
        "autograde: grade Python submissions against exercises, in a sandbox — the same C++ core as the\n"
        "autograde command, so results and reports are identical to the CLI's.\n\n"
        "    exercise = autograde.load_exercise('01-list-vs-tuple')\n"
        "    result = autograde.submit(exercise, source=code)   # or path='solution.py'\n"
        "    result.score, result.max_score, result.tests, result.to_json()\n\n"
        "See docs/python-api.md.";
    module.attr("__version__") = AUTOGRADE_VERSION;
    bind_errors(module);
    bind_exercise(module);
    bind_result(module);
    bind_check(module);
    bind_functions(module);
}
