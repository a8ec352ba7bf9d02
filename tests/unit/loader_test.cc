// Loading a valid exercise: what the loader builds from every key of the format, and
// that every exercise shipped in exercises/ loads.
#include <catch2/catch.hpp>

#include "exercise/catalogue.h"
#include "loader_support.h"

using namespace autograde;
using namespace autograde::testing;
using std::chrono::milliseconds;

TEST_CASE("an exercise folder loads with every key of the format") {
    const std::string dir = test_data("good-exercises/01-everything");
    const Exercise exercise = load_exercise(dir);

    CHECK(exercise.id == "01-everything");
    CHECK(exercise.dir == dir);
    CHECK(exercise.yaml_path == dir + "/exercise.yaml");
    CHECK(exercise.title == "Every key");
    CHECK(exercise.question.text == "What does the loader accept?");
    CHECK(exercise.question.answer == "Everything in CONTRACT.md.\n");
    CHECK(exercise.task == "Write `mean(values)` and `uniq(values)`.\n");
    CHECK(exercise.entry == std::vector<std::string>{"mean", "uniq"});
    CHECK(exercise.setup == "import math\n");
    CHECK(exercise.limits.time == milliseconds(1500));
    CHECK(exercise.limits.memory == 128ull << 20);
    CHECK(exercise.limits.output == 8ull << 10);
    REQUIRE(exercise.tests.size() == 5);
    CHECK(exercise.max_score() == 5.5);

    const TestCase& last = exercise.tests[4];
    CHECK(last.name == "mean of nothing");
    CHECK(last.raises == "statistics.StatisticsError");
    CHECK(last.match == "^mean requires");
    CHECK(last.time_limit == milliseconds(5000));
    CHECK(last.output_limit == 1024);
    CHECK(last.line == 35);
}

TEST_CASE("an exercise.yaml path loads like its folder") {
    const Exercise exercise = load_exercise(test_data("good-exercises/01-everything/exercise.yaml"));
    CHECK(exercise.id == "01-everything");
    CHECK(exercise.dir == test_data("good-exercises/01-everything"));
}

TEST_CASE("the id of an exercise loaded from text is the one given") {
    const Exercise exercise = load_exercise_from_text("title: t\nentry: f\ntests:\n  - {name: a, call: f(), expect: '1'}\n",
                                                      "somewhere/exercise.yaml", "07-gil");
    CHECK(exercise.id == "07-gil");
    CHECK(exercise.dir == "somewhere");
    CHECK(exercise.yaml_path == "somewhere/exercise.yaml");
}

TEST_CASE("an entry given as one name is a list of one") {
    const Exercise exercise = load_text("title: t\nentry: freeze\ntests:\n  - {name: a, call: f(), expect: '1'}\n");
    CHECK(exercise.entry == std::vector<std::string>{"freeze"});
}

TEST_CASE("soft keywords are names an entry may use") {
    const Exercise exercise = load_text("title: t\nentry: [match, case, type, _]\ntests:\n  - {name: a, call: f(), expect: '1'}\n");
    CHECK(exercise.entry.size() == 4);
}

TEST_CASE("every exercise shipped in exercises/ loads") {
    const auto dirs = list_exercise_dirs(std::string(AUTOGRADE_SOURCE_DIR) + "/exercises");
    CHECK_FALSE(dirs.empty());
    for (const auto& dir : dirs) {
        INFO(dir.string());
        std::string errors;
        try {
            load_exercise(dir);
        } catch (const InputError& error) {
            errors = error.what();
        }
        CHECK(errors == "");
    }
}
