// The attack suite (issue 5): hostile submissions in tests/data/attacks/*.py, each run
// against the tiny exercise at tier A and again at tier B (forced), as separate ctest
// entries ("attack tier A: ..." and "attack tier B: ...", tags [attack-a] and [attack-b]).
//
// Every attack must leave: a verdict (exit 0 or 1, a JSON report, never an autograde
// crash), a score below full, no process of its own alive (attacks name their processes
// "agx-..."), nothing changed outside (a canary directory the test makes; no agx-* in the
// host's /tmp or /dev/shm; the test makes each mark its own), no connection to a loopback listener the test opens, and no
// secret (hidden values, the canary's text, an environment variable of ours) in any output.
//
// An attack's source may hold {{PORT}}, {{OUTSIDE}} (the canary directory), {{CANARY}} (a
// file in it) and {{EXERCISE}}; a line "# verdict: a|b" lists the verdicts its first test
// may get, or "# status: a|b" the submission's status.
#include <arpa/inet.h>
#include <dirent.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli_runner.h"
#include "scratch.h"

using namespace autograde;
using namespace autograde::testing;
namespace fs = std::filesystem;

namespace {

const char* const k_secrets[] = {"4242424242424242424242", "4242424242424242424243", "7777777", "8888888"};

void replace_all(std::string& text, const std::string& from, const std::string& to) {
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) text.replace(at, from.size(), to);
}

// A loopback listener on a free port; counts the connections made to it.
struct Listener {
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    int port = 0;
    Listener() {
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        REQUIRE(bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
        REQUIRE(listen(fd, 16) == 0);
        socklen_t length = sizeof address;
        getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
        port = ntohs(address.sin_port);
    }
    ~Listener() { close(fd); }
    bool connected() const { return accept(fd, nullptr, nullptr) >= 0; }
};

// Processes whose name (comm) starts with `mark`, alive (not zombies).
std::vector<std::string> marked_processes(const std::string& mark) {
    std::vector<std::string> found;
    for (const auto& entry : fs::directory_iterator("/proc")) {
        std::string name = entry.path().filename();
        if (name.empty() || !std::isdigit(static_cast<unsigned char>(name[0]))) continue;
        std::string stat = read_text(entry.path() / "stat");
        auto open = stat.find('('), close_paren = stat.rfind(')');
        if (open == std::string::npos || close_paren == std::string::npos || close_paren + 2 >= stat.size()) continue;
        std::string comm = stat.substr(open + 1, close_paren - open - 1);
        if (comm.rfind(mark, 0) == 0 && stat[close_paren + 2] != 'Z') found.push_back(name + " " + comm);
    }
    return found;
}

std::vector<std::string> marked_files(const char* dir, const std::string& mark) {
    std::vector<std::string> found;
    for (const auto& entry : fs::directory_iterator(dir))
        if (entry.path().filename().string().rfind(mark, 0) == 0) found.push_back(entry.path());
    return found;
}

// The attack's "# verdict: a|b" or "# status: a|b" line.
std::pair<std::string, std::vector<std::string>> expectation(const std::string& source) {
    std::istringstream lines(source);
    for (std::string line; std::getline(lines, line);) {
        for (std::string kind : {"verdict", "status"}) {
            std::string prefix = "# " + kind + ": ";
            if (line.rfind(prefix, 0) != 0) continue;
            std::vector<std::string> allowed;
            std::istringstream items(line.substr(prefix.size()));
            for (std::string item; std::getline(items, item, '|');) allowed.push_back(item);
            return {kind, allowed};
        }
    }
    FAIL("the attack has no '# verdict:' or '# status:' line");
    return {};
}

void run_attack(const std::string& name, const std::string& sandbox) {
    Listener listener;
    fs::path outside = fs::temp_directory_path() / ("agt-outside-" + std::to_string(getpid()) + "-" + name);
    fs::remove_all(outside);
    fs::create_directories(outside);
    std::string canary_text = "canary-" + std::to_string(getpid()) + "-do-not-leak";
    fs::path canary = outside / "canary.txt";
    std::ofstream(canary) << canary_text;
    fs::permissions(outside, fs::perms::all);  // even the sandbox's user could write here, but for the sandbox
    std::string source = read_text(data_path("attacks/" + name + ".py"));
    REQUIRE(!source.empty());
    auto [kind, allowed] = expectation(source);
    // Names the attack gives its processes and files: a mark of this test process's own,
    // as ctest runs tests side by side (a process name keeps 15 bytes: the mark survives).
    std::string mark = "ag" + std::to_string(getpid() % 100000) + "-";
    replace_all(source, "agx-", mark);
    replace_all(source, "{{PORT}}", std::to_string(listener.port));
    replace_all(source, "{{OUTSIDE}}", outside.string());
    replace_all(source, "{{CANARY}}", canary.string());
    replace_all(source, "{{EXERCISE}}", tiny_exercise() + "/exercise.yaml");
    fs::path submission = outside / (name + ".py");
    std::ofstream(submission) << source;
    setenv("AGX_SECRET", canary_text.c_str(), 1);  // must not reach the sandbox
    // Inherited by autograde (not close-on-exec): must not reach the sandbox either.
    int leaked_fd = open(canary.c_str(), O_RDONLY);

    CliRun run = run_cli({"submit", tiny_exercise(), submission.string(), "--format", "json", "--sandbox", sandbox}, 120);
    close(leaked_fd);
    INFO("attack " << name << " at --sandbox " << sandbox << "\nstdout:\n" << run.out << "\nstderr:\n" << run.err);
    REQUIRE((run.exit_code == 0 || run.exit_code == 1));
    JsonValue report = parse_json(run.out);
    CHECK(report.at("score").as_number() < report.at("max_score").as_number());
    std::string got = kind == "status" ? report.at("status").as_string() : verdict_of(report, "adds small numbers");
    CHECK_THAT(allowed, Catch::VectorContains(got));
    CHECK(report.at("sandbox").at("tier").as_string() == (sandbox == "strict" ? "A" : "B"));
    CHECK_FALSE(listener.connected());
    CHECK(marked_processes(mark).empty());
    CHECK(marked_files("/tmp", mark).empty());
    CHECK(marked_files("/dev/shm", mark).empty());
    CHECK(read_text(canary) == canary_text);
    CHECK(read_text(submission) == source);
    std::vector<std::string> left;
    for (const auto& entry : fs::directory_iterator(outside)) left.push_back(entry.path().filename());
    std::sort(left.begin(), left.end());
    CHECK(left == std::vector<std::string>{"canary.txt", name + ".py"});
    for (const std::string& secret : {std::string(k_secrets[0]), std::string(k_secrets[1]), std::string(k_secrets[2]),
                                      std::string(k_secrets[3]), canary_text}) {
        CHECK(run.out.find(secret) == std::string::npos);
        CHECK(run.err.find(secret) == std::string::npos);
    }
    unsetenv("AGX_SECRET");
    fs::remove_all(outside);
}

}  // namespace

