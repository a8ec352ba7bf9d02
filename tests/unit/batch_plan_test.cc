// Planning a batch: which files are graded against which exercise, under which name.
#include <catch2/catch.hpp>

#include "batch/plan.h"
#include "batch_support.h"
#include "util/diagnostic.h"

using namespace autograde;
using namespace autograde::testing;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> candidates(const BatchPlan& plan) {
    std::vector<std::string> names;
    for (const BatchJob& job : plan.jobs) names.push_back(job.candidate);
    return names;
}

std::string error_planning(const std::function<void()>& plan) {
    try {
        plan();
    } catch (const InputError& error) {
        return error.what();
    }
    return "(planned)";
}

// An exercises folder with 01-list-vs-tuple and 02-decorators.
fs::path make_exercises(const ScratchFolder& scratch) {
    scratch.write("exercises/01-list-vs-tuple/exercise.yaml", "title: a\n");
    scratch.write("exercises/02-decorators/exercise.yaml", "title: b\n");
    return scratch.dir() / "exercises";
}

}  // namespace

TEST_CASE("each .py file in a submissions folder is one candidate named by its stem") {
    ScratchFolder scratch;
    scratch.write("subs/bob.py");
    scratch.write("subs/alice.py");
    scratch.write("subs/notes.txt");
    scratch.write("subs/.hidden.py");
    const BatchPlan plan = plan_one_exercise("ex/01-list-vs-tuple", {scratch.dir() / "subs"});
    CHECK(candidates(plan) == std::vector<std::string>{"alice", "bob"});
    CHECK(plan.jobs[0].exercise_id == "01-list-vs-tuple");
    CHECK(plan.jobs[0].display_path == (scratch.dir() / "subs" / "alice.py").string());
    CHECK(plan.problems.empty());
}

TEST_CASE("submissions whose stems clash are named by their path inside the folder, without .py") {
    ScratchFolder scratch;
    scratch.write("subs/alice/solution.py");
    scratch.write("subs/bob/solution.py");
    scratch.write("subs/carol.py");
    const BatchPlan plan = plan_one_exercise("ex/tiny", {scratch.dir() / "subs"});
    CHECK(candidates(plan) == std::vector<std::string>{"alice/solution", "bob/solution", "carol"});
}

TEST_CASE("files and folders can be mixed on the command line") {
    ScratchFolder scratch;
    const fs::path single = scratch.write("dave.py");
    scratch.write("subs/erin.py");
    const BatchPlan plan = plan_one_exercise("ex/tiny", {single, scratch.dir() / "subs"});
    CHECK(candidates(plan) == std::vector<std::string>{"dave", "erin"});
}

TEST_CASE("the same file named twice is an error that names both") {
    ScratchFolder scratch;
    const fs::path file = scratch.write("alice.py");
    CHECK_THAT(error_planning([&] { plan_one_exercise("ex/tiny", {file, file}); }),
               Catch::Contains("two submissions for candidate") && Catch::Contains("alice.py"));
}

TEST_CASE("a submission path that does not exist is an error, an empty folder a problem") {
    ScratchFolder scratch;
    CHECK_THAT(error_planning([&] { plan_one_exercise("ex/tiny", {scratch.dir() / "nope"}); }),
               Catch::Contains("nope: error: no such file or folder"));
    fs::create_directories(scratch.dir() / "empty");
    const BatchPlan plan = plan_one_exercise("ex/tiny", {scratch.dir() / "empty"});
    CHECK(plan.jobs.empty());
    REQUIRE(plan.problems.size() == 1);
    CHECK_THAT(plan.problems[0], Catch::Contains("empty: error: no .py file"));
}

TEST_CASE("grading with --all grades each NN-slug.py, NN.py or slug.py against that exercise") {
    ScratchFolder scratch;
    const fs::path exercises = make_exercises(scratch);
    scratch.write("alice/01-list-vs-tuple.py");
    scratch.write("alice/decorators.py");
    scratch.write("bob/2.py");
    const BatchPlan plan = plan_all_exercises({scratch.dir() / "bob", scratch.dir() / "alice/"}, exercises);
    REQUIRE(plan.jobs.size() == 3);
    CHECK(plan.jobs[0].candidate == "alice");
    CHECK(plan.jobs[0].exercise_id == "01-list-vs-tuple");
    CHECK(plan.jobs[1].candidate == "alice");
    CHECK(plan.jobs[1].exercise_id == "02-decorators");
    CHECK(plan.jobs[2].candidate == "bob");
    CHECK(plan.jobs[2].exercise_id == "02-decorators");
    CHECK(plan.problems.empty());
}

TEST_CASE("grading with --all reports a file that names no exercise, with a suggestion, and grades the rest") {
    ScratchFolder scratch;
    const fs::path exercises = make_exercises(scratch);
    scratch.write("alice/01.py");
    scratch.write("alice/13-decoratrs.py");
    const BatchPlan plan = plan_all_exercises({scratch.dir() / "alice"}, exercises);
    REQUIRE(plan.jobs.size() == 1);
    REQUIRE(plan.problems.size() == 1);
    CHECK_THAT(plan.problems[0], Catch::Contains("13-decoratrs.py: error: no exercise '13-decoratrs'") &&
                                     Catch::Contains("(skipped)"));
}

TEST_CASE("grading with --all grades only the first of two files for one exercise and reports the other") {
    ScratchFolder scratch;
    const fs::path exercises = make_exercises(scratch);
    scratch.write("alice/01-list-vs-tuple.py");
    scratch.write("alice/01.py");
    const BatchPlan plan = plan_all_exercises({scratch.dir() / "alice"}, exercises);
    REQUIRE(plan.jobs.size() == 1);
    CHECK(plan.jobs[0].submission.filename() == "01-list-vs-tuple.py");
    REQUIRE(plan.problems.size() == 1);
    CHECK_THAT(plan.problems[0], Catch::Contains("01.py: error:") && Catch::Contains("is exercise 01-list-vs-tuple too"));
}

TEST_CASE("grading with --all refuses a candidate that is not a folder and two folders with one name") {
    ScratchFolder scratch;
    const fs::path exercises = make_exercises(scratch);
    const fs::path file = scratch.write("alice.py");
    CHECK_THAT(error_planning([&] { plan_all_exercises({file}, exercises); }), Catch::Contains("not a folder"));
    scratch.write("a/alice/01.py");
    scratch.write("b/alice/01.py");
    CHECK_THAT(error_planning([&] { plan_all_exercises({scratch.dir() / "a/alice", scratch.dir() / "b/alice"}, exercises); }),
               Catch::Contains("a second folder for candidate 'alice'"));
}
