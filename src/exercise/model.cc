#include "exercise/model.h"

namespace autograde {

double Exercise::max_score() const {
    double total = 0;
    for (const TestCase& test : tests) total += test.weight;
    return total;
}

}  // namespace autograde
