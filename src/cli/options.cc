#include "cli/options.h"

#include "util/text.h"

namespace autograde {
namespace {

const OptionSpec* find_spec(const std::vector<OptionSpec>& specs, const std::string& name) {
    for (const OptionSpec& spec : specs)
        if (spec.name == name) return &spec;
    return nullptr;
}

[[noreturn]] void unknown_option(const std::string& command, const std::string& name, const std::vector<OptionSpec>& specs) {
    std::vector<std::string> names;
    for (const OptionSpec& spec : specs) names.push_back(spec.name);
    std::string message = "autograde " + command + ": unknown option '" + name + "'";
    if (auto near = closest_match(name, names)) message += "; did you mean '" + *near + "'?";
    else message += " (see 'autograde " + command + " --help')";
    throw UsageError(message);
}

}  // namespace

ParsedArgs::ParsedArgs(const std::string& command, const std::vector<std::string>& args,
                       const std::vector<OptionSpec>& specs) {
    bool options_ended = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (options_ended || arg.size() < 2 || arg[0] != '-') {
            m_positionals.push_back(arg);
            continue;
        }
        if (arg == "--") {
            options_ended = true;
            continue;
        }
        std::string name = arg.substr(0, arg.find('='));
        const OptionSpec* spec = find_spec(specs, name);
        if (!spec) unknown_option(command, name, specs);
        std::optional<std::string> inline_value;
        if (name.size() < arg.size()) inline_value = arg.substr(name.size() + 1);
        if (spec->value_name.empty()) {
            if (inline_value) throw UsageError("autograde " + command + ": option '" + name + "' takes no value");
            m_values[name].push_back("");
        } else if (inline_value) {
            m_values[name].push_back(*inline_value);
        } else if (i + 1 < args.size()) {
            m_values[name].push_back(args[++i]);
        } else {
            throw UsageError("autograde " + command + ": option '" + name + "' needs a value (" + spec->value_name + ")");
        }
    }
}

std::optional<std::string> ParsedArgs::value(const std::string& name) const {
    auto it = m_values.find(name);
    if (it == m_values.end()) return std::nullopt;
    return it->second.back();
}

std::vector<std::string> ParsedArgs::values(const std::string& name) const {
    auto it = m_values.find(name);
    return it == m_values.end() ? std::vector<std::string>() : it->second;
}

}  // namespace autograde
