#include "consumer_check.h"

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <stdexcept>

namespace autograde::testing {

namespace {

const std::string k_checker = std::string(AUTOGRADE_SOURCE_DIR) + "/tests/integration/formats/check_report.py";

std::string quoted(const std::string& text) {
    std::string out = "'";
    for (const char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

}  // namespace

ConsumerCheck check_as_consumer(std::string_view format, const std::string& report) {
    char path[] = "/tmp/autograde-report-XXXXXX";
    const int fd = mkstemp(path);
    if (fd < 0) throw std::runtime_error("mkstemp failed");
    close(fd);
    std::ofstream(path, std::ios::binary) << report;

    const std::string command = quoted(AUTOGRADE_PYTHON) + " " + quoted(k_checker) + " " + quoted(std::string(format)) +
                                " " + quoted(path) + " 2>&1";
    ConsumerCheck check;
    if (FILE* pipe = popen(command.c_str(), "r")) {
        std::array<char, 4096> buffer{};
        std::size_t got = 0;
        while ((got = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) check.problems.append(buffer.data(), got);
        const int status = pclose(pipe);
        check.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    std::remove(path);
    return check;
}

}  // namespace autograde::testing
