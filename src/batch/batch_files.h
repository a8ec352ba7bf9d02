// The files a batch writes with --csv and --json, and reads back for `autograde merge`.
// Rows are written in the order given (sort_rows: by candidate, then exercise).
//
// CSV (RFC 4180, a header line, CRLF-free: lines end with "\n"; a field holding a comma,
// quote or line break is quoted, quotes doubled):
//   candidate,exercise,submission,sha256,status,score,max_score,passed,failed,review,time_ms
//
// JSON: one object,
//   {"autograde_version": "0.1.0", "shard": "1/2" or null, "results": [ROW, ...]}
// where each ROW is {"candidate": NAME} followed by every key of the submission's report
// exactly as `autograde submit --format json` prints it (json_reporter.h).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "batch/batch_row.h"
#include "batch/shard.h"
#include "util/json.h"

namespace autograde {

std::string batch_csv(const std::vector<BatchRow>& rows);

// `shard` is the --shard the batch was run with; none for a whole batch (or a merge).
std::string batch_json(const std::vector<BatchRow>& rows, const std::optional<Shard>& shard);

// The rows of a document batch_json wrote. Throws JsonError when it is not one.
std::vector<BatchRow> rows_from_batch_json(const JsonValue& document);

}  // namespace autograde
