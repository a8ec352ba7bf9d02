// `autograde grade` over many submissions and `autograde merge`: every verdict right,
// resumable after a kill, shardable, and never stalled by one candidate's failure.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <fstream>
#include <map>
#include <sstream>
#include <thread>

#include "cli_runner.h"
#include "scratch.h"

using namespace autograde;
using namespace autograde::testing;
namespace fs = std::filesystem;

namespace {

struct Expected {
    std::string status;
    double score;
};

// What each kind of tiny submission must get (tests/data/submissions/tiny).
const std::map<std::string, Expected>& expected_by_kind() {
    static const std::map<std::string, Expected> table = {
        {"correct", {"graded", 7}},       {"wrong", {"graded", 0}},       {"loops_on_negatives", {"graded", 6}},
        {"exits_in_call", {"graded", 0}}, {"print_flood", {"graded", 0}}, {"syntax_error", {"syntax_error", 0}},
    };
    return table;
}

// `count` submissions in `folder`, cycling through `kinds`: NN_kind.py. Each is its kind's
// file with a comment naming it, so that no two have the same bytes.
std::map<std::string, std::string> make_batch(const std::string& folder, int count, const std::vector<std::string>& kinds) {
    fs::create_directories(folder);
    std::map<std::string, std::string> kind_of;  // candidate -> kind
    for (int i = 0; i < count; ++i) {
        const std::string& kind = kinds[static_cast<std::size_t>(i) % kinds.size()];
        const std::string candidate = (i < 10 ? "c0" : "c") + std::to_string(i) + "_" + kind;
        std::ifstream source(tiny_submission(kind));
        std::ostringstream bytes;
        bytes << source.rdbuf();
        std::ofstream(folder + "/" + candidate + ".py") << bytes.str() << "\n# " << candidate << "\n";
        kind_of[candidate] = kind;
    }
    return kind_of;
}

const std::vector<std::string> k_all_kinds = {"correct", "wrong", "loops_on_negatives", "exits_in_call", "print_flood", "syntax_error"};
const std::vector<std::string> k_quick_kinds = {"correct", "wrong", "exits_in_call", "print_flood", "syntax_error"};

// The CSV's rows by candidate, each its fields; the time column dropped.
std::map<std::string, std::vector<std::string>> csv_rows(const std::string& path) {
    std::map<std::string, std::vector<std::string>> rows;
    std::istringstream lines(read_text(path));
    std::string line;
    std::getline(lines, line);
    REQUIRE(line == "candidate,exercise,submission,sha256,status,score,max_score,passed,failed,review,time_ms");
    while (std::getline(lines, line)) {
        std::vector<std::string> fields;
        std::istringstream cells(line);
        for (std::string cell; std::getline(cells, cell, ',');) fields.push_back(cell);
        REQUIRE(fields.size() == 11);
        fields.pop_back();
        rows[fields[0]] = fields;
    }
    return rows;
}

void check_every_verdict(const std::map<std::string, std::vector<std::string>>& rows,
                         const std::map<std::string, std::string>& kind_of) {
    REQUIRE(rows.size() == kind_of.size());
    for (const auto& [candidate, kind] : kind_of) {
        INFO(candidate);
        REQUIRE(rows.count(candidate) == 1);
        const std::vector<std::string>& row = rows.at(candidate);
        CHECK(row[1] == "tiny");
        CHECK(row[4] == expected_by_kind().at(kind).status);
        CHECK(std::stod(row[5]) == expected_by_kind().at(kind).score);
        CHECK(row[6] == "7");
    }
}

std::size_t cached_results(const std::string& cache) {
    std::size_t count = 0;
    std::error_code error;
    for (fs::recursive_directory_iterator it(cache, error), end; !error && it != end; it.increment(error))
        count += it->path().extension() == ".json" ? 1 : 0;
    return count;
}

std::size_t count_of(const std::string& text, const std::string& needle) {
    std::size_t count = 0;
    for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++count;
    return count;
}

}  // namespace

