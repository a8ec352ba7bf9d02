// `autograde grade` and `autograde merge` with --reports DIR, --format and --junit FILE:
// a report file per candidate in each format, each accepted by its consumer
// (tests/integration/formats/check_report.py), one JUnit document for the batch, hidden
// tests hidden everywhere, and the same files from a merge of shards as from one run.
#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cstdio>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "cli_runner.h"
#include "consumer_check.h"
#include "scratch.h"

using namespace autograde;
using namespace autograde::testing;
namespace fs = std::filesystem;

namespace {

// Every format and the suffix of its files.
const std::vector<std::pair<std::string, std::string>> k_suffixes = {
    {"json", "json"},           {"junit", "junit.xml"},   {"gradescope", "gradescope.json"},
    {"exercism", "exercism.json"}, {"github", "github.txt"}, {"text", "txt"}};
const std::string k_all_formats = "json,junit,gradescope,exercism,github,text";

// The markers of the tiny exercise's hidden tests (call, expected value, arguments).
const std::vector<std::string> k_secrets = {"4242424242424242424242", "7777777", "8888888"};

// The batch's candidates, sorted, and the tiny submission each one is. Two stems clash
// (solution), so those two are named by their paths: they become sub-folders.
const std::vector<std::pair<std::string, std::string>> k_candidates = {
    {"alice/solution", "correct"}, {"bob/solution", "echoes_arguments"}, {"carol", "wrong"},
    {"dave", "syntax_error"},      {"erin", "import_error"}};

// The batch's submissions, in scratch/subs.
std::string make_batch(const Scratch& scratch) {
    const std::string folder = scratch.path("subs");
    for (const auto& [candidate, kind] : k_candidates) {
        const fs::path file = fs::path(folder) / (candidate + ".py");
        fs::create_directories(file.parent_path());
        fs::copy_file(tiny_submission(kind), file);
    }
    return folder;
}

// `autograde grade tiny SUBS --cache CACHE ARGS...`
CliRun grade(const Scratch& scratch, const std::vector<std::string>& extra) {
    std::vector<std::string> args = {"grade", tiny_exercise(), scratch.path("subs"), "--cache", scratch.path("cache"),
                                     "--color", "never"};
    args.insert(args.end(), extra.begin(), extra.end());
    return run_cli(args);
}

// Every regular file below `dir`, as paths relative to it.
std::set<std::string> files_below(const std::string& dir) {
    std::set<std::string> files;
    for (const auto& entry : fs::recursive_directory_iterator(dir))
        if (entry.is_regular_file()) files.insert(fs::relative(entry.path(), dir).string());
    return files;
}

std::set<std::string> expected_files(const std::vector<std::string>& suffixes) {
    std::set<std::string> files;
    for (const auto& candidate : k_candidates)
        for (const std::string& suffix : suffixes) files.insert(candidate.first + "/tiny." + suffix);
    return files;
}

std::vector<std::string> all_suffixes() {
    std::vector<std::string> suffixes;
    for (const auto& format : k_suffixes) suffixes.push_back(format.second);
    return suffixes;
}

// A JSON value without the members that hold times (time_ms, execution_time).
JsonValue without_times(const JsonValue& value) {
    if (value.kind() == JsonValue::Kind::array) {
        JsonValue::Array items;
        for (const JsonValue& item : value.as_array()) items.push_back(without_times(item));
        return JsonValue::array(std::move(items));
    }
    if (value.kind() != JsonValue::Kind::object) return value;
    JsonValue::Object members;
    for (const auto& [key, member] : value.as_object())
        if (key != "time_ms" && key != "execution_time") members.emplace_back(key, without_times(member));
    return JsonValue::object(std::move(members));
}

// A report file's text with its times blanked: JUnit's time="..." and the text report's
// "12.3 ms" column (whose width follows the longest time).
std::string text_without_times(const std::string& text) {
    const std::string junit = std::regex_replace(text, std::regex("time=\"[0-9.]*\""), "time=\"\"");
    return std::regex_replace(junit, std::regex(" +[0-9.]+ ms"), " ~ ms");
}

void check_same_reports(const std::string& dir, const std::string& other_dir) {
    const std::set<std::string> files = files_below(dir);
    REQUIRE(files == files_below(other_dir));
    for (const std::string& file : files) {
        INFO(file);
        const std::string text = read_text(dir + "/" + file), other = read_text(other_dir + "/" + file);
        if (file.ends_with(".json")) CHECK(without_times(parse_json(text)) == without_times(parse_json(other)));
        else CHECK(text_without_times(text) == text_without_times(other));
    }
}

}  // namespace

