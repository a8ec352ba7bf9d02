// `autograde submit`: what must never happen, whatever the submission does.
#include <signal.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli_runner.h"
#include "scratch.h"
#include "util/sha256.h"

using namespace autograde;
using namespace autograde::testing;

TEST_CASE("a hidden test's call, code and expected value appear in no report") {
    for (const char* submission : {"echoes_arguments", "wrong", "correct"}) {
        for (const char* format : {"text", "json"}) {
            CliRun run = run_cli({"submit", tiny_exercise(), tiny_submission(submission), "--format", format});
            INFO(submission << " as " << format << ":\n" << run.out << run.err);
            for (const char* secret : {"4242424242424242424242", "4242424242424242424243", "7777777", "1111111",
                                       "8888888", "result = add"}) {
                CHECK(run.out.find(secret) == std::string::npos);
                CHECK(run.err.find(secret) == std::string::npos);
            }
            CHECK(run.out.find("adds the secret pair") != std::string::npos);  // hidden tests are named
        }
    }
}

TEST_CASE("visible tests run before hidden ones, so no visible output carries a hidden test's arguments") {
    const std::string exercise = repo_path("tests/data/exercises/interleaved");
    for (const char* format : {"text", "json"}) {
        CliRun run = run_cli({"submit", exercise, tiny_submission("saves_arguments"), "--format", format});
        INFO(format << ":\n" << run.out << run.err);
        CHECK(run.exit_code == 0);
        for (const char* secret : {"515151515151", "6161616161"}) CHECK(run.out.find(secret) == std::string::npos);
    }
    auto [run, report] = submit_json(exercise, tiny_submission("saves_arguments"));
    // The last visible test ran after the other two visible ones, and before any hidden one.
    CHECK_THAT(test_named(report, "adds zeros").at("output").as_string(), Catch::Contains("seen before: 1 2; -1 -2; "));
    // The report keeps the exercise's order.
    std::vector<std::string> names;
    for (const auto& test : report.at("tests").as_array()) names.push_back(test.at("name").as_string());
    CHECK(names == std::vector<std::string>{"adds small numbers", "adds the hidden pair", "adds negative numbers",
                                            "adds another hidden pair", "adds zeros"});
}

TEST_CASE("a visible test shows what the submission printed") {
    auto [run, report] = submit_json(tiny_exercise(), tiny_submission("echoes_arguments"));
    CHECK_THAT(test_named(report, "adds small numbers").at("output").as_string(), Catch::Contains("called with 1 2"));
}

TEST_CASE("a grandchild left running in its own session is gone when autograde exits") {
    auto [run, report] = submit_json(tiny_exercise(), tiny_submission("leaves_grandchild"));
    std::string output = test_named(report, "adds small numbers").at("output").as_string();
    REQUIRE(output.find("grandchild ") != std::string::npos);  // it did start
    // Found by name: its pid as printed is the sandbox's own at tier A (a PID namespace).
    bool alive = false;
    for (const auto& entry : std::filesystem::directory_iterator("/proc")) {
        std::string stat = read_text((entry.path() / "stat").string());
        if (stat.find("(agt-grandchild) ") != std::string::npos && stat.find(") Z") == std::string::npos) alive = true;
    }
    CHECK_FALSE(alive);
}

TEST_CASE("the submission file is never modified, even when it rewrites itself") {
    std::string path = tiny_submission("rewrites_itself");
    std::string before = sha256_hex(read_text(path));
    auto [run, report] = submit_json(tiny_exercise(), path);
    CHECK(report.at("status").as_string() == "graded");
    CHECK(sha256_hex(read_text(path)) == before);
    CHECK(report.at("sha256").as_string() == before);
}

TEST_CASE("the sandbox's PID 1 does not show the operator's command line") {
    auto [run, report] = submit_json(tiny_exercise(), tiny_submission("reads_init_cmdline"));
    const JsonValue& sandbox = report.at("sandbox");
    if (sandbox.at("tier").as_string() != "A") return;  // no PID namespace: /proc/1 is the machine's init
    const std::string got = test_named(report, "adds small numbers").at("got").as_string();
    INFO(got);
    CHECK_THAT(got, Catch::StartsWith("b'"));
    CHECK_THAT(got, !Catch::Contains("submit") && !Catch::Contains("reads_init_cmdline") && !Catch::Contains("autograde"));
}

TEST_CASE("at tier A a submission can use its own Unix sockets: a multiprocessing Manager, an asyncio Unix server") {
    auto [run, report] = submit_json(data_path("exercises/unix-sockets"), tiny_submission("correct"));
    INFO(run.out << run.err);
    if (report.at("sandbox").at("tier").as_string() != "A") return;  // tier B allows only socket pairs
    CHECK(run.exit_code == 0);
    for (const JsonValue& test : report.at("tests").as_array()) CHECK(test.at("verdict").as_string() == "passed");
}
