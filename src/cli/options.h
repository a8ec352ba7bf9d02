// Command-line arguments of one subcommand: options declared up front (with or without a
// value), positionals in order. An option given twice keeps every value, in order: value()
// is the last (a later option overrides), values() all of them (repeatable options). Parse errors are usage errors (exit 2) that name the
// subcommand and suggest the nearest known option.
#pragma once

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace autograde {

struct OptionSpec {
    std::string name;         // "--format"
    std::string value_name;   // "FORMAT"; empty for a flag
    std::string help;         // one line
};

class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class ParsedArgs {
public:
    // Throws UsageError. Accepts "--name value" and "--name=value"; "--" ends options.
    ParsedArgs(const std::string& command, const std::vector<std::string>& args, const std::vector<OptionSpec>& specs);

    bool flag(const std::string& name) const { return m_values.count(name) != 0; }
    std::optional<std::string> value(const std::string& name) const;
    std::vector<std::string> values(const std::string& name) const;  // empty when not given
    const std::vector<std::string>& positionals() const { return m_positionals; }

private:
    std::map<std::string, std::vector<std::string>> m_values;  // a flag's value is ""
    std::vector<std::string> m_positionals;
};

}  // namespace autograde
