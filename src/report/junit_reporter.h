// The "junit" format: JUnit XML as CI systems read it (GitHub actions such as
// action-junit-report and test-reporter, GitLab's artifacts:reports:junit, Jenkins). It
// keeps to the common schema (Jenkins' junit-10.xsd); tests/integration/formats/junit.xsd
// is the schema the tests validate against.
//
//   <testsuites name="autograde" tests="10" failures="2" errors="5" time="2.043">
//     <testsuite name="01-list-vs-tuple" tests="10" failures="2" errors="5" skipped="0" time="2.043">
//       <properties>  title, submission, sha256, status, score, max_score, sandbox_tier
//       <testcase name="nested dict" classname="autograde.01-list-vs-tuple" time="0.002">
//         <failure message="expected a frozenset, got a tuple" type="wrong_answer">details</failure>
//         <system-out>what the test printed</system-out>
//       </testcase>
//       ...
//       <system-err>why the submission did not load (only then)</system-err>
//     </testsuite>
//   </testsuites>
//
// A suite per GradeResult, named by the exercise id; the submission is in its properties.
// A testcase per test, in order, its time in seconds (rounded to 1 ms). What a verdict
// becomes, so that CI shows a wrong answer as a failed assertion and everything else that
// went wrong as an error:
//
//   passed                                            no child
//   wrong_answer                                      <failure type="wrong_answer">
//   error, time_limit, memory_limit, output_limit,    <error type="VERDICT">
//   crashed
//   not_run                                           <skipped message="not run: ...">
//
// The message attribute is the first line of the test's message (the verdict when it has
// none); the element's text is the whole explanation (report_text.h: message, call,
// expected, got), and the test's output is its <system-out>. A hidden test's testcase
// holds its name, verdict, a time of 0 and the judge's fixed sentence for the verdict (in
// the attribute; the element is empty), never anything else.
//
// When the submission did not load (a syntax error, an import error, ...), no test ran:
// CI must still show red, so the suite gets one more testcase, "loads the submission",
// with <error type="STATUS"> holding the status message, which is also the suite's
// <system-err>; the tests themselves are skipped.
//
// Counts always agree with the testcases: a suite's tests, failures, errors and skipped
// count its testcases by kind; <testsuites> sums them and the suites' times (a suite's
// time is the whole run, sandbox start included, so at least its tests' times).
//
// write_many: one document with a suite per result, in order (an empty <testsuites/>
// for none). write_candidates: the same for a batch, each suite named CANDIDATE/EXERCISE
// (alice/01-list-vs-tuple) and holding a "candidate" property first in its properties. Any bytes are escaped (util/xml.h): invalid UTF-8 and characters XML 1.0
// cannot hold become U+FFFD, so the document always parses.
#pragma once

#include <memory>

#include "report/reporter.h"

namespace autograde {

// A batch's result and whose it is; the result is borrowed for the call.
struct CandidateResult {
    std::string_view candidate;  // empty: a suite named by the exercise alone, as write() does
    const GradeResult& result;
};

class JunitReporter final : public Reporter {
public:
    void write(std::ostream& out, const GradeResult& result) const override;
    void write_many(std::ostream& out, const std::vector<GradeResult>& results) const override;
    void write_candidates(std::ostream& out, const std::vector<CandidateResult>& results) const;
};

std::unique_ptr<Reporter> make_junit_reporter(const ReportOptions& options);

}  // namespace autograde
