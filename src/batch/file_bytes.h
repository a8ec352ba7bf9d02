// Reading a whole file into memory, for the batch's caches and inputs.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace autograde {

// The file's bytes; nullopt when it cannot be opened or read (absent, a folder, no access).
std::optional<std::string> read_file_bytes(const std::filesystem::path& path);

}  // namespace autograde