TEST_CASE("a batch of 40 hanging, crashing, flooding and correct submissions gets every verdict right") {
    Scratch scratch;
    const auto kind_of = make_batch(scratch.path("subs"), 40, k_all_kinds);
    const CliRun run = run_cli({"grade", tiny_exercise(), scratch.path("subs"), "--jobs", "2", "--cache",
                                scratch.path("cache"), "--csv", scratch.path("out.csv"), "--json", scratch.path("out.json")},
                               120);
    INFO(run.err);
    CHECK(run.exit_code == 1);
    check_every_verdict(csv_rows(scratch.path("out.csv")), kind_of);
    // Hangs are bounded by the time limit, not serialised behind each other: 7 hanging
    // submissions cost 2 s each, on 2 workers.
    CHECK(run.seconds < 60);

    const JsonValue report = parse_json(read_text(scratch.path("out.json")));
    REQUIRE(report.at("results").size() == 40);
    for (const JsonValue& row : report.at("results").as_array()) {
        CHECK(row.keys().front() == "candidate");
        if (kind_of.at(row.at("candidate").as_string()) == "loops_on_negatives")
            CHECK(verdict_of(row, "adds negative numbers") == "time_limit");
        if (kind_of.at(row.at("candidate").as_string()) == "print_flood")
            CHECK(verdict_of(row, "adds small numbers") == "output_limit");
        if (kind_of.at(row.at("candidate").as_string()) == "exits_in_call")
            CHECK(verdict_of(row, "adds small numbers") == "crashed");
    }
    // The summary table: best first, correct ones at the top with 100%.
    CHECK_THAT(run.out, Catch::StartsWith("rank  candidate"));
    CHECK_THAT(run.out, Catch::Contains("   1  c00_correct") && Catch::Contains("40 submissions"));
    CHECK(count_of(run.err, "/40] ") == 40);  // one plain progress line each (stderr is not a terminal)
}

