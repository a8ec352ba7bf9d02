// `raises:` applied as Python's `except` would be, as far as the names the harness reports
// tell (tests/data/exercises/raises): a builtin's name matches only the builtin class and
// its subclasses, whatever the submission names its own classes.
#include <catch2/catch.hpp>

#include "cli_runner.h"

using namespace autograde;
using namespace autograde::testing;

namespace {

JsonRun submit_raises(const std::string& submission) {
    return submit_json(data_path("exercises/raises"), data_path("submissions/raises/" + submission + ".py"));
}

}  // namespace

TEST_CASE("raises matches builtins, their subclasses, the submission's and the setup's classes by name, and dotted names") {
    const auto [run, report] = submit_raises("correct");
    INFO(run.out << run.err);
    CHECK(run.exit_code == 0);
    for (const JsonValue& test : report.at("tests").as_array()) {
        INFO(test.at("name").as_string() << ": " << test.at("message").as_string());
        CHECK(test.at("verdict").as_string() == "passed");
    }
}

TEST_CASE("a class that only calls itself ValueError, even in the module builtins, does not pass raises: ValueError") {
    const auto [run, report] = submit_raises("fake_builtins");
    INFO(run.out << run.err);
    CHECK(run.exit_code == 1);
    CHECK(verdict_of(report, "returns a positive int") == "passed");
    CHECK(verdict_of(report, "a negative int is a ValueError") == "wrong_answer");
    CHECK(verdict_of(report, "a str is a TypeError") == "wrong_answer");
    CHECK(verdict_of(report, "None is a KeyError") == "wrong_answer");
    CHECK(verdict_of(report, "zero is NotPositive, the submission's own class") == "wrong_answer");
    CHECK(verdict_of(report, "zero is a ValueError too, NotPositive being its subclass") == "wrong_answer");
    // The class is shown by its module and name, as the harness reports every class that
    // is not a builtin.
    CHECK_THAT(test_named(report, "a negative int is a ValueError").at("got").as_string(),
               Catch::StartsWith("solution.Universal: whatever"));
}

TEST_CASE("raises with a bare name does not match another module's class that is only called the same") {
    const auto [run, report] = submit_json(data_path("exercises/raises-same-name"), tiny_submission("correct"));
    INFO(run.out << run.err);
    CHECK(verdict_of(report, "xml's ParseError is not the exercise's ParseError") == "wrong_answer");
    CHECK(verdict_of(report, "the exercise's own ParseError is") == "passed");
}