#define ATTACK(name)                                                                                   \
    TEST_CASE("attack " name " is contained at tier A", "[.][attack-a]") { run_attack(name, "strict"); } \
    TEST_CASE("attack " name " is contained at tier B", "[.][attack-b]") { run_attack(name, "B"); }

// resource
ATTACK("cpu_spin")
ATTACK("sleep_forever")
ATTACK("sigterm_ignored")
ATTACK("memory_bomb")
ATTACK("memory_across_processes")
ATTACK("dev_shm_fill")
ATTACK("tmp_fill")
ATTACK("fork_bomb")
ATTACK("thread_bomb")
ATTACK("disk_fill")
ATTACK("output_flood")
ATTACK("grandchild_holds_pipe")
ATTACK("deep_recursion")
ATTACK("ctypes_segfault")
ATTACK("orphans_setsid")
// escape
ATTACK("network")
ATTACK("read_exercise")
ATTACK("proc_and_environment")
ATTACK("inherited_descriptors")
ATTACK("write_outside")
ATTACK("symlink_tricks")
ATTACK("ptrace")
ATTACK("kill_parent")
ATTACK("unshare_mount")
// forgery
ATTACK("forged_records")
ATTACK("early_exit")
ATTACK("system_exit_in_call")
ATTACK("claims_equality")
ATTACK("patched_serialiser")
ATTACK("shadowed_modules")
ATTACK("frame_introspection")
ATTACK("state_between_tests")
