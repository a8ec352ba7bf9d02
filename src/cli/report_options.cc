#include "cli/report_options.h"

#include <vector>

#include "util/text.h"

namespace autograde {

std::string format_names(std::string_view separator) {
    std::string names;
    for (const ReporterEntry& entry : reporters()) names += (names.empty() ? "" : std::string(separator)) + std::string(entry.name);
    return names;
}

const ReporterEntry& format_entry(std::string_view command, const std::string& format) {
    if (const ReporterEntry* entry = find_reporter(format)) return *entry;
    std::vector<std::string> names;
    for (const ReporterEntry& entry : reporters()) names.emplace_back(entry.name);
    std::string message = "autograde " + std::string(command) + ": unknown format '" + format + "'";
    if (auto near = closest_match(format, names)) message += "; did you mean '" + *near + "'?";
    throw UsageError(message + " (formats: " + format_names(", ") + ")");
}

HiddenVisibility gradescope_hidden_option(const CommandContext& context, std::string_view command) {
    auto text = context.args.value("--gradescope-hidden");
    if (!text) return HiddenVisibility::after_published;
    if (auto parsed = hidden_visibility_from_string(*text)) return *parsed;
    throw UsageError("autograde " + std::string(command) + ": --gradescope-hidden must be after_published or hidden, not '" +
                     *text + "'");
}

}  // namespace autograde
