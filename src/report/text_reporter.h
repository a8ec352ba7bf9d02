// The "text" format: for a person reading a terminal.
//
//   01-list-vs-tuple  Freeze nested data
//   submission: solutions/freeze.py
//
//     PASS   flat list           1 ms
//     FAIL   nested dict         2 ms  wrong_answer
//            call:     freeze({'a': [1]})
//            expected: frozenset({('a', (1,))})
//            got:      (('a', [1]),)
//            first difference at ...
//            output:   | a printed line
//     TIME   infinite loop    2000 ms  time_limit — took longer than 2 s
//     FAIL   secret (hidden)     3 ms  wrong_answer
//
//   score: 3/5 (60%) — 1 of 4 tests passed
//   sandbox: tier B — rlimits, seccomp (missing: cgroups: not delegated)
//
// One line a test: a tag, the name (with [xW] on every test when the weights differ and
// "(hidden)" for hidden ones), the time and, unless passed, the verdict. A one-line
// message goes on that line when no value came back; otherwise it goes under the details.
// Details (call, expected, got, message, output cut to 10 lines) are shown for visible
// tests that did not pass, or for every visible test when `verbose`. A hidden test is one
// line, whatever its result holds. When the submission was not graded, its status and
// message come first and the tests, all not run, are one line: "6 tests not run".
//
// Text from the submission is made harmless for the terminal: control characters,
// escape sequences and invalid UTF-8 print as \xNN. ANSI colours only when `color`.
#pragma once

#include <memory>

#include "report/reporter.h"

namespace autograde {

class TextReporter final : public Reporter {
public:
    explicit TextReporter(const ReportOptions& options) : m_options(options) {}
    void write(std::ostream& out, const GradeResult& result) const override;

private:
    ReportOptions m_options;
};

std::unique_ptr<Reporter> make_text_reporter(const ReportOptions& options);

}  // namespace autograde
