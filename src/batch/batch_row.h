// One row of a batch's results: a candidate's result for one exercise. What the summary
// table, --csv, --json and `autograde merge` all work from.
#pragma once

#include <string>
#include <vector>

#include "grading/result.h"

namespace autograde {

struct BatchRow {
    std::string candidate;
    GradeResult result;  // result.exercise names the exercise
};

// By candidate, then exercise: the order of --csv and --json, the same however the batch
// was run, sharded or not.
void sort_rows(std::vector<BatchRow>& rows);

// True when every row scored full marks; true for no rows.
bool all_full_score(const std::vector<BatchRow>& rows);

}  // namespace autograde