TEST_CASE("grade --reports writes each candidate's report in every format, each accepted by its consumer") {
    Scratch scratch;
    make_batch(scratch);
    const std::string reports = scratch.path("reports");
    const CliRun run = grade(scratch, {"--reports", reports, "--format", k_all_formats, "--json", scratch.path("results.json")});
    INFO("stderr: " << run.err);
    REQUIRE(run.exit_code == 1);
    // Sub-folders for the clashing stems, no temporary file left behind.
    REQUIRE(files_below(reports) == expected_files(all_suffixes()));

    const JsonValue results = parse_json(read_text(scratch.path("results.json")));
    REQUIRE(results.at("results").size() == k_candidates.size());
    for (std::size_t i = 0; i < k_candidates.size(); ++i) {
        const std::string folder = reports + "/" + k_candidates[i].first + "/";
        INFO(folder);
        for (const auto& [format, suffix] : k_suffixes) {
            INFO(format);
            if (format != "json" && format != "text") CHECK(check_file_as_consumer(format, folder + "tiny." + suffix).accepted());
        }
        // The json report is the --json result, without the candidate.
        const JsonValue& row = results.at("results").at(i);
        CHECK(row.at("candidate").as_string() == k_candidates[i].first);
        JsonValue::Object members = row.as_object();
        members.erase(members.begin());
        CHECK(parse_json(read_text(folder + "tiny.json")) == JsonValue::object(members));
        const std::string text = read_text(folder + "tiny.txt");
        CHECK_THAT(text, Catch::StartsWith("tiny") && Catch::Contains("score: "));
        CHECK(text.find('\x1b') == std::string::npos);
    }
    CHECK(parse_json(read_text(reports + "/dave/tiny.json")).at("status").as_string() == "syntax_error");
    CHECK(parse_json(read_text(reports + "/alice/solution/tiny.gradescope.json")).at("score").as_number() == 7);
}

TEST_CASE("grade --junit writes one document with a suite per candidate, in order, named CANDIDATE/EXERCISE") {
    Scratch scratch;
    make_batch(scratch);
    const std::string junit = scratch.path("batch.xml");
    const CliRun run = grade(scratch, {"--junit", junit});
    INFO("stderr: " << run.err);
    REQUIRE(run.exit_code == 1);
    CHECK(!fs::exists(scratch.path("reports")));
    const std::string xml = read_text(junit);
    CHECK(check_file_as_consumer("junit", junit).accepted());
    CHECK_THAT(xml, Catch::Contains("<testsuites name=\"autograde\""));
    std::size_t previous = 0;
    for (const auto& [candidate, kind] : k_candidates) {
        INFO(candidate);
        const std::size_t suite = xml.find("<testsuite name=\"" + candidate + "/tiny\"");
        REQUIRE(suite != std::string::npos);
        CHECK(suite >= previous);
        previous = suite;
        const std::size_t property = xml.find("<property name=\"candidate\" value=\"" + candidate + "\"/>", suite);
        CHECK(property != std::string::npos);
        CHECK(property < xml.find("</properties>", suite));
    }
    std::size_t suites = 0;
    for (std::size_t at = xml.find("<testsuite "); at != std::string::npos; at = xml.find("<testsuite ", at + 1)) ++suites;
    CHECK(suites == k_candidates.size());
}

TEST_CASE("no report file of a batch shows a hidden test's call, expected value or the arguments a submission echoes") {
    Scratch scratch;
    make_batch(scratch);
    const std::string reports = scratch.path("reports");
    const CliRun run = grade(scratch, {"--reports", reports, "--format", k_all_formats, "--junit", scratch.path("batch.xml")});
    INFO("stderr: " << run.err);
    REQUIRE(run.exit_code == 1);
    std::vector<std::string> files = {scratch.path("batch.xml")};
    for (const std::string& file : files_below(reports)) files.push_back(reports + "/" + file);
    CHECK(files.size() == 1 + k_candidates.size() * k_suffixes.size());
    for (const std::string& file : files) {
        const std::string text = read_text(file);
        CHECK(!text.empty());
        for (const std::string& secret : k_secrets) {
            INFO(file << " must not hold " << secret);
            CHECK(text.find(secret) == std::string::npos);
        }
    }
}

TEST_CASE("reports are json by default, --format is repeatable and --gradescope-hidden reaches the gradescope files") {
    Scratch scratch;
    make_batch(scratch);
    const CliRun plain = grade(scratch, {"--reports", scratch.path("plain")});
    INFO("stderr: " << plain.err);
    REQUIRE(plain.exit_code == 1);
    CHECK(files_below(scratch.path("plain")) == expected_files({"json"}));

    const CliRun both = grade(scratch, {"--reports", scratch.path("both"), "--format", "gradescope", "--format", "text,gradescope",
                                        "--gradescope-hidden", "hidden"});
    REQUIRE(both.exit_code == 1);
    CHECK(files_below(scratch.path("both")) == expected_files({"gradescope.json", "txt"}));
    const JsonValue gradescope = parse_json(read_text(scratch.path("both/carol/tiny.gradescope.json")));
    std::size_t hidden = 0;
    for (const JsonValue& test : gradescope.at("tests").as_array())
        hidden += test.at("visibility").as_string() == "hidden" ? 1 : 0;
    CHECK(hidden == 2);
}

