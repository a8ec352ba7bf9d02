#include "grading/grader.h"

#include <algorithm>
#include <fstream>
#include <optional>
#include <sstream>
#include <vector>

#include "grading/judge.h"
#include "grading/tamper_scan.h"
#include "sandbox/harness_source.h"
#include "sandbox/session.h"
#include "util/diagnostic.h"
#include "util/sha256.h"

namespace autograde {
namespace {

using Clock = std::chrono::steady_clock;

SandboxLimits limits_for(const Exercise& exercise) {
    SandboxLimits limits;
    limits.address_space = exercise.limits.memory;
    // A backstop for the whole run; each phase's wall clock is enforced by the session.
    auto total = exercise.limits.time;
    for (const TestCase& test : exercise.tests) total += test.time_limit;
    limits.cpu_seconds = static_cast<std::uint64_t>(total.count() / 1000) + 2;
    return limits;
}

// Code points of a syntax error's source line shown around its column, and at most
// how many: the line and the column come from the sandbox (a forged record may say
// column 2147483647), so neither decides how much is built.
constexpr std::size_t k_source_window_chars = 200;

// The offsets of the code points of `utf8` (a lead byte or any byte not a continuation).
std::vector<std::size_t> code_point_offsets(std::string_view utf8) {
    std::vector<std::size_t> offsets;
    for (std::size_t i = 0; i < utf8.size(); ++i)
        if ((static_cast<unsigned char>(utf8[i]) & 0xC0) != 0x80) offsets.push_back(i);
    return offsets;
}

// "\n    <source line>\n    <spaces>^": the line cut to k_source_window_chars code points
// around the column (1-based, in code points; 0 when unknown), "…" where cut; no caret
// when the column is not on the line.
std::string source_excerpt(std::string_view text, int column) {
    const std::vector<std::size_t> offsets = code_point_offsets(text);
    const std::size_t count = offsets.size();
    const bool has_caret = column > 0 && static_cast<std::size_t>(column) <= count + 1;
    const std::size_t at = has_caret ? static_cast<std::size_t>(column) - 1 : 0;  // 0-based code point
    std::size_t first = at > k_source_window_chars / 2 ? at - k_source_window_chars / 2 : 0;
    std::size_t last = std::min(count, first + k_source_window_chars);  // one past the last shown
    if (last - first < k_source_window_chars) first = last > k_source_window_chars ? last - k_source_window_chars : 0;
    const auto offset = [&](std::size_t index) { return index < count ? offsets[index] : text.size(); };
    std::string line = first > 0 ? "…" : "";
    line += text.substr(offset(first), offset(last) - offset(first));
    if (last < count) line += "…";
    std::string out = "\n    " + line;
    if (has_caret) out += "\n    " + std::string(at - first + (first > 0 ? 1 : 0), ' ') + "^";
    return out;
}

// "solution.py:3:5: SyntaxError: invalid syntax", the line and a caret under the column.
std::string syntax_error_message(const ImportFailedRecord& failure, const std::string& path) {
    std::string message = path;
    if (failure.line > 0) message += ":" + std::to_string(failure.line);
    if (failure.line > 0 && failure.column > 0) message += ":" + std::to_string(failure.column);
    message += ": " + failure.type + ": " + failure.message;
    if (!failure.text.empty()) message += source_excerpt(failure.text, failure.column);
    return message;
}

std::string join_names(const std::vector<std::string>& names) {
    std::string out;
    for (const std::string& name : names) out += (out.empty() ? "'" : ", '") + name + "'";
    return out;
}

// The status of a submission that did not import, and why, in words for the candidate.
std::pair<SubmissionStatus, std::string> import_problem(const ImportOutcome& outcome, const Exercise& exercise,
                                                         const std::string& path) {
    // A restart whose Python did not start says so itself (session.h).
    if (!outcome.detail.empty() && outcome.ending == Ending::time_limit)
        return {SubmissionStatus::time_limit, outcome.detail};
    if (!outcome.detail.empty() && outcome.ending == Ending::harness_died && !outcome.out_of_memory)
        return {SubmissionStatus::crashed, outcome.detail};
    switch (outcome.ending) {
        case Ending::time_limit:
            return {SubmissionStatus::time_limit, "importing the submission took longer than the time limit (" +
                                                      std::to_string(exercise.limits.time.count()) + " ms)"};
        case Ending::output_limit:
            return {SubmissionStatus::output_limit, "the submission printed more than " +
                                                        std::to_string(exercise.limits.output) + " bytes while being imported"};
        case Ending::harness_died:
            if (outcome.out_of_memory)
                return {SubmissionStatus::memory_limit, "ran out of memory while being imported (the sandbox's memory limit)"};
            return {SubmissionStatus::crashed,
                    "the submission's process " + describe_wait_status(outcome.harness_status) + " while being imported"};
        case Ending::protocol_error:
            return {SubmissionStatus::import_error, "the submission broke the sandbox protocol while being imported: " + outcome.detail};
        case Ending::completed: break;
    }
    const ImportFailedRecord& failure = *outcome.failure;
    if (failure.status == "syntax_error") return {SubmissionStatus::syntax_error, syntax_error_message(failure, path)};
    if (failure.status == "missing_entry")
        return {SubmissionStatus::missing_entry, "the submission does not define " + join_names(failure.names)};
    if (failure.type == "MemoryError") return {SubmissionStatus::memory_limit, "ran out of memory while being imported"};
    std::string message = failure.type + (failure.message.empty() ? "" : ": " + failure.message);
    if (!failure.traceback.empty()) message += "\nTraceback (in the submission):\n" + failure.traceback;
    return {SubmissionStatus::import_error, message};
}

bool imported(const ImportOutcome& outcome) { return outcome.ending == Ending::completed && !outcome.failure; }

TestResult not_run(const TestCase& test, const std::string& why) {
    TestResult result;
    result.name = test.name;
    result.hidden = test.hidden;
    result.weight = test.weight;
    result.verdict = Verdict::not_run;
    result.message = test.hidden ? std::string(hidden_test_sentence(Verdict::not_run)) : why;  // judge.h: a fixed sentence
    return result;
}

// The order tests run in: every visible test first, then every hidden one, each group in
// the exercise's order. Files a submission writes survive from test to test, and a
// visible test's output is shown; run after a hidden test, it could show what the
// submission saved of that test's arguments. Reports keep the exercise's order.
std::vector<std::size_t> run_order(const Exercise& exercise) {
    std::vector<std::size_t> order;
    for (bool hidden : {false, true})
        for (std::size_t index = 0; index < exercise.tests.size(); ++index)
            if (exercise.tests[index].hidden == hidden) order.push_back(index);
    return order;
}

// Runs one test; when the previous one killed the sandbox, a fresh one first.
TestResult run_test(const Exercise& exercise, std::size_t index, HarnessSession& session, const SandboxLimits& limits,
                    const std::string& submission) {
    const TestCase& test = exercise.tests[index];
    if (!session.running()) {
        ImportOutcome again = session.start();
        if (!imported(again)) {
            TestResult crashed = not_run(test, "the sandbox could not be restarted after the previous test: " +
                                                   import_problem(again, exercise, submission).second);
            crashed.verdict = Verdict::crashed;
            if (test.hidden) crashed.message = std::string(hidden_test_sentence(Verdict::crashed));
            return crashed;
        }
    }
    RunRequest request{static_cast<int>(index), test.kind == TestCase::Kind::code, test.source, exercise.setup};
    TestRun run = session.run(request, test.time_limit, test.output_limit);
    return judge_test(test, run, limits);
}

// Runs every test (in run_order) and puts the results in the exercise's order. Returns
// when the first hidden test started (or the last test ended, when there is none): the
// run's reported time stops there, since the candidate controls how long a hidden test
// takes and could make it spell out the test's arguments.
Clock::time_point run_tests(const Exercise& exercise, HarnessSession& session, const SandboxLimits& limits,
                            GradeResult& result) {
    std::vector<std::optional<TestResult>> by_index(exercise.tests.size());
    std::optional<Clock::time_point> hidden_start;
    for (std::size_t index : run_order(exercise)) {
        if (exercise.tests[index].hidden && !hidden_start) hidden_start = Clock::now();
        by_index[index] = run_test(exercise, index, session, limits, result.submission);
    }
    for (auto& test : by_index) result.tests.push_back(std::move(*test));
    return hidden_start.value_or(Clock::now());
}

}  // namespace

Submission read_submission(const std::filesystem::path& path) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error))
        throw InputError(path.string(), std::filesystem::exists(path, error) ? "not a regular file" : "no such file");
    std::ifstream file(path, std::ios::binary);
    if (!file) throw InputError(path.string(), "cannot read the file");
    std::ostringstream text;
    text << file.rdbuf();
    if (file.bad()) throw InputError(path.string(), "cannot read the file");
    std::string bytes = std::move(text).str();
    return Submission{path.string(), std::move(bytes)};
}

