// `autograde submit --format junit|gradescope|exercism|github`: each report is accepted by
// what consumes it (tests/integration/formats/check_report.py: a real XML parser and the
// JUnit schema, JSON Schemas from Gradescope's and Exercism's documentation, GitHub's
// workflow-command grammar), and none shows what a hidden test holds.
#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "cli_runner.h"
#include "consumer_check.h"
#include "scratch.h"

using namespace autograde;
using namespace autograde::testing;

namespace {

const std::vector<std::string> k_consumer_formats = {"junit", "gradescope", "exercism", "github"};

// The markers in the tiny exercise's hidden tests' calls and expected values, and the
// arguments echoes_arguments.py tries to leak through output and exception messages.
const std::vector<std::string> k_secrets = {"424242", "7777777", "1111111", "8888888"};

struct Report {
    CliRun run;
    std::string file;  // what --output wrote
};

// `autograde submit tiny SUBMISSION --format FORMAT --output TMP ARGS...`
Report submit(const std::string& submission, const std::string& format, const std::vector<std::string>& extra = {}) {
    char path[] = "/tmp/autograde-formats-XXXXXX";
    const int fd = mkstemp(path);
    REQUIRE(fd >= 0);
    close(fd);
    std::vector<std::string> args = {"submit", tiny_exercise(), tiny_submission(submission), "--format", format,
                                     "--output", path};
    args.insert(args.end(), extra.begin(), extra.end());
    Report report{run_cli(args), read_text(path)};
    std::remove(path);
    return report;
}

void check_no_secrets(const std::string& text) {
    for (const std::string& secret : k_secrets) {
        INFO("secret " << secret);
        CHECK(text.find(secret) == std::string::npos);
    }
}

}  // namespace

TEST_CASE("every consumer accepts the report of a wrong submission, and it matches what --output wrote") {
    for (const std::string& format : k_consumer_formats) {
        INFO("--format " << format);
        const Report report = submit("wrong", format);
        INFO("stderr: " << report.run.err);
        CHECK(report.run.exit_code == 1);
        CHECK(report.run.out == report.file);
        CHECK(check_as_consumer(format, report.run.out).accepted());
    }
}

TEST_CASE("no report format shows a hidden test's call, expected value or the arguments a submission echoes") {
    for (const std::string submission : {"wrong", "echoes_arguments"}) {
        for (const std::string format : {"junit", "gradescope", "exercism", "github", "json", "text"}) {
            INFO(submission << " --format " << format);
            const Report report = submit(submission, format);
            CHECK(report.run.exit_code == 1);
            CHECK(!report.run.out.empty());
            check_no_secrets(report.run.out);
            if (format != "json" && format != "text") CHECK(check_as_consumer(format, report.run.out).accepted());
        }
    }
}

TEST_CASE("a syntax error is a failing JUnit testcase and an Exercism error, each still accepted by its consumer") {
    const Report junit = submit("syntax_error", "junit");
    CHECK(junit.run.exit_code == 1);
    CHECK_THAT(junit.run.out, Catch::Contains("<testcase name=\"loads the submission\"") &&
                                  Catch::Contains("type=\"syntax_error\"") && Catch::Contains("<system-err>"));
    CHECK(check_as_consumer("junit", junit.run.out).accepted());
    const Report exercism = submit("syntax_error", "exercism");
    const JsonValue report = parse_json(exercism.run.out);
    CHECK(report.at("status").as_string() == "error");
    CHECK_THAT(report.at("message").as_string(), Catch::Contains("SyntaxError"));
    CHECK(check_as_consumer("exercism", exercism.run.out).accepted());
}

TEST_CASE("a correct submission passes in Exercism, scores full marks in Gradescope and gets only a notice on GitHub") {
    const Report exercism = submit("correct", "exercism");
    CHECK(exercism.run.exit_code == 0);
    CHECK(parse_json(exercism.run.out).at("status").as_string() == "pass");
    const JsonValue gradescope = parse_json(submit("correct", "gradescope").run.out);
    CHECK(gradescope.at("score").as_number() == 7);
    const Report github = submit("correct", "github");
    CHECK_THAT(github.run.out, Catch::StartsWith("::notice ") && Catch::Contains("score: 7/7 (100%25)"));
    CHECK(check_as_consumer("github", github.run.out).accepted());
}

TEST_CASE("the option --gradescope-hidden hidden hides hidden tests from students; another value is a usage error") {
    const auto hidden_visibilities = [](const std::string& text) {
        std::vector<std::string> found;
        const JsonValue report = parse_json(text);
        for (const JsonValue& test : report.at("tests").as_array()) {
            if (test.at("name").as_string().starts_with("adds big") || test.at("name").as_string().starts_with("adds the secret"))
                found.push_back(test.at("visibility").as_string());
        }
        return found;
    };
    CHECK(hidden_visibilities(submit("wrong", "gradescope").run.out) ==
          std::vector<std::string>{"after_published", "after_published"});
    const Report hidden = submit("wrong", "gradescope", {"--gradescope-hidden", "hidden"});
    CHECK(hidden_visibilities(hidden.run.out) == std::vector<std::string>{"hidden", "hidden"});
    CHECK(hidden_visibilities(hidden.file) == std::vector<std::string>{"hidden", "hidden"});
    const CliRun bad = run_cli({"submit", tiny_exercise(), tiny_submission("wrong"), "--format", "gradescope",
                                "--gradescope-hidden", "visible"});
    CHECK(bad.exit_code == 2);
    CHECK_THAT(bad.err, Catch::Contains("--gradescope-hidden") && Catch::Contains("'visible'"));
}
