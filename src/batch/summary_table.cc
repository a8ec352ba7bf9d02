#include "batch/summary_table.h"

#include <algorithm>
#include <iomanip>
#include <map>
#include <sstream>

#include "batch/progress.h"
#include "util/ansi.h"

namespace autograde {
namespace {

constexpr std::size_t k_max_notes = 100;  // bytes of notes on one line before "..."

struct CandidateLine {
    std::string candidate;
    double score = 0;
    std::map<std::string, const GradeResult*> by_exercise;
};

// "2 wrong_answer, 1 time_limit" for a graded result; its status otherwise.
std::string what_failed(const GradeResult& result) {
    if (result.status != SubmissionStatus::graded) return std::string(to_string(result.status));
    std::map<std::string_view, int> counts;
    for (const TestResult& test : result.tests)
        if (test.verdict != Verdict::passed) ++counts[to_string(test.verdict)];
    std::string text;
    for (const auto& [verdict, count] : counts)
        text += (text.empty() ? "" : ", ") + std::to_string(count) + " " + std::string(verdict);
    return text;
}

std::string notes_for(const CandidateLine& line, const std::map<std::string, double>& exercises) {
    std::string notes;
    auto add = [&](const std::string& note) { notes += (notes.empty() ? "" : "; ") + note; };
    std::size_t review = 0;  // first, since full marks do not make these go away
    for (const auto& [exercise, result] : line.by_exercise) review += result->review.size();
    if (review > 0) add("REVIEW: " + std::to_string(review) + (review == 1 ? " note" : " notes") + " in the report");
    for (const auto& [exercise, max_score] : exercises) {
        auto found = line.by_exercise.find(exercise);
        const std::string prefix = exercises.size() > 1 ? exercise + ": " : "";
        if (found == line.by_exercise.end()) add(exercise + ": missing");
        else if (!found->second->full_score()) add(prefix + what_failed(*found->second) +
                                                   (exercises.size() > 1 ? " " + score_text(found->second->score, max_score) : ""));
    }
    if (notes.size() > k_max_notes) notes = notes.substr(0, k_max_notes - 3) + "...";
    return printable(notes);
}

std::vector<CandidateLine> candidate_lines(const std::vector<BatchRow>& rows) {
    std::map<std::string, CandidateLine> lines;
    for (const BatchRow& row : rows) {
        CandidateLine& line = lines[row.candidate];
        line.candidate = row.candidate;
        line.score += row.result.score;
        line.by_exercise[row.result.exercise] = &row.result;
    }
    std::vector<CandidateLine> sorted;
    for (auto& [name, line] : lines) sorted.push_back(std::move(line));
    std::stable_sort(sorted.begin(), sorted.end(), [](const CandidateLine& a, const CandidateLine& b) {
        return a.score != b.score ? a.score > b.score : a.candidate < b.candidate;
    });
    return sorted;
}

}  // namespace

void write_summary_table(std::ostream& out, const std::vector<BatchRow>& rows, bool color) {
    std::map<std::string, double> exercises;  // id -> max score
    for (const BatchRow& row : rows) exercises[row.result.exercise] = row.result.max_score;
    double max_total = 0;
    for (const auto& [id, max_score] : exercises) max_total += max_score;
    const std::vector<CandidateLine> lines = candidate_lines(rows);

    std::size_t name_width = std::string_view("candidate").size(), score_width = 5;
    for (const CandidateLine& line : lines) {
        name_width = std::max(name_width, std::min<std::size_t>(printable(line.candidate).size(), 40));
        score_width = std::max(score_width, score_text(line.score, max_total).size());
    }
    out << styled("rank  " + std::string("candidate") + std::string(name_width - 9, ' ') + "  score" +
                      std::string(score_width - 5, ' ') + "     %  notes", Style::bold, color)
        << "\n";
    std::size_t full = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const CandidateLine& line = lines[i];
        const bool all_full = line.score >= max_total;
        full += all_full ? 1 : 0;
        const double percent = max_total > 0 ? 100.0 * line.score / max_total : 100.0;
        std::ostringstream text;
        text << std::setw(4) << i + 1 << "  " << std::left << std::setw(static_cast<int>(name_width))
             << printable(line.candidate) << "  " << std::setw(static_cast<int>(score_width))
             << score_text(line.score, max_total) << std::right << "  " << std::setw(3) << std::fixed
             << std::setprecision(0) << percent << "%";
        const std::string notes = notes_for(line, exercises);
        if (!notes.empty()) text << "  " << styled(notes, Style::dim, color);
        out << text.str() << "\n";
    }
    out << "\n" << lines.size() << " candidates, " << rows.size() << " submissions, " << exercises.size()
        << (exercises.size() == 1 ? " exercise" : " exercises") << ": " << full << " with full marks, "
        << lines.size() - full << " below\n";
}

}  // namespace autograde
