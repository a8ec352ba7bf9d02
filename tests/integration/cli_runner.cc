#include "cli_runner.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>

namespace autograde::testing {
namespace {

void read_into(int& fd, std::string& out) {
    char buffer[65536];
    ssize_t n = read(fd, buffer, sizeof buffer);
    if (n > 0) out.append(buffer, static_cast<std::size_t>(n));
    else if (n == 0 || errno != EINTR) {
        close(fd);
        fd = -1;
    }
}

}  // namespace

pid_t start_cli(const std::vector<std::string>& args, const std::string& out_file, const std::string& err_file) {
    std::vector<std::string> strings{AUTOGRADE_BINARY};
    strings.insert(strings.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& arg : strings) argv.push_back(arg.data());
    argv.push_back(nullptr);
    const pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        int out = open(out_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        int err = open(err_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        int null_fd = open("/dev/null", O_RDONLY);
        dup2(null_fd, 0);
        dup2(out, 1);
        dup2(err, 2);
        execv(argv[0], argv.data());
        _exit(127);
    }
    return pid;
}

CliRun run_cli(const std::vector<std::string>& args, double timeout_seconds) {
    int out_pipe[2], err_pipe[2];
    REQUIRE(pipe2(out_pipe, O_CLOEXEC) == 0);
    REQUIRE(pipe2(err_pipe, O_CLOEXEC) == 0);
    std::vector<std::string> argv_strings{AUTOGRADE_BINARY};
    argv_strings.insert(argv_strings.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& arg : argv_strings) argv.push_back(arg.data());
    argv.push_back(nullptr);

    auto start = std::chrono::steady_clock::now();
    pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        dup2(out_pipe[1], 1);
        dup2(err_pipe[1], 2);
        int null_fd = open("/dev/null", O_RDONLY);
        dup2(null_fd, 0);
        execv(argv[0], argv.data());
        _exit(127);
    }
    close(out_pipe[1]);
    close(err_pipe[1]);
    CliRun run;
    int fds[2] = {out_pipe[0], err_pipe[0]};
    auto deadline = start + std::chrono::duration<double>(timeout_seconds);
    while (fds[0] >= 0 || fds[1] >= 0) {
        pollfd polled[2] = {{fds[0], POLLIN, 0}, {fds[1], POLLIN, 0}};
        int ready = poll(polled, 2, 100);
        if (std::chrono::steady_clock::now() > deadline) {
            kill(pid, SIGKILL);
            FAIL("autograde did not finish within " << timeout_seconds << " s: " << run.err);
        }
        if (ready <= 0) continue;
        if (polled[0].revents) read_into(fds[0], run.out);
        if (polled[1].revents) read_into(fds[1], run.err);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return run;
}

std::string data_path(const std::string& relative) { return std::string(AUTOGRADE_TEST_DATA) + "/" + relative; }
std::string tiny_exercise() { return data_path("exercises/tiny"); }
std::string tiny_submission(const std::string& name) { return data_path("submissions/tiny/" + name + ".py"); }
std::string repo_path(const std::string& relative) {
    return (std::filesystem::path(AUTOGRADE_TEST_DATA).parent_path().parent_path() / relative).string();
}

JsonRun submit_json(const std::string& exercise, const std::string& solution) {
    JsonRun result{run_cli({"submit", exercise, solution, "--format", "json"}), {}};
    INFO("stderr: " << result.run.err);
    try {
        result.report = parse_json(result.run.out);
    } catch (const JsonError& error) {
        FAIL("the JSON report does not parse: " << error.what() << "\n" << result.run.out);
    }
    return result;
}

const JsonValue& test_named(const JsonValue& report, const std::string& name) {
    for (const JsonValue& test : report.at("tests").as_array())
        if (test.at("name").as_string() == name) return test;
    FAIL("no test named '" << name << "' in the report");
    throw std::logic_error("unreachable");
}

std::string verdict_of(const JsonValue& report, const std::string& name) {
    return test_named(report, name).at("verdict").as_string();
}

}  // namespace autograde::testing
