// The "json" format: for scripts and other tools. One JSON object per submission, then a
// newline, pretty-printed with 2 spaces. Keys, in this order (CONTRACT.md):
//
//   exercise, title, submission, sha256, status, message, score, max_score, time_ms,
//   passed, failed, tests, sandbox {tier, layers, missing}, autograde_version
//
// where passed / failed count the tests whose verdict is / is not "passed", and each test
// is {name, visibility, verdict, weight, time_ms, message} plus, for a visible test only,
// {call, expected, got, output}: for a hidden test those keys are absent, not empty.
// Times are in milliseconds rounded to 0.1; integral numbers print without decimals.
//
// write_many: a JSON array of those objects, in order ([] for none), then a newline.
#pragma once

#include <memory>

#include "report/reporter.h"

namespace autograde {

class JsonReporter final : public Reporter {
public:
    void write(std::ostream& out, const GradeResult& result) const override;
    void write_many(std::ostream& out, const std::vector<GradeResult>& results) const override;
};

std::unique_ptr<Reporter> make_json_reporter(const ReportOptions& options);

}  // namespace autograde
