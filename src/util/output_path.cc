#include "util/output_path.h"

#include <unistd.h>

#include "util/diagnostic.h"

namespace autograde {

namespace fs = std::filesystem;

void check_output_path(const fs::path& path, const std::vector<fs::path>& inputs) {
    if (path.empty()) throw InputError("an output file was given as an empty path");
    const std::string name = path.string();
    std::error_code error;
    fs::file_status status = fs::status(path, error);
    if (fs::is_directory(status)) throw InputError(name, "cannot write the file: it is a folder");
    if (fs::exists(status)) {
        if (!fs::is_regular_file(status))
            throw InputError(name, "cannot write the file: it is not a regular file (a device, a pipe or a socket)");
        for (const fs::path& input : inputs)
            if (fs::equivalent(path, input, error))
                throw InputError(name, "refusing to write over '" + input.string() + "', which is an input of this run");
    }
    // The file is written beside itself and renamed over (util/atomic_file.h): what must
    // be writable is its folder.
    fs::path folder = path.parent_path().empty() ? fs::path(".") : path.parent_path();
    if (!fs::is_directory(folder, error))
        throw InputError(name, "cannot write the file: the folder '" + folder.string() + "' does not exist");
    if (access(folder.c_str(), W_OK | X_OK) != 0)
        throw InputError(name, "cannot write the file: the folder '" + folder.string() + "' is not writable");
}

void check_output_outside(const fs::path& path, const fs::path& folder, const std::string& what) {
    std::error_code error;
    const fs::path file = fs::weakly_canonical(fs::absolute(path, error), error);
    const fs::path inside = fs::weakly_canonical(fs::absolute(folder, error), error);
    if (file.empty() || inside.empty()) return;
    auto f = file.begin();
    for (auto i = inside.begin(); i != inside.end(); ++i, ++f) {
        if (i->empty()) continue;  // the trailing "" of a path that ends with a separator
        if (f == file.end() || *f != *i) return;
    }
    throw InputError(path.string(), "refusing to write into " + what + " '" + folder.string() + "'; write the report elsewhere");
}

void check_output_folder(const fs::path& path) {
    if (path.empty()) throw InputError("an output folder was given as an empty path");
    std::error_code error;
    fs::path existing = fs::absolute(path, error);
    while (!existing.empty() && !fs::exists(fs::symlink_status(existing, error)) && existing != existing.parent_path())
        existing = existing.parent_path();
    if (!fs::is_directory(existing, error))
        throw InputError(path.string(), existing == fs::absolute(path, error)
                                            ? "cannot write reports into it: it is a file, not a folder"
                                            : "cannot make the folder: '" + existing.string() + "' is not a folder");
    if (access(existing.c_str(), W_OK | X_OK) != 0)
        throw InputError(path.string(), "cannot write reports into it: '" + existing.string() + "' is not writable");
}

bool same_output_path(const fs::path& a, const fs::path& b) {
    std::error_code error;
    return fs::weakly_canonical(fs::absolute(a), error) == fs::weakly_canonical(fs::absolute(b), error);
}

}  // namespace autograde
