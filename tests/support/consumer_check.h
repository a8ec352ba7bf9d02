// Checking a report as its consumer would read it, not against approved bytes: runs
// tests/integration/formats/check_report.py (a real XML parser and JUnit schema, JSON
// Schemas written from Gradescope's and Exercism's documentation, GitHub's workflow-command
// grammar) on the report, with Debian's python3. Shared by the unit and integration tests.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace autograde::testing {

struct ConsumerCheck {
    int exit_code = -1;    // 0: the consumer accepts it; 1: it does not (see problems)
    std::string problems;  // what the checker printed, one problem a line
    bool accepted() const { return exit_code == 0; }
};

// `format` is junit, gradescope, exercism or github. `report` is the report's text.
ConsumerCheck check_as_consumer(std::string_view format, const std::string& report);

// The same for a report file.
ConsumerCheck check_file_as_consumer(std::string_view format, const std::string& path);

// Many files ({format, path}), their checkers running side by side; a check for each.
std::vector<ConsumerCheck> check_files_as_consumer(const std::vector<std::pair<std::string, std::string>>& files);

}  // namespace autograde::testing
