// Progress of a batch run on stderr, one update per finished submission.
//
// On a terminal: one line redrawn in place, a bar with the count, rate and time left;
// messages (a submission that could not be graded) print above it. Otherwise (a log, a
// CI job): one plain line per submission, for grep and for people reading logs later:
//
//   [12/500] alice 01-list-vs-tuple 27/29
//   [13/500] bob 01-list-vs-tuple 29/29 (cached)
//   [14/500] carol 01-list-vs-tuple not graded: sandbox error: ...
//
// Names are shown with control characters replaced, since file names are not ours. The
// first result that could not be stored in the cache adds one warning line.
#pragma once

#include <chrono>
#include <cstddef>
#include <ostream>
#include <string>

#include "batch/runner.h"

namespace autograde {

class BatchProgress {
public:
    BatchProgress(std::ostream& out, bool terminal);

    // A ProgressCallback: call from one thread at a time (run_batch does).
    void update(std::size_t done, std::size_t total, const BatchOutcome& outcome);
    // Ends the bar's line on a terminal; nothing otherwise.
    void finish();

private:
    void draw_bar(std::size_t done, std::size_t total);

    std::ostream& m_out;
    bool m_terminal;
    bool m_bar_drawn = false;
    bool m_warned = false;  // a cache warning is shown once, not once per submission
    std::size_t m_cached = 0;
    std::chrono::steady_clock::time_point m_start;
};

// "27/29", numbers as short as they read ("6.5/7").
std::string score_text(double score, double max_score);

// `text` with every control character (and DEL) replaced by '?', for one line of a log.
std::string printable(std::string_view text);

}  // namespace autograde
