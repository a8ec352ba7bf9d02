#include "batch/progress.h"

#include <iomanip>
#include <sstream>

namespace autograde {
namespace {

constexpr std::size_t k_bar_width = 30;

std::string number(double value) {
    std::ostringstream text;
    text << value;
    return text.str();
}

std::string duration_text(double seconds) {
    const long whole = static_cast<long>(seconds + 0.5);
    if (whole < 60) return std::to_string(whole) + "s";
    return std::to_string(whole / 60) + "m" + (whole % 60 < 10 ? "0" : "") + std::to_string(whole % 60) + "s";
}

// "alice 01-list-vs-tuple 27/29 (cached)", or the error of a job without a result.
std::string outcome_line(const BatchOutcome& outcome) {
    std::string line = printable(outcome.job.candidate) + " " + printable(outcome.job.exercise_id) + " ";
    if (!outcome.result) return line + "not graded: " + printable(outcome.error);
    line += score_text(outcome.result->score, outcome.result->max_score);
    if (outcome.result->status != SubmissionStatus::graded) line += " " + std::string(to_string(outcome.result->status));
    if (outcome.cached) line += " (cached)";
    return line;
}

}  // namespace

std::string score_text(double score, double max_score) { return number(score) + "/" + number(max_score); }

std::string printable(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = '?';
    return out;
}

BatchProgress::BatchProgress(std::ostream& out, bool terminal)
    : m_out(out), m_terminal(terminal), m_start(std::chrono::steady_clock::now()) {}

void BatchProgress::update(std::size_t done, std::size_t total, const BatchOutcome& outcome) {
    m_cached += outcome.cached ? 1 : 0;
    std::string counter = "[" + std::to_string(done) + "/" + std::to_string(total) + "] ";
    const bool warn = !outcome.cache_warning.empty() && !m_warned;
    m_warned = m_warned || warn;
    if (m_terminal && (!outcome.result || warn)) m_out << "\r\033[K";
    if (!m_terminal || !outcome.result) m_out << counter << outcome_line(outcome) << "\n";
    if (warn) m_out << "warning: results are not being cached: " << printable(outcome.cache_warning) << "\n";
    if (m_terminal) draw_bar(done, total);
    m_out << std::flush;
}

void BatchProgress::draw_bar(std::size_t done, std::size_t total) {
    const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - m_start).count();
    const std::size_t filled = total ? done * k_bar_width / total : k_bar_width;
    std::ostringstream line;
    line << "\r\033[K[" << std::string(filled, '#') << std::string(k_bar_width - filled, '.') << "] " << done << "/"
         << total;
    const std::size_t graded = done - m_cached;
    if (elapsed > 0.5 && graded > 0) {
        const double rate = static_cast<double>(graded) / elapsed;
        line << "  " << std::fixed << std::setprecision(1) << rate << "/s  "
             << duration_text(static_cast<double>(total - done) / rate) << " left";
    }
    if (m_cached) line << "  " << m_cached << " cached";
    m_out << line.str() << std::flush;
    m_bar_drawn = true;
}

void BatchProgress::finish() {
    if (m_terminal && m_bar_drawn) m_out << "\n" << std::flush;
}

}  // namespace autograde
