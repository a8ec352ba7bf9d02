// The "exercism" format: the results.json of an Exercism test runner, version 3 of its
// interface (exercism/docs: building/tooling/test-runners/interface.md):
//
//   {
//     "version": 3,
//     "status": "fail",            pass: every test passed; fail: one did not; error: none ran
//     "message": null,             why none ran, when status is error (cut to 16000 chars)
//     "tests": [                   in the exercise's order; absent when status is error
//       {"name": "nested dict", "status": "fail", "message": "...",
//        "output": "what the test printed", "test_code": "freeze({'a': [1]})\n# expected: ..."}
//     ]
//   }
//
// A test's status: passed → pass, wrong_answer → fail, any other verdict → error. Its
// message is the explanation (report_text.h), null when passed. Its output, present only
// when it printed something, is cut to the 500 characters the interface allows, ending in
// "Output was truncated. Please limit to 500 chars"; control characters and invalid UTF-8
// in it become U+FFFD. Its test_code is the call or code snippet and the expected result as
// a comment. A hidden test has test_code "" and no output, and its message is the judge's
// generic one: nothing of its content. No task_id: exercises have no numbered tasks.
//
// write_many: a results.json holds one submission; it writes one result as write() does
// and throws std::invalid_argument for any other count.
#pragma once

#include <memory>

#include "report/reporter.h"

namespace autograde {

class ExercismReporter final : public Reporter {
public:
    void write(std::ostream& out, const GradeResult& result) const override;
    void write_many(std::ostream& out, const std::vector<GradeResult>& results) const override;
};

std::unique_ptr<Reporter> make_exercism_reporter(const ReportOptions& options);

}  // namespace autograde
