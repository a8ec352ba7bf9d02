// One reporter per output format, each in its own file, chosen by a lower-case name from
// one table (like Catch2's reporter registry). A reporter turns GradeResults into text; it
// decides nothing and never sees anything a GradeResult does not already hold, so a
// reporter cannot leak a hidden test.
#pragma once

#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "grading/result.h"

namespace autograde {

// Where a hidden test is shown in an LMS that can delay it (gradescope): to students once
// the grades are published, or never (to instructors only).
enum class HiddenVisibility { after_published, hidden };

struct ReportOptions {
    bool color = false;    // ANSI colours (the CLI sets it when stdout is a terminal)
    bool verbose = false;  // text: also show passed tests' details
    HiddenVisibility gradescope_hidden = HiddenVisibility::after_published;
};

class Reporter {
public:
    virtual ~Reporter() = default;
    // One submission's report, written completely.
    virtual void write(std::ostream& out, const GradeResult& result) const = 0;

    // Many submissions' reports as one document, in the order given (the batch command's
    // output). Each format says what that is (json: an array of write()'s objects; junit:
    // one <testsuites> with a suite each; github: every submission's commands). This
    // default writes each report as write() does, one after another with a blank line
    // between (text); nothing at all for none. A format that can hold only one submission
    // (gradescope, exercism) writes it when there is exactly one and otherwise throws
    // std::invalid_argument naming the format.
    virtual void write_many(std::ostream& out, const std::vector<GradeResult>& results) const;
};

struct ReporterEntry {
    std::string_view name;         // as given to --format
    std::string_view description;  // one line for --help
    std::string_view file_suffix;  // a report file's name ends ".SUFFIX" (batch --reports)
    std::unique_ptr<Reporter> (*make)(const ReportOptions&);
};

// The table of every format, in the order --help lists them.
const std::vector<ReporterEntry>& reporters();

// The table's entry for that format; nullptr when no format has that name.
const ReporterEntry* find_reporter(std::string_view name);

// nullptr when no format has that name.
std::unique_ptr<Reporter> make_reporter(std::string_view name, const ReportOptions& options);

// "after_published" or "hidden" (as --gradescope-hidden spells them); nullopt otherwise.
std::optional<HiddenVisibility> hidden_visibility_from_string(std::string_view name);
std::string_view to_string(HiddenVisibility visibility);

}  // namespace autograde
