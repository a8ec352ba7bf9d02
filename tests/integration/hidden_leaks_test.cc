// A hidden test's result says its verdict in a fixed sentence and nothing else: not the
// class, module or message of what it raised, not the status it exited with or the
// signal that killed it, not a forged record's text, not how long it took. After the
// import all of these are the candidate's to choose, and each could spell out the hidden
// test's arguments (tests/data/exercises/tiny: 4242424242424242424242, 7777777/1111111).
#include <catch2/catch.hpp>

#include <set>

#include "cli_runner.h"

using namespace autograde;
using namespace autograde::testing;

namespace {

const std::vector<std::string> k_formats = {"text", "json", "junit", "gradescope", "exercism", "github"};

// The hidden arguments, and what the submissions make of them: 7777777 % 251 = 40 (an exit
// status), 4242424242424242424242 % 251 = 148, and the signals chosen from them.
const std::vector<std::string> k_markers = {"4242424242", "7777777", "1111111",    "status 40", "status 148",
                                            "(148",       "SIGTERM", "Terminated", "SIGUSR",    "m4242",
                                            "A4242",      "k4242",   "B1111111"};

const std::set<std::string> k_hidden_sentences = {"",
                                                  "wrong answer",
                                                  "raised an exception or gave no result where a value was expected",
                                                  "time limit exceeded",
                                                  "memory limit exceeded",
                                                  "output limit exceeded",
                                                  "crashed",
                                                  "not run"};

// `text` without the digits of the submission's SHA-256 (which may hold "148" by chance).
std::string without_sha256(std::string text, const JsonValue& report) {
    const std::string sha = report.at("sha256").as_string();
    for (std::size_t at; !sha.empty() && (at = text.find(sha)) != std::string::npos;) text.erase(at, sha.size());
    return text;
}

void check_every_format(const std::string& submission) {
    const JsonRun json = submit_json(tiny_exercise(), tiny_submission(submission));
    INFO(json.run.out << json.run.err);
    REQUIRE(json.run.exit_code == 1);
    for (const JsonValue& test : json.report.at("tests").as_array()) {
        if (test.at("visibility").as_string() != "hidden") continue;
        INFO("hidden test " << test.at("name").as_string());
        CHECK(test.at("verdict").as_string() != "passed");
        CHECK(k_hidden_sentences.count(test.at("message").as_string()) == 1);
        CHECK(test.at("time_ms").as_number() == 0);
    }
    for (const std::string& format : k_formats) {
        const CliRun run = run_cli({"submit", tiny_exercise(), tiny_submission(submission), "--format", format});
        INFO(submission << " --format " << format << ":\n" << run.out << run.err);
        CHECK(run.exit_code == 1);
        const std::string out = without_sha256(run.out, json.report);
        for (const std::string& marker : k_markers) {
            INFO("marker " << marker);
            CHECK(out.find(marker) == std::string::npos);
            CHECK(run.err.find(marker) == std::string::npos);
        }
    }
}

}  // namespace

TEST_CASE("a hidden test's report never names the class, module or message of what it raised") {
    check_every_format("leaks_through_exception_names");
}

TEST_CASE("a hidden test's report never says the status it exited with or the signal that killed it") {
    check_every_format("leaks_through_exit_status");
}

TEST_CASE("a hidden test's report never quotes a forged record or the status of a harness the candidate rewrote") {
    check_every_format("leaks_through_the_harness");
}

TEST_CASE("a hidden test's time is reported as 0, not shown in text, and not counted in the run's time") {
    const JsonRun json = submit_json(tiny_exercise(), tiny_submission("leaks_through_sleeping"));
    INFO(json.run.out << json.run.err);
    for (const JsonValue& test : json.report.at("tests").as_array())
        if (test.at("visibility").as_string() == "hidden") CHECK(test.at("time_ms").as_number() == 0);
    // The two hidden tests sleep 1.2 s and 1.7 s (2.9 s together); the run's time stops
    // before them, so it is the visible part's only.
    CHECK(json.report.at("time_ms").as_number() < 2000);

    const CliRun text = run_cli({"submit", tiny_exercise(), tiny_submission("leaks_through_sleeping"), "--format", "text"});
    for (const std::string name : {"adds big numbers [x2] (hidden)", "adds the secret pair [x2] (hidden)"}) {
        const std::size_t at = text.out.find(name);
        REQUIRE(at != std::string::npos);
        const std::string line = text.out.substr(at, text.out.find('\n', at) - at);
        INFO(line);
        CHECK(line.find("ms") == std::string::npos);
    }
    const CliRun junit = run_cli({"submit", tiny_exercise(), tiny_submission("leaks_through_sleeping"), "--format", "junit"});
    for (const std::string name : {"adds big numbers", "adds the secret pair"}) {
        INFO(junit.out);
        CHECK(junit.out.find("name=\"" + name + "\" classname=\"autograde.tiny\" time=\"0\"") != std::string::npos);
    }
}
