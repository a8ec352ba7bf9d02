#include "grading/exercise_check.h"

#include <algorithm>
#include <chrono>

#include "util/parallel.h"

namespace autograde {
namespace {

using Role = SubmissionCheck::Role;

std::vector<SubmissionCheck> planned_submissions(const Exercise& exercise, std::vector<std::string>& problems,
                                                 std::vector<std::filesystem::path>& paths) {
    std::vector<SubmissionCheck> planned;
    auto plan = [&](Role role, const std::filesystem::path& path, std::string label) {
        std::error_code error;
        const std::filesystem::file_status status = std::filesystem::status(path, error);
        if (!std::filesystem::exists(status)) {
            problems.push_back("missing " + label);
            return;
        }
        if (!std::filesystem::is_regular_file(status)) {  // a folder, a pipe that would block the read
            problems.push_back(label + " is not a regular file");
            return;
        }
        SubmissionCheck check;
        check.role = role;
        check.label = std::move(label);
        planned.push_back(std::move(check));
        paths.push_back(path);
    };
    plan(Role::solution, exercise.dir / "solution.py", "solution.py");
    plan(Role::starter, exercise.dir / "starter.py", "starter.py");
    std::vector<std::filesystem::path> wrong;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(exercise.dir / "wrong", error))
        if (entry.path().extension() == ".py") wrong.push_back(entry.path());
    std::sort(wrong.begin(), wrong.end());
    if (wrong.empty()) problems.push_back("no wrong solutions in wrong/ (each should break one rule of the task)");
    for (const auto& path : wrong) plan(Role::wrong, path, "wrong/" + path.filename().string());
    return planned;
}

void judge_submission(SubmissionCheck& check) {
    const GradeResult& result = check.result;
    for (const TestResult& test : result.tests)
        if (test.verdict != Verdict::passed) check.caught_by.push_back(test.name);
    switch (check.role) {
        case Role::solution:
            check.ok = result.full_score();
            if (!check.ok) check.problem = "the reference solution does not score full marks";
            break;
        case Role::starter:
            check.ok = result.status == SubmissionStatus::graded && !result.full_score();
            if (result.status != SubmissionStatus::graded) check.problem = "the starter does not load: " + result.status_message;
            else if (!check.ok) check.problem = "the starter scores full marks";
            break;
        case Role::wrong:
            check.ok = !result.full_score();
            if (!check.ok) check.problem = "this wrong solution scores full marks: no test catches its mistake";
            break;
    }
}

}  // namespace

bool ExerciseCheck::ok() const {
    if (!problems.empty()) return false;
    return std::all_of(submissions.begin(), submissions.end(), [](const SubmissionCheck& s) { return s.ok; });
}

ExerciseCheck check_exercise(const Exercise& exercise, const GradeOptions& options, unsigned jobs) {
    auto start = std::chrono::steady_clock::now();
    ExerciseCheck check;
    check.exercise = exercise.id;
    std::vector<std::filesystem::path> paths;
    check.submissions = planned_submissions(exercise, check.problems, paths);
    parallel_for(paths.size(), jobs, [&](std::size_t index) {
        std::string label = check.submissions[index].label;
        Submission submission = read_submission(paths[index]);
        submission.display_path = label;
        check.submissions[index].result = grade(exercise, submission, options);
        judge_submission(check.submissions[index]);
    });
    for (const TestCase& test : exercise.tests) {
        // Only wrong solutions that load count: one that does not "fails" every test.
        bool caught = std::any_of(check.submissions.begin(), check.submissions.end(), [&](const SubmissionCheck& s) {
            return s.role == Role::wrong && s.result.status == SubmissionStatus::graded &&
                   std::count(s.caught_by.begin(), s.caught_by.end(), test.name) > 0;
        });
        if (!caught) check.never_failing.push_back(test.name);
    }
    check.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return check;
}

}  // namespace autograde
