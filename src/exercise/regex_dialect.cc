#include "exercise/regex_dialect.h"

namespace autograde {
namespace {

// The construct that starts with "(?" at pattern[i], if it is Python's.
std::string group_message(std::string_view rest) {
    if (rest.starts_with("P<") || rest.starts_with("P=") || rest.starts_with("P>"))
        return "named groups like (?P<name>...) are Python syntax and are not supported; use a plain group (...)";
    if (rest.starts_with("<=") || rest.starts_with("<!"))
        return "lookbehind like (?<=...) or (?<!...) is not supported; match the text before it instead";
    if (rest.starts_with("<")) return "named groups like (?<name>...) are not supported; use a plain group (...)";
    if (rest.starts_with("#")) return "comments like (?#...) are Python syntax; remove it";
    if (rest.starts_with("(")) return "conditional groups like (?(1)...) are Python syntax and are not supported";
    if (!rest.empty() && std::string_view("aiLmsux-").find(rest.front()) != std::string_view::npos)
        return "inline flags like (?i) are not supported; spell the cases out, as in [Mm]ust";
    return "";
}

// The length of the character class that starts at pattern[i] ('['), to its ']'.
std::size_t class_length(std::string_view pattern, std::size_t i) {
    std::size_t k = i + 1;
    if (k < pattern.size() && pattern[k] == '^') ++k;
    if (k < pattern.size() && pattern[k] == ']') ++k;  // a ']' first is a member
    for (; k < pattern.size(); ++k) {
        if (pattern[k] == '\\') ++k;
        else if (pattern[k] == ']') return k + 1 - i;
    }
    return pattern.size() - i;
}

}  // namespace

std::vector<PythonRegexConstruct> find_python_regex_constructs(std::string_view pattern) {
    std::vector<PythonRegexConstruct> found;
    for (std::size_t i = 0; i < pattern.size();) {
        const char c = pattern[i];
        if (c == '\\' && i + 1 < pattern.size()) {
            if (pattern[i + 1] == 'A') found.push_back({i, "'\\A' is Python syntax; ECMAScript uses '^'"});
            if (pattern[i + 1] == 'Z' || pattern[i + 1] == 'z')
                found.push_back({i, "'\\" + std::string(1, pattern[i + 1]) + "' is Python syntax; ECMAScript uses '$'"});
            i += 2;
        } else if (c == '[') {
            i += class_length(pattern, i);
        } else if (c == '(' && i + 1 < pattern.size() && pattern[i + 1] == '?') {
            std::string message = group_message(pattern.substr(i + 2));
            if (!message.empty()) found.push_back({i, std::move(message)});
            i += 2;
        } else {
            ++i;
        }
    }
    return found;
}

}  // namespace autograde
