#include "grading/verdict.h"

namespace autograde {

std::string_view to_string(Verdict verdict) {
    switch (verdict) {
    case Verdict::passed: return "passed";
    case Verdict::wrong_answer: return "wrong_answer";
    case Verdict::error: return "error";
    case Verdict::time_limit: return "time_limit";
    case Verdict::memory_limit: return "memory_limit";
    case Verdict::output_limit: return "output_limit";
    case Verdict::crashed: return "crashed";
    case Verdict::not_run: return "not_run";
    }
    return "unknown";  // only for a value outside the enum, e.g. read from a corrupt cache
}

std::string_view to_string(SubmissionStatus status) {
    switch (status) {
    case SubmissionStatus::graded: return "graded";
    case SubmissionStatus::syntax_error: return "syntax_error";
    case SubmissionStatus::import_error: return "import_error";
    case SubmissionStatus::missing_entry: return "missing_entry";
    case SubmissionStatus::time_limit: return "time_limit";
    case SubmissionStatus::memory_limit: return "memory_limit";
    case SubmissionStatus::output_limit: return "output_limit";
    case SubmissionStatus::crashed: return "crashed";
    }
    return "unknown";
}

}  // namespace autograde
