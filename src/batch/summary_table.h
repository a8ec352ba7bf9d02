// The summary of a batch on stdout: one line per candidate, best first.
//
//   rank  candidate  score   %     notes
//      1  alice      7/7     100%
//      2  bob        6/7      86%  1 time_limit
//      3  carol      0/7       0%  syntax_error
//
// A candidate's score is the sum over the exercises of the batch; an exercise the
// candidate did not submit counts 0 of its max score and is noted as missing. Sorted by
// score (descending), then candidate. Notes say what kept a candidate from full marks:
// with one exercise, the status or the count of each failing verdict; with several, each
// exercise below full marks with its score or status. Then one line of totals.
#pragma once

#include <ostream>
#include <vector>

#include "batch/batch_row.h"

namespace autograde {

void write_summary_table(std::ostream& out, const std::vector<BatchRow>& rows, bool color);

}  // namespace autograde
