#include "exercise/python_compile.h"

#include <boost/process/args.hpp>
#include <boost/process/child.hpp>
#include <boost/process/env.hpp>
#include <boost/process/environment.hpp>
#include <boost/process/exe.hpp>
#include <boost/process/io.hpp>
#include <boost/process/pipe.hpp>

#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <map>
#include <mutex>
#include <sstream>

#include "util/sha256.h"

namespace autograde {
namespace {

namespace bp = boost::process;

// Reads every snippet from stdin (a mode byte 'e' or 'x', ten digits of length, UTF-8
// text), then prints one line per snippet: "ok", or "error LINE COLUMN MESSAGE".
constexpr const char* k_script = R"(import sys
sys.set_int_max_str_digits(0)  # as the harness does: a long int literal is valid
data = sys.stdin.buffer.read()
at, answers = 0, []
while at < len(data):
    mode, size = data[at:at + 1], int(data[at + 1:at + 11])
    text = data[at + 11:at + 11 + size].decode("utf-8", "replace")
    at += 11 + size
    try:
        compile(text, "<snippet>", "eval" if mode == b"e" else "exec", dont_inherit=True)
        answers.append("ok")
    except SyntaxError as error:
        message = " ".join(str(error.msg or "invalid syntax").split())
        answers.append("error %d %d %s" % (error.lineno or 0, error.offset or 0, message))
    except (ValueError, MemoryError, RecursionError) as error:
        answers.append("error 0 0 %s" % " ".join(str(error).split()))
sys.stdout.write("\n".join(answers) + "\n")
)";

constexpr auto k_time_limit = std::chrono::seconds(20);

std::string encode(const std::vector<PythonSnippet>& snippets) {
    std::string input;
    for (const PythonSnippet& snippet : snippets) {
        std::string size = std::to_string(snippet.text.size());
        input += snippet.expression ? 'e' : 'x';
        input += std::string(10 - std::min<std::size_t>(size.size(), 10), '0') + size;
        input += snippet.text;
    }
    return input;
}

std::optional<PythonSyntaxProblem> parse_answer(const std::string& line, bool& ok) {
    if (line == "ok") return std::nullopt;
    std::istringstream fields(line);
    std::string word;
    PythonSyntaxProblem problem;
    if (!(fields >> word >> problem.line >> problem.column) || word != "error") {
        ok = false;
        return std::nullopt;
    }
    std::getline(fields >> std::ws, problem.message);
    if (problem.message.empty()) problem.message = "invalid syntax";
    return problem;
}

// Everything `fd` gives until end of file, or nothing when `limit` passes first.
std::optional<std::string> read_until_eof(int fd, std::chrono::milliseconds limit) {
    const auto deadline = std::chrono::steady_clock::now() + limit;
    std::string text;
    char buffer[4096];
    for (;;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) return std::nullopt;
        pollfd ready{fd, POLLIN, 0};
        const int polled = poll(&ready, 1, static_cast<int>(left.count()));
        if (polled < 0 && errno == EINTR) continue;
        if (polled <= 0) return std::nullopt;
        const ssize_t got = read(fd, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0) return text;
        text.append(buffer, static_cast<std::size_t>(got));
    }
}

std::optional<std::vector<std::optional<PythonSyntaxProblem>>> run_compiler(const std::vector<PythonSnippet>& snippets) {
    try {
        bp::opstream input;
        bp::pipe output;
        bp::child child(bp::exe = AUTOGRADE_PYTHON, bp::args = {"-I", "-S", "-B", "-c", k_script}, bp::env = bp::environment(),
                        bp::std_in < input, bp::std_out > output, bp::std_err > bp::null);
        output.assign_sink(-1);  // Boost closed our copy of the write end once the child started
        input << encode(snippets);
        input.flush();
        input.pipe().close();
        const std::optional<std::string> text = read_until_eof(output.native_source(), k_time_limit);
        if (!text) child.terminate();  // hung: past the limit
        child.wait();                  // never wait_for: Boost 1.74's misses a child that already ended
        if (!text || child.exit_code() != 0) return std::nullopt;
        std::vector<std::optional<PythonSyntaxProblem>> answers;
        bool ok = true;
        std::istringstream lines(*text);
        for (std::string line; answers.size() < snippets.size() && std::getline(lines, line);)
            answers.push_back(parse_answer(line, ok));
        if (!ok || answers.size() != snippets.size()) return std::nullopt;
        return answers;
    } catch (const std::exception&) {
        return std::nullopt;  // no interpreter here: grading will say so in its own words
    }
}

}  // namespace

std::optional<std::vector<std::optional<PythonSyntaxProblem>>> compile_python_snippets(
    const std::vector<PythonSnippet>& snippets) {
    static std::mutex mutex;
    static std::map<std::string, std::vector<std::optional<PythonSyntaxProblem>>> remembered;
    const std::string key = sha256_hex(encode(snippets));
    {
        std::lock_guard<std::mutex> lock(mutex);
        if (auto found = remembered.find(key); found != remembered.end()) return found->second;
    }
    auto answers = run_compiler(snippets);
    if (answers) {
        std::lock_guard<std::mutex> lock(mutex);
        remembered.emplace(key, *answers);
    }
    return answers;
}

}  // namespace autograde
