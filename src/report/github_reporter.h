// The "github" format: GitHub Actions workflow commands, for a step that runs autograde
// and prints its report to the log. Each line is one command, which GitHub turns into an
// annotation on the run (and on the file, when the submission is in the repository):
//
//   ::error file=solutions/freeze.py,title=01-list-vs-tuple%3A nested dict (wrong_answer)::expected a frozenset, got a tuple%0Acall: ...
//   ::error file=solutions/freeze.py,title=01-list-vs-tuple%3A hidden test 2 (hidden, wrong_answer)::wrong answer
//   ::notice file=solutions/freeze.py,title=01-list-vs-tuple::score: 2/11 (18%) — 2 of 9 tests passed
//
// An ::error per test that did not pass and ran (not_run tests are not annotated one by
// one), in order; or, when the submission did not load, one ::error with its status and
// message; then a ::notice with the score, always. Every failure is an error, limits
// included: each one costs points. The message is the test's explanation (report_text.h;
// for a hidden test only the judge's generic message), cut to 2000 characters.
//
// Escaping, as GitHub's toolkit does (@actions/core): in a message % CR LF become %25 %0D
// %0A; in a property value also : and , become %3A and %2C. So a report is always exactly
// one line per command, and nothing a candidate prints can start a command of its own.
// Before that, invalid UTF-8 and control characters other than tab, CR and LF become
// U+FFFD (util/xml.h), so that no escape sequence reaches the log.
//
// write_many: every result's commands, one result after another.
#pragma once

#include <memory>

#include "report/reporter.h"

namespace autograde {

class GithubReporter final : public Reporter {
public:
    void write(std::ostream& out, const GradeResult& result) const override;
    void write_many(std::ostream& out, const std::vector<GradeResult>& results) const override;
};

std::unique_ptr<Reporter> make_github_reporter(const ReportOptions& options);

// Escaped as the message of a workflow command, and as the value of one of its properties.
std::string github_escape_data(std::string_view text);
std::string github_escape_property(std::string_view text);

}  // namespace autograde
