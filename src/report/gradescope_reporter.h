// The "gradescope" format: the results.json a Gradescope autograder writes to
// /autograder/results/results.json (Gradescope's "Autograder Specifications"):
//
//   {
//     "score": 2, "max_score": 11, "execution_time": 2.04,
//     "output": "01-list-vs-tuple  Freeze nested data\n...score: 2/11 (18%) — 2 of 9 tests passed",
//     "output_format": "text", "test_output_format": "text", "visibility": "visible",
//     "tests": [
//       {"name": "nested dict", "score": 0, "max_score": 2, "status": "failed",
//        "output": "wrong_answer: ...", "visibility": "visible"},
//       ...
//     ]
//   }
//
// score and max_score are the GradeResult's; a test's max_score is its weight and its
// score the weight when passed, else 0, so the tests add up to the score. execution_time
// is the whole run in seconds (to 0.01). Outputs are plain text (output_format "text":
// Gradescope shows them as they are, never as HTML or Markdown, whatever a candidate
// printed). A test's output is its verdict and explanation (report_text.h) and, for a
// visible test, what it printed.
//
// Visibility: the submission and its visible tests are "visible"; hidden tests are
// "after_published" (students see them once grades are published) or, with
// ReportOptions::gradescope_hidden = hidden, "hidden" (instructors only). A hidden test
// shows its name, score, verdict and the judge's generic message, nothing else. Its
// points are in the total score, which students see.
//
// When the submission did not load, the output says why (the status and its message)
// and every test is "failed" with 0 points and "not run".
//
// write_many: Gradescope grades one submission a run, so a results.json holds one; it
// writes one result as write() does and throws std::invalid_argument for any other count.
#pragma once

#include <memory>

#include "report/reporter.h"

namespace autograde {

class GradescopeReporter final : public Reporter {
public:
    explicit GradescopeReporter(const ReportOptions& options) : m_options(options) {}
    void write(std::ostream& out, const GradeResult& result) const override;
    void write_many(std::ostream& out, const std::vector<GradeResult>& results) const override;

private:
    ReportOptions m_options;
};

std::unique_ptr<Reporter> make_gradescope_reporter(const ReportOptions& options);

}  // namespace autograde
