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

std::string quoted(std::string_view text) {
    std::string out = "'";
    for (const char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

FILE* start_checker(std::string_view format, const std::string& path) {
    const std::string command = quoted(AUTOGRADE_PYTHON) + " " + quoted(k_checker) + " " + quoted(format) + " " +
                                quoted(path) + " 2>&1";
    return popen(command.c_str(), "r");
}

ConsumerCheck finish_checker(FILE* pipe) {
    ConsumerCheck check;
    if (pipe == nullptr) return check;
    std::array<char, 4096> buffer{};
    std::size_t got = 0;
    while ((got = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) check.problems.append(buffer.data(), got);
    const int status = pclose(pipe);
    check.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return check;
}

}  // namespace

ConsumerCheck check_file_as_consumer(std::string_view format, const std::string& path) {
    return finish_checker(start_checker(format, path));
}

std::vector<ConsumerCheck> check_files_as_consumer(const std::vector<std::pair<std::string, std::string>>& files) {
    std::vector<FILE*> pipes;
    for (const auto& [format, path] : files) pipes.push_back(start_checker(format, path));
    std::vector<ConsumerCheck> checks;
    for (FILE* pipe : pipes) checks.push_back(finish_checker(pipe));
    return checks;
}

ConsumerCheck check_as_consumer(std::string_view format, const std::string& report) {
    char path[] = "/tmp/autograde-report-XXXXXX";
    const int fd = mkstemp(path);
    if (fd < 0) throw std::runtime_error("mkstemp failed");
    close(fd);
    std::ofstream(path, std::ios::binary) << report;
    ConsumerCheck check = check_file_as_consumer(format, path);
    std::remove(path);
    return check;
}

}  // namespace autograde::testing
