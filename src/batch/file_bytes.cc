#include "batch/file_bytes.h"

#include <fstream>
#include <sstream>

namespace autograde {

std::optional<std::string> read_file_bytes(const std::filesystem::path& path) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error)) return std::nullopt;
    std::ifstream file(path, std::ios::binary);
    if (!file) return std::nullopt;
    std::ostringstream text;
    text << file.rdbuf();  // an empty file sets failbit on `text`, not on `file`
    if (file.bad()) return std::nullopt;
    return text.str();
}

}  // namespace autograde
