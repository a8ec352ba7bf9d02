#include "util/output_path.h"

#include <unistd.h>

#include "util/diagnostic.h"

namespace autograde {

namespace fs = std::filesystem;

void check_output_path(const fs::path& path, const std::vector<fs::path>& inputs) {
    const std::string name = path.string();
    std::error_code error;
    fs::file_status status = fs::status(path, error);
    if (fs::is_directory(status)) throw InputError(name, "cannot write the file: it is a folder");
    if (fs::exists(status)) {
        for (const fs::path& input : inputs)
            if (fs::equivalent(path, input, error))
                throw InputError(name, "refusing to write over '" + input.string() + "', which is an input of this run");
        if (access(path.c_str(), W_OK) != 0) throw InputError(name, "cannot write the file: permission denied");
        return;
    }
    fs::path folder = path.parent_path().empty() ? fs::path(".") : path.parent_path();
    if (!fs::is_directory(folder, error))
        throw InputError(name, "cannot write the file: the folder '" + folder.string() + "' does not exist");
    if (access(folder.c_str(), W_OK | X_OK) != 0)
        throw InputError(name, "cannot write the file: the folder '" + folder.string() + "' is not writable");
}

}  // namespace autograde
