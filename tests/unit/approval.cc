#include "approval.h"

#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>
#include <optional>
#include <sstream>

namespace autograde::testing {

namespace {

const std::string k_approved_dir = std::string(AUTOGRADE_TEST_DATA) + "/approved/";

std::optional<std::string> read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Line `index` (0-based) of `text`, or "(end of file)" past its end.
std::string line_at(const std::string& text, std::size_t index) {
    std::istringstream lines(text);
    std::string line;
    for (std::size_t i = 0; i <= index; ++i) {
        if (!std::getline(lines, line)) return "(end of file)";
    }
    return line;
}

// 0-based index of the first line where the texts differ; they must differ.
std::size_t first_different_line(const std::string& a, const std::string& b) {
    std::size_t line = 0;
    for (std::size_t i = 0; i < a.size() && i < b.size() && a[i] == b[i]; ++i) {
        if (a[i] == '\n') ++line;
    }
    return line;
}

}  // namespace

void check_approved(std::string_view name, std::string_view extension, const std::string& received) {
    const std::string base = k_approved_dir + std::string(name);
    const std::string approved_path = base + ".approved." + std::string(extension);
    const std::string received_path = base + ".received." + std::string(extension);
    const std::optional<std::string> approved = read_file(approved_path);
    if (approved == received) {
        std::remove(received_path.c_str());
        SUCCEED("matches " << approved_path);
        return;
    }
    std::ofstream(received_path, std::ios::binary) << received;
    if (!approved) {
        FAIL("no approved file " << approved_path << "\nwrote " << received_path
                                 << "; read it, then rename it to approve it");
    }
    const std::size_t line = first_different_line(*approved, received);
    FAIL("the report differs from " << approved_path << " at line " << line + 1 << ":\n  approved: "
                                    << line_at(*approved, line) << "\n  received: " << line_at(received, line)
                                    << "\nwrote " << received_path << "; rename it over the approved file to approve");
}

}  // namespace autograde::testing
