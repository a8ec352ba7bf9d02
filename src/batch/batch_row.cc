#include "batch/batch_row.h"

#include <algorithm>
#include <tuple>

namespace autograde {

void sort_rows(std::vector<BatchRow>& rows) {
    std::sort(rows.begin(), rows.end(), [](const BatchRow& a, const BatchRow& b) {
        return std::tie(a.candidate, a.result.exercise) < std::tie(b.candidate, b.result.exercise);
    });
}

bool all_full_score(const std::vector<BatchRow>& rows) {
    return std::all_of(rows.begin(), rows.end(), [](const BatchRow& row) { return row.result.full_score(); });
}

}  // namespace autograde
