// The loader compiles an exercise's own Python (setup, each call and code) and reports
// what does not compile where it is written, instead of an `error` verdict every
// candidate would get.
#include <catch2/catch.hpp>

#include "loader_support.h"

using namespace autograde;
using namespace autograde::testing;

namespace {

std::string exercise_with(const std::string& tests, const std::string& setup = "") {
    return "title: t\nentry: add\n" + setup + "tests:\n" + tests;
}

}  // namespace

TEST_CASE("a call that does not compile is reported at the compiler's error, with Python's words") {
    CHECK(errors_in_text(exercise_with("  - name: one\n    call: add(1,\n    expect: \"3\"\n")) ==
          "exercise.yaml:5:14: error: 'call' of test 'one' is not valid Python: '(' was never closed\n"
          "    5 |     call: add(1,\n"
          "      |              ^");
}

TEST_CASE("a call must be an expression: an assignment is reported") {
    const std::string errors = errors_in_text(exercise_with("  - name: one\n    call: x = add(1, 2)\n    expect: \"3\"\n"));
    CHECK_THAT(errors, Catch::StartsWith("exercise.yaml:5:") &&
                           Catch::Contains("error: 'call' of test 'one' is not valid Python: invalid syntax"));
}

TEST_CASE("a code block is reported on the line of the block where the error is") {
    CHECK(errors_in_text(exercise_with("  - name: two\n    code: |\n      x = 1\n      result = add(x, 2) +\n"
                                       "    expect: \"3\"\n")) ==
          "exercise.yaml:7:27: error: 'code' of test 'two' is not valid Python: invalid syntax\n"
          "    7 |       result = add(x, 2) +\n"
          "      |                           ^");
}

TEST_CASE("setup that does not compile is reported, and every broken snippet is reported at once") {
    const std::string errors = errors_in_text(exercise_with(
        "  - name: one\n    call: add(1,\n    expect: \"3\"\n  - name: two\n    code: 'result = ]'\n    expect: \"3\"\n",
        "setup: |\n  def helper(:\n      pass\n"));
    CHECK_THAT(errors, Catch::StartsWith("exercise.yaml:4:14: error: 'setup' is not valid Python: invalid syntax\n"));
    CHECK_THAT(errors, Catch::Contains("exercise.yaml:8:14: error: 'call' of test 'one' is not valid Python"));
    CHECK_THAT(errors, Catch::Contains("exercise.yaml:11:21:") &&
                           Catch::Contains("error: 'code' of test 'two' is not valid Python: unmatched ']'"));
}

TEST_CASE("valid snippets load, and listing can skip the compiler") {
    CHECK(errors_in_text(exercise_with("  - name: one\n    call: add(1, 2)\n    expect: \"3\"\n"
                                       "  - name: two\n    code: |\n      result = add(*[1, 2])\n    expect: \"3\"\n",
                                       "setup: |\n  import math\n")) == "(loaded without errors)");
    const std::string broken = exercise_with("  - name: one\n    call: add(1,\n    expect: \"3\"\n");
    CHECK_NOTHROW(load_exercise_from_text(broken, "exercise.yaml", "test", PythonCheck::skip));
}

TEST_CASE("every shipped exercise's snippets compile") {
    const std::filesystem::path exercises = std::filesystem::path(AUTOGRADE_TEST_DATA) / ".." / ".." / "exercises";
    for (const auto& dir : std::filesystem::directory_iterator(exercises)) {
        INFO(dir.path().string());
        CHECK_NOTHROW(load_exercise(dir.path()));
    }
}

TEST_CASE("an int literal of any length compiles, as it does in the harness") {
    const std::string digits(5001, '7');
    CHECK(errors_in_text(exercise_with("  - name: big\n    call: add(" + digits + ", 0)\n    expect: \"" + digits + "\"\n")) ==
          "(loaded without errors)");
}
