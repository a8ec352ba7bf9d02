// The attack suite (issue 5): hostile submissions in tests/data/attacks/*.py, each run
// against the tiny exercise at tier A and again at tier B (forced), as separate ctest
// entries ("attack tier A: ..." and "attack tier B: ...", tags [attack-a] and [attack-b]).
//
// Every attack must leave: a verdict (exit 0 or 1, a JSON report, never an autograde
// crash), a score below full, no process of its own alive (attacks name their processes
// "agx-..."), nothing changed outside (a canary directory the test makes; no agx-* in the
// host's /tmp or /dev/shm; the test makes each mark its own), nothing sent to the listeners
// the test opens (TCP and UDP on loopback, a stream and a datagram path socket), no SysV IPC
// object under the test's keys, and no secret (hidden values, the canary's text, an
// environment variable of ours) in any output.
//
// An attack's source may hold {{PORT}} and {{UDP_PORT}} (loopback), {{UNIX_STREAM}} and
// {{UNIX_DATAGRAM}} (path sockets), {{IPC_KEY}} (the first of four SysV IPC keys),
// {{OUTSIDE}} (the canary directory), {{CANARY}} (a file in it) and {{EXERCISE}}; a line
// "# verdict: a|b" lists the verdicts its first test may get, or "# status: a|b" the
// submission's status.
#include <arpa/inet.h>
#include <dirent.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstring>
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

// A socket the sandbox must not reach, outside it: a loopback port (TCP or UDP) or a path
// socket (stream or datagram) anyone may connect to. Non-blocking: reached() says at once
// whether a connection or a datagram came.
class Listener {
public:
    explicit Listener(int type) : m_fd(socket(AF_INET, type | SOCK_NONBLOCK | SOCK_CLOEXEC, 0)), m_type(type) {
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        REQUIRE(bind(m_fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
        socklen_t length = sizeof address;
        getsockname(m_fd, reinterpret_cast<sockaddr*>(&address), &length);
        m_port = ntohs(address.sin_port);
        REQUIRE((type != SOCK_STREAM || listen(m_fd, 16) == 0));
    }
    Listener(int type, const fs::path& path) : m_fd(socket(AF_UNIX, type | SOCK_NONBLOCK | SOCK_CLOEXEC, 0)), m_type(type) {
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        REQUIRE(path.string().size() < sizeof address.sun_path);
        std::strcpy(address.sun_path, path.c_str());
        REQUIRE(bind(m_fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
        fs::permissions(path, fs::perms::all);  // connecting needs write permission: grant it to all
        REQUIRE((type != SOCK_STREAM || listen(m_fd, 16) == 0));
    }
    ~Listener() { close(m_fd); }
    Listener(const Listener&) = delete;
    Listener& operator=(const Listener&) = delete;
    int port() const { return m_port; }
    bool reached() const {
        char byte = 0;
        if (m_type == SOCK_STREAM) return accept(m_fd, nullptr, nullptr) >= 0;
        return recv(m_fd, &byte, 1, MSG_DONTWAIT) >= 0;
    }

private:
    int m_fd;
    int m_type;
    int m_port = 0;
};

// The SysV IPC objects (shared memory, message queues, semaphore sets) whose key is in
// [first_key, first_key + count), as "shm KEY"; each is removed, so that a failing run
// leaves nothing on the host.
std::vector<std::string> take_sysv_objects(long first_key, long count) {
    std::vector<std::string> found;
    for (std::string kind : {"shm", "msg", "sem"}) {
        std::istringstream table(read_text("/proc/sysvipc/" + kind));
        std::string line;
        std::getline(table, line);  // the header
        for (long key = 0, id = 0; table >> key >> id && std::getline(table, line);) {
            if (key < first_key || key >= first_key + count) continue;
            found.push_back(kind + " " + std::to_string(key));
            if (kind == "shm") shmctl(static_cast<int>(id), IPC_RMID, nullptr);
            if (kind == "msg") msgctl(static_cast<int>(id), IPC_RMID, nullptr);
            if (kind == "sem") semctl(static_cast<int>(id), 0, IPC_RMID);
        }
    }
    return found;
}

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
    Listener tcp(SOCK_STREAM), udp(SOCK_DGRAM);
    fs::path outside = fs::temp_directory_path() / ("agt-outside-" + std::to_string(getpid()) + "-" + name);
    fs::path sockets = fs::temp_directory_path() / ("agt-sockets-" + std::to_string(getpid()));
    fs::remove_all(outside);
    fs::remove_all(sockets);
    fs::create_directories(outside);
    fs::create_directories(sockets);  // 0755: the sandbox's user may pass through to the sockets
    Listener unix_stream(SOCK_STREAM, sockets / "stream"), unix_datagram(SOCK_DGRAM, sockets / "datagram");
    const long ipc_key = 0x41470000L + (getpid() % 0x10000) * 4;  // and the next three: this test's own
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
    replace_all(source, "{{PORT}}", std::to_string(tcp.port()));
    replace_all(source, "{{UDP_PORT}}", std::to_string(udp.port()));
    replace_all(source, "{{UNIX_STREAM}}", (sockets / "stream").string());
    replace_all(source, "{{UNIX_DATAGRAM}}", (sockets / "datagram").string());
    replace_all(source, "{{IPC_KEY}}", std::to_string(ipc_key));
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
    CHECK_FALSE(tcp.reached());
    CHECK_FALSE(udp.reached());
    CHECK_FALSE(unix_stream.reached());
    CHECK_FALSE(unix_datagram.reached());
    CHECK(take_sysv_objects(ipc_key, 4).empty());
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
    fs::remove_all(sockets);
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
ATTACK("unix_socket_by_path")
ATTACK("sysv_ipc")
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
