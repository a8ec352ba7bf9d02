// Writing a file so that readers see either the old content or the new, never a torn
// one: write a temporary file beside it, fsync, rename over. An interrupted run leaves
// the previous file intact.
#pragma once

#include <filesystem>
#include <string_view>

namespace autograde {

// Throws InputError (the path is the user's) when the file cannot be written.
void write_file_atomically(const std::filesystem::path& path, std::string_view content);

}  // namespace autograde
