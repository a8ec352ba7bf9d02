// The batch CI grades at scale: 500 generated submissions (correct, wrong, hanging,
// crashing, flooding, forging, broken) against tests/data/exercises/batch-scale (the tiny
// exercise with a 1 s time limit). Graded with `-j 2`, killed with SIGKILL once at least 200
// results are in, then rerun with every output: the rerun takes what finished from the
// cache, grades the rest, and every candidate's verdicts are right in every format, with
// no hidden test's markers anywhere. Tagged [batch][scale]; about 90 s on this project's
// 2-core machine (both runs), up to about 2.5 minutes beside a parallel ctest.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <thread>

#include "cli_runner.h"
#include "consumer_check.h"
#include "scratch.h"

using namespace autograde;
using namespace autograde::testing;
namespace fs = std::filesystem;

namespace {

constexpr int k_batch_size = 500;
constexpr std::size_t k_kill_after = 200;  // progress lines seen before the SIGKILL, at least
const std::string k_exercise_id = "batch-scale";

// The exercise's tests, in its order; the last two are hidden, of weight 2.
const std::array<std::string, 5> k_tests = {"adds small numbers", "adds negative numbers", "adds in a code snippet",
                                            "adds big numbers", "adds the secret pair"};

// A kind of submission (tests/data/submissions/tiny/NAME.py) and what it must get: the
// status, the score out of 7, and the verdict of each test of k_tests, one letter each:
// Passed, Wrong_answer, Error, Time_limit, Output_limit, Crashed, Not_run.
struct Kind {
    std::string name;
    int share;  // submissions of this kind in every 50; the shares add up to 50
    std::string status;
    double score;
    std::string verdicts;
};

// Hanging kinds cost a time limit (1 s) each: 20 of the 500.
const std::vector<Kind>& kinds() {
    static const std::vector<Kind> table = {
        {"correct", 16, "graded", 7, "PPPPP"},
        {"wrong", 6, "graded", 0, "WWWWW"},           // subtracts
        {"eq_always_true", 3, "graded", 0, "WWWWW"},  // returns an object equal to anything
        {"fake_records", 2, "graded", 0, "EEEEE"},    // forges records on every descriptor: a protocol break
        {"loops_on_negatives", 1, "graded", 6, "PTPPP"},
        {"hangs_at_import", 1, "time_limit", 0, "NNNNN"},
        {"exits_in_call", 3, "graded", 0, "CCCCC"},      // os._exit(0) in the call
        {"segfaults_in_call", 3, "graded", 0, "CCCCC"},  // SIGSEGV through ctypes
        {"print_flood", 2, "graded", 0, "OOOOO"},
        {"floods_at_import", 2, "output_limit", 0, "NNNNN"},
        {"syntax_error", 4, "syntax_error", 0, "NNNNN"},
        {"import_error", 4, "import_error", 0, "NNNNN"},
        {"missing_entry", 3, "missing_entry", 0, "NNNNN"},
    };
    return table;
}

std::string verdict_named_by(char letter) {
    static const std::map<char, std::string> names = {{'P', "passed"},       {'W', "wrong_answer"}, {'E', "error"},
                                                      {'T', "time_limit"},   {'O', "output_limit"}, {'C', "crashed"},
                                                      {'N', "not_run"}};
    return names.at(letter);
}

// The markers of the hidden tests' calls, code and expected values.
const std::vector<std::string> k_secrets = {"4242424242424242424242", "4242424242424242424243", "7777777", "1111111",
                                            "8888888"};

// Every format of --reports and the suffix of its files.
const std::vector<std::pair<std::string, std::string>> k_suffixes = {
    {"json", "json"},              {"junit", "junit.xml"},  {"gradescope", "gradescope.json"},
    {"exercism", "exercism.json"}, {"github", "github.txt"}, {"text", "txt"}};

std::size_t count_of(const std::string& text, const std::string& needle) {
    std::size_t count = 0;
    for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++count;
    return count;
}

// Writes the batch to `folder`: c000_correct.py ... c499_KIND.py, kinds interleaved so that
// the slow ones spread over the run (jobs are graded in name order). Each file is its kind's
// with a comment naming the candidate, so no two have the same bytes. Returns the kind of
// each candidate.
std::map<std::string, const Kind*> make_batch(const std::string& folder) {
    std::vector<const Kind*> cycle;  // 50 slots: round r takes every kind with a share above r
    for (int round = 0; round < 50; ++round)
        for (const Kind& kind : kinds())
            if (kind.share > round) cycle.push_back(&kind);
    REQUIRE(cycle.size() == 50);
    fs::create_directories(folder);
    std::map<std::string, const Kind*> kind_of;
    for (int i = 0; i < k_batch_size; ++i) {
        const Kind& kind = *cycle[static_cast<std::size_t>(i) % cycle.size()];
        char number[8];
        std::snprintf(number, sizeof number, "c%03d_", i);
        const std::string candidate = number + kind.name;
        const std::string source = read_text(tiny_submission(kind.name));
        REQUIRE(!source.empty());
        std::ofstream(folder + "/" + candidate + ".py", std::ios::binary) << source << "\n# " << candidate << "\n";
        kind_of[candidate] = &kind;
    }
    return kind_of;
}

// ---- the process tree of a killed run -------------------------------------------------

// A process, by pid and start time (so that a reused pid is not taken for it).
struct ProcessId {
    pid_t pid;
    std::string start_time;
};

// The state letter and start time of `pid` from /proc/PID/stat ({'\0', ""} when gone).
std::pair<char, std::string> state_of(pid_t pid) {
    const std::string stat = read_text("/proc/" + std::to_string(pid) + "/stat");
    const std::size_t close_paren = stat.rfind(')');
    if (close_paren == std::string::npos) return {'\0', ""};
    std::istringstream fields(stat.substr(close_paren + 2));  // from field 3, the state
    std::string field, start_time;
    char state = '\0';
    fields >> state;
    for (int number = 4; number <= 22 && fields >> field; ++number) start_time = field;
    return {state, start_time};
}

bool alive(const ProcessId& process) {
    const auto [state, start_time] = state_of(process.pid);
    return start_time == process.start_time && state != 'Z' && state != 'X';
}

// Every descendant of `root` (children of each of its threads, recursively).
std::vector<ProcessId> descendants(pid_t root) {
    std::vector<ProcessId> found;
    std::vector<pid_t> pending{root};
    while (!pending.empty()) {
        const pid_t pid = pending.back();
        pending.pop_back();
        std::error_code error;
        for (fs::directory_iterator task("/proc/" + std::to_string(pid) + "/task", error), end; !error && task != end;
             task.increment(error)) {
            std::istringstream children(read_text((task->path() / "children").string()));
            for (pid_t child = 0; children >> child;) {
                found.push_back({child, state_of(child).second});
                pending.push_back(child);
            }
        }
    }
    return found;
}

std::string command_name(pid_t pid) {
    std::string name = read_text("/proc/" + std::to_string(pid) + "/comm");
    if (!name.empty() && name.back() == '\n') name.pop_back();
    return name;
}

// Whether a hangs_at_import submission (it names its process so) is being graded.
bool hanging_in_flight(pid_t pid) {
    for (const ProcessId& process : descendants(pid))
        if (command_name(process.pid) == "agt-hang-import") return true;
    return false;
}

std::string command_line(pid_t pid) {
    std::string text = read_text("/proc/" + std::to_string(pid) + "/cmdline");
    for (char& c : text) c = c == '\0' ? ' ' : c;
    return text;
}

// ---- running autograde --------------------------------------------------------------

std::size_t progress_lines(const std::string& err) { return count_of(err, "/" + std::to_string(k_batch_size) + "] "); }

// Stops `pid` (so that it starts no more sandboxes), notes its process tree, kills it with
// SIGKILL and reaps it. Returns the tree: while it grades, at least one sandbox process
// (between two submissions it is let go on, a few ms at a time, up to 200 times).
std::vector<ProcessId> kill_with_tree(pid_t pid) {
    std::vector<ProcessId> tree;
    for (int attempt = 0; attempt < 200 && tree.empty() && state_of(pid).first != 'Z'; ++attempt) {
        kill(pid, SIGSTOP);
        for (int wait = 0; wait < 100 && state_of(pid).first != 'T'; ++wait)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        tree = descendants(pid);
        if (tree.empty()) {  // between two submissions: let it start the next one
            kill(pid, SIGCONT);
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
    }
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    return tree;
}

// The processes of `tree` still alive after up to 10 s (the kernel's parent-death signals
// and PID-namespace teardown are asynchronous), each with its command line.
std::vector<std::string> survivors(const std::vector<ProcessId>& tree) {
    std::vector<std::string> left;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    do {
        left.clear();
        for (const ProcessId& process : tree)
            if (alive(process)) left.push_back(std::to_string(process.pid) + " " + command_line(process.pid));
        if (!left.empty()) std::this_thread::sleep_for(std::chrono::milliseconds(50));
    } while (!left.empty() && std::chrono::steady_clock::now() < deadline);
    return left;
}

// The last 2000 bytes of `text`, for a failure's message.
std::string tail(const std::string& text) { return text.substr(text.size() > 2000 ? text.size() - 2000 : 0); }

struct KilledRun {
    std::size_t finished = 0;    // progress lines before the kill: each result is cached before it is reported
    bool hanging = false;        // whether a hangs_at_import submission was being graded
    std::vector<ProcessId> tree;  // autograde's processes at the kill
    std::string err;
};

// Runs autograde with `args` (stdout discarded, stderr to `err_file`) and kills it with
// SIGKILL once at least k_kill_after results are in, preferably while a submission that
// hangs at import (one in every 50) is being graded: only a kill from outside the sandbox
// can end that one, and it must not outlive autograde.
KilledRun run_and_kill(const std::vector<std::string>& args, const std::string& err_file) {
    const pid_t pid = start_cli(args, "/dev/null", err_file);
    KilledRun run;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(150);
    while (std::chrono::steady_clock::now() < deadline && state_of(pid).first != 'Z') {  // Z: it ended by itself
        const std::size_t done = progress_lines(read_text(err_file));
        run.hanging = done >= k_kill_after && hanging_in_flight(pid);
        if (run.hanging || done >= k_kill_after + 100) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    run.tree = kill_with_tree(pid);
    run.err = read_text(err_file);
    run.finished = progress_lines(run.err);
    return run;
}

// ---- checking the outputs -------------------------------------------------------------

void check_result(const JsonValue& result, const Kind& kind) {
    INFO("kind " << kind.name);
    CHECK(result.at("exercise").as_string() == k_exercise_id);
    CHECK(result.at("status").as_string() == kind.status);
    CHECK(result.at("score").as_number() == kind.score);
    CHECK(result.at("max_score").as_number() == 7);
    REQUIRE(result.at("tests").size() == k_tests.size());
    for (std::size_t i = 0; i < k_tests.size(); ++i) {
        INFO("test " << k_tests[i]);
        CHECK(verdict_of(result, k_tests[i]) == verdict_named_by(kind.verdicts.at(i)));
    }
}

// The --json results: each candidate exactly once, in name order, every verdict right.
void check_json_results(const std::string& path, const std::map<std::string, const Kind*>& kind_of) {
    const JsonValue report = parse_json(read_text(path));
    const JsonValue::Array& results = report.at("results").as_array();
    REQUIRE(results.size() == kind_of.size());
    auto expected = kind_of.begin();
    for (const JsonValue& result : results) {
        const std::string candidate = result.at("candidate").as_string();
        INFO(candidate);
        REQUIRE(candidate == expected->first);
        check_result(result, *expected->second);
        ++expected;
    }
}

// The --csv rows: one per candidate, with its status and score.
void check_csv(const std::string& path, const std::map<std::string, const Kind*>& kind_of) {
    std::istringstream lines(read_text(path));
    std::string line;
    std::getline(lines, line);
    REQUIRE(line == "candidate,exercise,submission,sha256,status,score,max_score,passed,failed,review,time_ms");
    std::set<std::string> seen;
    while (std::getline(lines, line)) {
        std::vector<std::string> fields;
        std::istringstream cells(line);
        for (std::string cell; std::getline(cells, cell, ',');) fields.push_back(cell);
        INFO(line);
        REQUIRE(fields.size() == 11);
        REQUIRE(kind_of.count(fields[0]) == 1);
        CHECK(seen.insert(fields[0]).second);
        CHECK(fields[1] == k_exercise_id);
        CHECK(fields[4] == kind_of.at(fields[0])->status);
        CHECK(std::stod(fields[5]) == kind_of.at(fields[0])->score);
    }
    CHECK(seen.size() == kind_of.size());
}

// What the consumers' checkers printed for each of `reports` ({format, file}) that was
// rejected; "" when every one is accepted.
std::string consumer_problems(const std::vector<std::pair<std::string, std::string>>& reports) {
    const std::vector<ConsumerCheck> checks = check_files_as_consumer(reports);
    std::string problems;
    for (std::size_t i = 0; i < reports.size(); ++i)
        if (!checks[i].accepted()) problems += reports[i].second + " rejected:\n" + checks[i].problems;
    return problems;
}

// --junit FILE: accepted by its consumer, a suite per candidate named CANDIDATE/EXERCISE.
void check_junit(const std::string& path, const std::map<std::string, const Kind*>& kind_of) {
    CHECK(consumer_problems({{"junit", path}}) == "");
    const std::string text = read_text(path);
    CHECK(count_of(text, "<testsuite ") == kind_of.size());
    for (const auto& entry : kind_of) {
        INFO(entry.first);
        CHECK(count_of(text, "name=\"" + entry.first + "/" + k_exercise_id + "\"") == 1);
    }
}

// --reports DIR: every candidate has a file in each format; the first candidate of each
// kind has its files checked by their consumers, and its json report's verdicts.
void check_report_files(const std::string& dir, const std::map<std::string, const Kind*>& kind_of) {
    std::set<std::string> sampled;
    for (const auto& [candidate, kind] : kind_of) {
        INFO(candidate);
        const std::string stem = dir + "/" + candidate + "/" + k_exercise_id + ".";
        for (const auto& [format, suffix] : k_suffixes) CHECK(fs::is_regular_file(stem + suffix));
        if (!sampled.insert(kind->name).second) continue;
        std::vector<std::pair<std::string, std::string>> consumed;
        for (const auto& [format, suffix] : k_suffixes)
            if (format != "json" && format != "text") consumed.emplace_back(format, stem + suffix);
        CHECK(consumer_problems(consumed) == "");
        check_result(parse_json(read_text(stem + "json")), *kind);
    }
    CHECK(sampled.size() == kinds().size());
}

// No hidden test's marker in `text`.
void check_no_secrets(const std::string& where, const std::string& text) {
    for (const std::string& secret : k_secrets) {
        INFO(where << " holds " << secret);
        CHECK(text.find(secret) == std::string::npos);
    }
}

void check_no_secrets_below(const std::string& dir) {
    std::size_t files = 0;
    for (const auto& entry : fs::recursive_directory_iterator(dir))
        if (entry.is_regular_file()) {
            check_no_secrets(entry.path().string(), read_text(entry.path().string()));
            ++files;
        }
    CHECK(files == k_batch_size * k_suffixes.size());
}

}  // namespace

TEST_CASE("a batch of 500 mixed submissions killed half-way resumes and gets every verdict right in every format",
          "[batch][scale]") {
    Scratch scratch;
    const auto kind_of = make_batch(scratch.path("subs"));
    const std::vector<std::string> args = {"grade", data_path("exercises/batch-scale"), scratch.path("subs"), "-j", "2",
                                           "--cache", scratch.path("cache")};

    const KilledRun first = run_and_kill(args, scratch.path("first.err"));
    INFO("finished before the kill: " << first.finished << (first.hanging ? ", a hanging submission in flight" : ""));
    {
        INFO("its stderr ends:\n" << tail(first.err));
        REQUIRE(first.finished >= k_kill_after);
        REQUIRE(first.finished < k_batch_size);
        CHECK(count_of(first.err, "(cached)") == 0);
        CHECK(!first.tree.empty());
        CHECK(survivors(first.tree) == std::vector<std::string>{});
    }

    // The rerun: what finished comes from the cache, the rest is graded, every output written.
    std::vector<std::string> rerun_args = args;
    rerun_args.insert(rerun_args.end(), {"--csv", scratch.path("out.csv"), "--json", scratch.path("out.json"), "--junit",
                                         scratch.path("out.junit.xml"), "--reports", scratch.path("reports"), "--format",
                                         "json,junit,gradescope,exercism,github,text"});
    const CliRun again = run_cli(rerun_args, 240);
    {
        INFO("the rerun's stderr ends:\n" << tail(again.err));
        REQUIRE(again.exit_code == 1);
        CHECK(progress_lines(again.err) == k_batch_size);
        const std::size_t cached = count_of(again.err, "(cached)");
        CHECK(cached >= first.finished);
        CHECK(cached < k_batch_size);
        CHECK_THAT(again.err, Catch::Contains(std::to_string(k_batch_size - cached) + " graded, " +
                                              std::to_string(cached) + " from the cache, 0 failed"));
    }

    check_json_results(scratch.path("out.json"), kind_of);
    check_csv(scratch.path("out.csv"), kind_of);
    check_junit(scratch.path("out.junit.xml"), kind_of);
    check_report_files(scratch.path("reports"), kind_of);
    for (const char* file : {"out.csv", "out.json", "out.junit.xml"}) check_no_secrets(file, read_text(scratch.path(file)));
    check_no_secrets("stdout", again.out);
    check_no_secrets("stderr", again.err);
    check_no_secrets_below(scratch.path("reports"));
}