TEST_CASE("an unknown report format is a usage error that names the closest format and lists them all") {
    Scratch scratch;
    make_batch(scratch);
    for (const std::string command : {"grade", "merge"}) {
        INFO(command);
        std::vector<std::string> args = {command};
        if (command == "grade") args.insert(args.end(), {tiny_exercise(), scratch.path("subs")});
        else args.push_back(scratch.path("results.json"));
        args.insert(args.end(), {"--reports", scratch.path("reports"), "--format", "json,jnuit"});
        const CliRun run = run_cli(args);
        CHECK(run.exit_code == 2);
        CHECK_THAT(run.err, Catch::Contains("autograde " + command + ": unknown format 'jnuit'; did you mean 'junit'?") &&
                                Catch::Contains("text, json, junit, gradescope, exercism, github"));
        CHECK(run.out.empty());  // refused before grading anything
        CHECK(!fs::exists(scratch.path("reports")));
    }
}

TEST_CASE("the options --format and --gradescope-hidden without --reports are usage errors") {
    Scratch scratch;
    make_batch(scratch);
    const CliRun grade_run = run_cli({"grade", tiny_exercise(), scratch.path("subs"), "--format", "junit"});
    CHECK(grade_run.exit_code == 2);
    CHECK_THAT(grade_run.err, Catch::Contains("autograde grade: --format needs --reports DIR"));
    CHECK(grade_run.out.empty());
    const CliRun merge_run = run_cli({"merge", scratch.path("results.json"), "--format", "json"});
    CHECK(merge_run.exit_code == 2);
    CHECK_THAT(merge_run.err, Catch::Contains("autograde merge: --format needs --reports DIR"));
    const CliRun hidden_run = run_cli({"grade", tiny_exercise(), scratch.path("subs"), "--gradescope-hidden", "hidden"});
    CHECK(hidden_run.exit_code == 2);
    CHECK_THAT(hidden_run.err, Catch::Contains("autograde grade: --gradescope-hidden needs --reports DIR"));
}

TEST_CASE("a --reports folder or --junit file that cannot be written is an error naming its path") {
    Scratch scratch;
    make_batch(scratch);
    std::ofstream(scratch.path("a-file")) << "not a folder\n";
    const std::string reports = scratch.path("a-file/reports");
    const CliRun bad_reports = grade(scratch, {"--reports", reports});
    CHECK(bad_reports.exit_code == 2);
    CHECK_THAT(bad_reports.err, Catch::Contains(reports + ": error: "));

    const std::string junit = scratch.path("no-such-folder/batch.xml");
    const CliRun bad_junit = grade(scratch, {"--junit", junit});
    CHECK(bad_junit.exit_code == 2);
    CHECK_THAT(bad_junit.err, Catch::Contains(junit + ": error: "));
}

TEST_CASE("a merged candidate whose name would leave the --reports folder is an error, and nothing is written") {
    Scratch scratch;
    make_batch(scratch);
    REQUIRE(grade(scratch, {"--json", scratch.path("results.json")}).exit_code == 1);
    for (const std::string name : {"../evil", "/tmp/evil", "a//b", "."}) {
        INFO(name);
        std::string json = read_text(scratch.path("results.json"));
        json.replace(json.find("\"carol\""), 7, "\"" + name + "\"");
        std::ofstream(scratch.path("forged.json"), std::ios::trunc) << json;
        const std::string reports = scratch.path("deep/reports");
        const CliRun run = run_cli({"merge", scratch.path("forged.json"), "--reports", reports});
        CHECK(run.exit_code == 2);
        CHECK_THAT(run.err, Catch::Contains(reports + ": error: cannot write the reports of candidate '" + name + "'"));
        CHECK(!fs::exists(scratch.path("deep")));
    }
}

TEST_CASE("merge --reports and --junit write the same files as the unsharded grade, times aside") {
    Scratch scratch;
    make_batch(scratch);
    const CliRun whole = grade(scratch, {"--reports", scratch.path("whole"), "--format", k_all_formats, "--junit",
                                         scratch.path("whole.xml")});
    INFO("stderr: " << whole.err);
    REQUIRE(whole.exit_code == 1);
    for (const std::string shard : {"1", "2"})
        REQUIRE(grade(scratch, {"--shard", shard + "/2", "--json", scratch.path("shard-" + shard + ".json")}).exit_code == 1);

    const CliRun merged = run_cli({"merge", scratch.path("shard-2.json"), scratch.path("shard-1.json"), "--reports",
                                   scratch.path("merged"), "--format", "json,junit", "--format", "gradescope,exercism",
                                   "--format", "github", "--format", "text", "--junit", scratch.path("merged.xml")});
    INFO("merge stderr: " << merged.err);
    REQUIRE(merged.exit_code == 1);
    CHECK(merged.out == whole.out);  // the summary table
    check_same_reports(scratch.path("whole"), scratch.path("merged"));
    CHECK(text_without_times(read_text(scratch.path("merged.xml"))) == text_without_times(read_text(scratch.path("whole.xml"))));
    CHECK(check_file_as_consumer("junit", scratch.path("merged.xml")).accepted());
}
