// The command line: usage errors, invalid exercises and the other subcommands.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "cli_runner.h"

using namespace autograde::testing;

TEST_CASE("an unknown subcommand exits 2 with a did-you-mean") {
    CliRun run = run_cli({"sumbit"});
    CHECK(run.exit_code == 2);
    CHECK_THAT(run.err, Catch::Contains("unknown command 'sumbit'; did you mean 'submit'?"));
}

TEST_CASE("an unknown option exits 2 with a did-you-mean") {
    CliRun run = run_cli({"submit", tiny_exercise(), tiny_submission("correct"), "--fromat", "json"});
    CHECK(run.exit_code == 2);
    CHECK_THAT(run.err, Catch::Contains("unknown option '--fromat'; did you mean '--format'?"));
}

TEST_CASE("an unknown report format exits 2 before grading") {
    CliRun run = run_cli({"submit", tiny_exercise(), tiny_submission("correct"), "--format", "jsno"});
    CHECK(run.exit_code == 2);
    CHECK_THAT(run.err, Catch::Contains("unknown format 'jsno'; did you mean 'json'?"));
}

TEST_CASE("a missing solution file exits 2 and names it") {
    CliRun run = run_cli({"submit", tiny_exercise(), "/nonexistent/solution.py"});
    CHECK(run.exit_code == 2);
    CHECK(run.err == "/nonexistent/solution.py: error: no such file\n");
}

TEST_CASE("an invalid exercise exits 2 with file, line and column") {
    CliRun run = run_cli({"submit", data_path("bad-exercises/unknown-key-near-miss.yaml"), tiny_submission("correct")});
    CHECK(run.exit_code == 2);
    CHECK_THAT(run.err, Catch::Contains("unknown-key-near-miss.yaml:") && Catch::Contains(": error: ") &&
                            Catch::Contains("did you mean"));
}

TEST_CASE("each subcommand prints its help and exits 0") {
    for (const char* command : {"list", "show", "submit"}) {
        CliRun run = run_cli({command, "--help"});
        CHECK(run.exit_code == 0);
        CHECK_THAT(run.out, Catch::StartsWith(std::string("usage: autograde ") + command));
    }
}

TEST_CASE("list names every shipped exercise") {
    CliRun run = run_cli({"list", "--exercises", repo_path("exercises")});
    CHECK(run.exit_code == 0);
    CHECK_THAT(run.out, Catch::Contains("01-list-vs-tuple"));
}

TEST_CASE("show prints the question, the model answer and visible tests, never hidden ones") {
    CliRun run = run_cli({"show", tiny_exercise()});
    CHECK(run.exit_code == 0);
    CHECK_THAT(run.out, Catch::Contains("How does Python handle integers") && Catch::Contains("arbitrary precision") &&
                            Catch::Contains("add(1, 2)") && Catch::Contains("2 hidden"));
    CHECK(run.out.find("7777777") == std::string::npos);
    CHECK(run.out.find("adds the secret pair") == std::string::npos);
}

TEST_CASE("an exercise can be named by its number or slug") {
    CliRun by_number = run_cli({"show", "01", "--exercises", repo_path("exercises")});
    CliRun by_slug = run_cli({"show", "list-vs-tuple", "--exercises", repo_path("exercises")});
    CHECK(by_number.exit_code == 0);
    CHECK(by_number.out == by_slug.out);
}

TEST_CASE("submit --output refuses to write over the submission, and a missing folder, before grading") {
    // A copy, so that a failure of the guard cannot destroy the test data.
    const std::filesystem::path copy =
        std::filesystem::temp_directory_path() / ("autograde-output-guard-" + std::to_string(::getpid()) + ".py");
    std::filesystem::copy_file(tiny_submission("correct"), copy, std::filesystem::copy_options::overwrite_existing);
    const auto size = std::filesystem::file_size(copy);

    CliRun over_input = run_cli({"submit", tiny_exercise(), copy.string(), "--output", copy.string()});
    CHECK(over_input.exit_code == 2);
    CHECK(over_input.out.empty());  // nothing was graded
    CHECK(over_input.err == copy.string() + ": error: refusing to write over '" + copy.string() +
                                "', which is an input of this run\n");
    CHECK(std::filesystem::file_size(copy) == size);
    std::filesystem::remove(copy);

    CliRun missing = run_cli({"submit", tiny_exercise(), tiny_submission("correct"), "--output", "/nonexistent/r.json"});
    CHECK(missing.exit_code == 2);
    CHECK(missing.out.empty());
    CHECK(missing.err == "/nonexistent/r.json: error: cannot write the file: the folder '/nonexistent' does not exist\n");
}