TEST_CASE("a batch killed half-way resumes, grading only what was not finished") {
    Scratch scratch;
    const auto kind_of = make_batch(scratch.path("subs"), 16, k_quick_kinds);
    const std::vector<std::string> args = {"grade", tiny_exercise(), scratch.path("subs"), "--jobs", "2", "--cache",
                                           scratch.path("cache"), "--csv", scratch.path("out.csv")};
    const pid_t pid = start_cli(args, scratch.path("first.out"), scratch.path("first.err"));
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (cached_results(scratch.path("cache")) < 5 && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    const std::size_t finished = cached_results(scratch.path("cache"));
    INFO("finished before the kill: " << finished);
    REQUIRE(finished >= 5);
    REQUIRE(finished < 16);
    CHECK_FALSE(fs::exists(scratch.path("out.csv")));

    const CliRun again = run_cli(args, 120);
    INFO(again.err);
    CHECK(again.exit_code == 1);
    CHECK(count_of(again.err, "(cached)") == finished);
    CHECK_THAT(again.err, Catch::Contains(std::to_string(16 - finished) + " graded, " + std::to_string(finished) + " from the cache"));
    check_every_verdict(csv_rows(scratch.path("out.csv")), kind_of);
    CHECK(cached_results(scratch.path("cache")) == 16);

    const CliRun third = run_cli(args, 60);
    CHECK_THAT(third.err, Catch::Contains("0 graded, 16 from the cache"));
    const CliRun forced = run_cli({args[0], args[1], args[2], "--cache", scratch.path("cache"), "--no-cache"}, 120);
    CHECK_THAT(forced.err, Catch::Contains("16 graded, 0 from the cache"));
}

TEST_CASE("two shards merged give the same report as the whole batch") {
    Scratch scratch;
    const auto kind_of = make_batch(scratch.path("subs"), 11, k_quick_kinds);
    auto grade = [&](const std::vector<std::string>& extra) {
        std::vector<std::string> args = {"grade", tiny_exercise(), scratch.path("subs"), "--jobs", "2", "--cache", scratch.path("cache")};
        args.insert(args.end(), extra.begin(), extra.end());
        return run_cli(args, 120);
    };
    const CliRun whole = grade({"--csv", scratch.path("whole.csv"), "--no-cache"});
    const CliRun first = grade({"--shard", "1/2", "--json", scratch.path("1.json"), "--no-cache"});
    const CliRun second = grade({"--shard", "2/2", "--json", scratch.path("2.json"), "--no-cache"});
    CHECK(count_of(first.err, "/6] ") + count_of(second.err, "/5] ") == 11);
    const CliRun merged = run_cli({"merge", scratch.path("1.json"), scratch.path("2.json"), "--csv", scratch.path("merged.csv"),
                                   "--json", scratch.path("merged.json")});
    INFO(merged.err);
    CHECK(merged.exit_code == 1);
    CHECK(csv_rows(scratch.path("merged.csv")) == csv_rows(scratch.path("whole.csv")));
    check_every_verdict(csv_rows(scratch.path("merged.csv")), kind_of);
    // The summary table is the same but for nothing: it holds no times.
    CHECK(merged.out == whole.out);

    const CliRun twice = run_cli({"merge", scratch.path("1.json"), scratch.path("1.json")});
    CHECK(twice.exit_code == 2);
    CHECK_THAT(twice.err, Catch::Contains("1.json: error: candidate") && Catch::Contains("each once"));
}

TEST_CASE("grading with --all grades each candidate's files against the exercise they name and reports unknown names") {
    Scratch scratch;
    fs::create_directories(scratch.path("alice"));
    fs::create_directories(scratch.path("bob"));
    fs::copy_file(tiny_submission("correct"), scratch.path("alice/tiny.py"));
    fs::copy_file(tiny_submission("wrong"), scratch.path("bob/tiny.py"));
    fs::copy_file(tiny_submission("correct"), scratch.path("bob/tinny.py"));
    const CliRun run = run_cli({"grade", "--all", scratch.path("alice"), scratch.path("bob"), "--exercises",
                                data_path("exercises"), "--cache", scratch.path("cache"), "--csv", scratch.path("out.csv")});
    CHECK(run.exit_code == 2);
    CHECK_THAT(run.err, Catch::Contains("bob/tinny.py: error: no exercise 'tinny'") && Catch::Contains("did you mean 'tiny'?"));
    const auto rows = csv_rows(scratch.path("out.csv"));
    REQUIRE(rows.size() == 2);
    CHECK(rows.at("alice")[5] == "7");
    CHECK(rows.at("bob")[5] == "0");
    CHECK_THAT(run.out, Catch::Contains("   1  alice") && Catch::Contains("   2  bob"));
}

TEST_CASE("a batch where every submission scores full marks exits 0") {
    Scratch scratch;
    make_batch(scratch.path("subs"), 3, {"correct"});
    const CliRun run = run_cli({"grade", tiny_exercise(), scratch.path("subs"), "-j", "2", "--cache", scratch.path("cache")});
    INFO(run.err);
    CHECK(run.exit_code == 0);
    CHECK_THAT(run.out, Catch::Contains("3 with full marks, 0 below"));
}

TEST_CASE("a full-marks candidate whose source tampers with the interpreter is flagged in the table and the CSV") {
    Scratch scratch;
    fs::create_directories(scratch.path("subs"));
    fs::copy_file(tiny_submission("correct"), scratch.path("subs/honest.py"));
    fs::copy_file(tiny_submission("patches_stdlib"), scratch.path("subs/patcher.py"));
    const CliRun run = run_cli({"grade", tiny_exercise(), scratch.path("subs"), "--no-cache", "--csv", scratch.path("out.csv")});
    INFO(run.err);
    CHECK(run.exit_code == 0);
    const auto line_of = [&](const std::string& candidate) {
        const std::size_t at = run.out.find("  " + candidate + " ");
        return at == std::string::npos ? std::string() : run.out.substr(at, run.out.find('\n', at) - at);
    };
    CHECK_THAT(line_of("patcher"), Catch::Contains("100%  REVIEW: 1 note in the report"));
    CHECK_THAT(line_of("honest"), Catch::EndsWith("100%"));
    const auto rows = csv_rows(scratch.path("out.csv"));
    CHECK(rows.at("patcher")[9] == "1");
    CHECK(rows.at("honest")[9] == "0");
}

TEST_CASE("bad batch arguments are usage errors that say what is expected") {
    const CliRun shard = run_cli({"grade", tiny_exercise(), tiny_submission("correct"), "--shard", "3/2"});
    CHECK(shard.exit_code == 2);
    CHECK_THAT(shard.err, Catch::Contains("--shard takes K/N with 1 <= K <= N") && Catch::Contains("'3/2' has K > N"));
    const CliRun jobs = run_cli({"grade", tiny_exercise(), tiny_submission("correct"), "-j", "0"});
    CHECK(jobs.exit_code == 2);
    CHECK_THAT(jobs.err, Catch::Contains("--jobs takes a whole number of at least 1"));
    const CliRun missing = run_cli({"grade", tiny_exercise()});
    CHECK(missing.exit_code == 2);
    CHECK_THAT(missing.err, Catch::Contains("expected EXERCISE and at least one submission"));
    const CliRun nothing = run_cli({"merge"});
    CHECK(nothing.exit_code == 2);
}

TEST_CASE("a batch's output files are checked before grading: none may be an input, a missing folder or another output") {
    Scratch scratch;
    make_batch(scratch.path("subs"), 2, {"correct"});
    const std::string first = scratch.path("subs/c00_correct.py");
    const std::string before = read_text(first);
    const std::vector<std::string> base = {"grade", tiny_exercise(), scratch.path("subs"), "--cache", scratch.path("cache")};
    const auto grade_with = [&](std::vector<std::string> extra) {
        std::vector<std::string> args = base;
        args.insert(args.end(), extra.begin(), extra.end());
        return run_cli(args);
    };

    const CliRun over_submission = grade_with({"--csv", first});
    CHECK(over_submission.exit_code == 2);
    CHECK(over_submission.out.empty());  // nothing graded, no table
    CHECK(over_submission.err == first + ": error: refusing to write over '" + first + "', which is an input of this run\n");
    CHECK(read_text(first) == before);

    const CliRun missing_folder = grade_with({"--json", scratch.path("nowhere/results.json")});
    CHECK(missing_folder.exit_code == 2);
    CHECK_THAT(missing_folder.err, Catch::Contains("nowhere/results.json: error: cannot write the file: the folder"));

    const CliRun same_file = grade_with({"--csv", scratch.path("out"), "--junit", scratch.path("./out")});
    CHECK(same_file.exit_code == 2);
    CHECK_THAT(same_file.err, Catch::Contains(": error: both --csv and --junit name this path; give each its own"));

    const CliRun reports_on_file = grade_with({"--reports", first});
    CHECK(reports_on_file.exit_code == 2);
    CHECK(reports_on_file.err == first + ": error: cannot write reports into it: it is a file, not a folder\n");
    CHECK_FALSE(fs::exists(scratch.path("cache")));  // checked before the cache was even opened

    const CliRun relative_twice = run_cli({"grade", tiny_exercise(), scratch.path("subs"), "--cache", scratch.path("cache"),
                                           "--csv", "agx-same.csv", "--json", "./agx-same.csv"});
    CHECK(relative_twice.exit_code == 2);
    CHECK_THAT(relative_twice.err, Catch::Contains("both --csv and --json name this path"));

    // merge: a shard file is an input and is never replaced by the merged result.
    REQUIRE(grade_with({"--json", scratch.path("shard.json")}).exit_code == 0);
    const std::string shard = read_text(scratch.path("shard.json"));
    const CliRun merge_over_input = run_cli({"merge", scratch.path("shard.json"), "--json", scratch.path("shard.json")});
    CHECK(merge_over_input.exit_code == 2);
    CHECK_THAT(merge_over_input.err, Catch::Contains("which is an input of this run"));
    CHECK(read_text(scratch.path("shard.json")) == shard);
}
