// The report options `submit`, `grade` and `merge` share: format names (--format) and
// --gradescope-hidden, parsed once, with the same usage errors everywhere.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "cli/command.h"
#include "report/reporter.h"

namespace autograde {

// Every format's name, in the table's order, joined by `separator` ("text|json|...").
std::string format_names(std::string_view separator);

// The table's entry for `format`. Throws UsageError for an unknown name: "autograde
// COMMAND: unknown format 'jsno'; did you mean 'json'? (formats: text, json, ...)".
const ReporterEntry& format_entry(std::string_view command, const std::string& format);

// --gradescope-hidden: after_published when not given. Throws UsageError for another value.
HiddenVisibility gradescope_hidden_option(const CommandContext& context, std::string_view command);

}  // namespace autograde
