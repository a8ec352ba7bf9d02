// A scratch folder for the batch tests, with helpers to fill it; removed at the end.
#pragma once

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>

namespace autograde::testing {

class ScratchFolder {
public:
    ScratchFolder() {
        static std::atomic<int> counter{0};
        m_dir = std::filesystem::temp_directory_path() /
                ("autograde-batch-unit-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
        std::filesystem::create_directories(m_dir);
    }
    ~ScratchFolder() {
        std::error_code ignored;
        std::filesystem::remove_all(m_dir, ignored);
    }
    ScratchFolder(const ScratchFolder&) = delete;
    ScratchFolder& operator=(const ScratchFolder&) = delete;

    const std::filesystem::path& dir() const { return m_dir; }

    // Writes `content` to dir/relative, creating folders; returns the full path.
    std::filesystem::path write(const std::string& relative, const std::string& content = "pass\n") const {
        const std::filesystem::path path = m_dir / relative;
        std::filesystem::create_directories(path.parent_path());
        std::ofstream(path, std::ios::binary) << content;
        return path;
    }

private:
    std::filesystem::path m_dir;
};

}  // namespace autograde::testing
