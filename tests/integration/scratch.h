// What the integration tests share besides running the binary (cli_runner.h): a scratch
// folder per test, and reading a file whole.
#pragma once

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace autograde::testing {

// A fresh folder under the system's temporary folder, removed with everything in it when
// the test ends.
class Scratch {
public:
    Scratch() {
        static std::atomic<int> counter{0};
        m_dir = std::filesystem::temp_directory_path() /
                ("autograde-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
        std::filesystem::create_directories(m_dir);
    }
    ~Scratch() {
        std::error_code ignored;
        std::filesystem::remove_all(m_dir, ignored);
    }
    Scratch(const Scratch&) = delete;
    Scratch& operator=(const Scratch&) = delete;
    std::string path(const std::string& relative) const { return (m_dir / relative).string(); }

private:
    std::filesystem::path m_dir;
};

// The file's bytes; "" when it cannot be read.
inline std::string read_text(const std::filesystem::path& path) {
    std::ifstream file(path, std::ios::binary);
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

}  // namespace autograde::testing
