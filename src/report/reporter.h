// One reporter per output format, each in its own file, chosen by a lower-case name from
// one table (like Catch2's reporter registry). A reporter turns GradeResults into text; it
// decides nothing and never sees anything a GradeResult does not already hold, so a
// reporter cannot leak a hidden test.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "grading/result.h"

namespace autograde {

struct ReportOptions {
    bool color = false;    // ANSI colours (the CLI sets it when stdout is a terminal)
    bool verbose = false;  // text: also show passed tests' details
};

class Reporter {
public:
    virtual ~Reporter() = default;
    // One submission's report, written completely.
    virtual void write(std::ostream& out, const GradeResult& result) const = 0;
};

struct ReporterEntry {
    std::string_view name;         // as given to --format
    std::string_view description;  // one line for --help
    std::unique_ptr<Reporter> (*make)(const ReportOptions&);
};

// The table of every format, in the order --help lists them.
const std::vector<ReporterEntry>& reporters();

// nullptr when no format has that name.
std::unique_ptr<Reporter> make_reporter(std::string_view name, const ReportOptions& options);

}  // namespace autograde
