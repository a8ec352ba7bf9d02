// Reading a GradeResult back from the JSON the "json" reporter writes (json_reporter.h):
// the batch cache stores results that way, and `autograde merge` reads shards' reports.
//
// The contract is a round trip: writing a result with the json reporter, reading it back
// and writing it again gives the same bytes. What the report does not hold cannot come
// back: times are rounded to 0.1 ms; "passed", "failed" and "autograde_version" are
// derived when writing and ignored when reading.
#pragma once

#include "grading/result.h"
#include "util/json.h"

namespace autograde {

// Throws JsonError when `report` is not a report of that shape: a missing key, a value of
// the wrong kind, or an unknown status or verdict name. Never anything else, whatever the
// input (a corrupt cache file is an error to recover from, not a crash).
GradeResult grade_result_from_json(const JsonValue& report);

// The verdict or status spelled as to_string() spells it; throws JsonError otherwise.
Verdict verdict_from_string(std::string_view name);
SubmissionStatus submission_status_from_string(std::string_view name);

}  // namespace autograde
