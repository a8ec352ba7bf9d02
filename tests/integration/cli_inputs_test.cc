// The command line given inputs that are not what they should be: an exercises folder
// that is not there, a report path inside the exercise, a solution that is a folder or
// a pipe. Each is a usage error or a named problem, never silence or a hang.
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "cli_runner.h"
#include "scratch.h"

using namespace autograde::testing;
namespace fs = std::filesystem;

TEST_CASE("list with an exercises folder that does not exist exits 2 and says so") {
    CliRun run = run_cli({"list", "--exercises", "/nonexistent"});
    CHECK(run.exit_code == 2);
    CHECK(run.out.empty());
    CHECK_THAT(run.err, Catch::Contains("autograde list: no exercises in /nonexistent: it is not a folder"));
}

TEST_CASE("list with a file as its exercises folder exits 2") {
    CliRun run = run_cli({"list", "--exercises", tiny_submission("correct")});
    CHECK(run.exit_code == 2);
    CHECK_THAT(run.err, Catch::Contains("it is not a folder"));
}

namespace {

// A copy of the tiny exercise in `scratch`, with a solution.py.
fs::path copy_tiny(const Scratch& scratch) {
    const fs::path dir = scratch.path("tiny");
    fs::create_directories(dir / "wrong");
    fs::copy_file(fs::path(tiny_exercise()) / "exercise.yaml", dir / "exercise.yaml");
    fs::copy_file(tiny_submission("correct"), dir / "solution.py");
    return dir;
}

}  // namespace

TEST_CASE("submit --output refuses any path inside the exercise's folder") {
    Scratch scratch;
    const fs::path dir = copy_tiny(scratch);
    const auto size = fs::file_size(dir / "solution.py");
    for (const fs::path& output : {dir / "solution.py", dir / "wrong" / "x.py", dir / "report.json"}) {
        CliRun run = run_cli({"submit", dir.string(), tiny_submission("correct"), "--output", output.string()});
        CHECK(run.exit_code == 2);
        CHECK(run.out.empty());  // nothing was graded
        CHECK(run.err == output.string() + ": error: refusing to write into the exercise's folder '" + dir.string() +
                             "'; write the report elsewhere\n");
    }
    CHECK(fs::file_size(dir / "solution.py") == size);
    CHECK(!fs::exists(dir / "wrong" / "x.py"));
}

TEST_CASE("grade's --csv, --json, --junit and --reports refuse paths inside an exercise's folder") {
    Scratch scratch;
    const fs::path dir = copy_tiny(scratch);
    const auto size = fs::file_size(dir / "solution.py");
    for (const auto& [option, output] : std::vector<std::pair<std::string, fs::path>>{
             {"--csv", dir / "solution.py"}, {"--json", dir / "wrong" / "x.py"}, {"--junit", dir / "out.xml"},
             {"--reports", dir / "reports"}}) {
        std::vector<std::string> args = {"grade", dir.string(), tiny_submission("correct"), "--no-cache", option,
                                         output.string()};
        if (option == "--reports") args.insert(args.end(), {"--format", "json"});
        CliRun run = run_cli(args);
        INFO(option);
        CHECK(run.exit_code == 2);
        CHECK_THAT(run.err, Catch::Contains(output.string() + ": error: refusing to write into the exercise's folder"));
    }
    CHECK(fs::file_size(dir / "solution.py") == size);
    CHECK(!fs::exists(dir / "wrong" / "x.py"));
    CHECK(!fs::exists(dir / "reports"));
}

TEST_CASE("check names a solution.py that is a folder and a wrong solution that is a pipe as not regular files") {
    Scratch scratch;
    const fs::path dir = copy_tiny(scratch);
    fs::remove(dir / "solution.py");
    fs::create_directory(dir / "solution.py");
    REQUIRE(::mkfifo((dir / "wrong" / "w.py").c_str(), 0600) == 0);
    CliRun run = run_cli({"check", dir.string()}, 30);
    CHECK(run.exit_code == 1);
    CHECK_THAT(run.out, Catch::Contains("solution.py is not a regular file") && Catch::Contains("wrong/w.py is not a regular file"));
    CHECK(run.out.find("missing solution.py") == std::string::npos);
}