GradeOptions default_grade_options() {
    GradeOptions options;
    options.user = default_sandbox_user();
    return options;
}

GradeResult grade(const Exercise& exercise, const Submission& submission, const GradeOptions& options) {
    auto start = Clock::now();
    GradeResult result;
    result.exercise = exercise.id;
    result.title = exercise.title;
    result.submission = submission.display_path;
    result.submission_sha256 = sha256_hex(submission.bytes);
    result.max_score = exercise.max_score();
    result.review = scan_for_tampering(submission.bytes);
    TierPlan tier = choose_tier(options.mode);
    result.sandbox = describe_layers(tier, options.user);

    SandboxLimits limits = limits_for(exercise);
    HarnessSession session(SessionConfig{options.python, harness_source(), submission.bytes, exercise.entry, limits,
                                         options.user, exercise.limits.time, exercise.limits.output, tier});
    ImportOutcome outcome = session.start();
    Clock::time_point end;
    if (imported(outcome)) {
        end = run_tests(exercise, session, limits, result);
    } else {
        std::tie(result.status, result.status_message) = import_problem(outcome, exercise, submission.display_path);
        for (const TestCase& test : exercise.tests)
            result.tests.push_back(not_run(test, "not run: the submission could not be imported"));
    }
    session.stop();
    if (!imported(outcome)) end = Clock::now();
    for (const TestResult& test : result.tests)
        if (test.verdict == Verdict::passed) result.score += test.weight;
    result.time_ms = std::chrono::duration<double, std::milli>(end - start).count();
    return result;
}

}  // namespace autograde
