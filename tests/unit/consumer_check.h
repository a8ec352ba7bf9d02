// Checking a report as its consumer would read it, not against approved bytes: runs
// tests/integration/formats/check_report.py (a real XML parser and JUnit schema, JSON
// Schemas written from Gradescope's and Exercism's documentation, GitHub's workflow-command
// grammar) on the report, with Debian's python3.
#pragma once

#include <string>
#include <string_view>

namespace autograde::testing {

struct ConsumerCheck {
    int exit_code = -1;    // 0: the consumer accepts it; 1: it does not (see problems)
    std::string problems;  // what the checker printed, one problem a line
};

// `format` is junit, gradescope, exercism or github.
ConsumerCheck check_as_consumer(std::string_view format, const std::string& report);

}  // namespace autograde::testing
