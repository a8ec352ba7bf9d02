#include "util/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "util/diagnostic.h"

namespace autograde {

void write_file_atomically(const std::filesystem::path& path, std::string_view content) {
    std::string temp = path.string() + ".tmp." + std::to_string(getpid());
    auto fail = [&](const char* what) {
        std::string reason = std::strerror(errno);
        unlink(temp.c_str());
        throw InputError(path.string(), std::string("cannot ") + what + ": " + reason);
    };
    int fd = open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) fail("create the file");
    std::size_t done = 0;
    while (done < content.size()) {
        ssize_t n = write(fd, content.data() + done, content.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            close(fd);
            fail("write the file");
        }
        done += static_cast<std::size_t>(n);
    }
    if (fsync(fd) != 0 || close(fd) != 0) fail("write the file");
    if (std::rename(temp.c_str(), path.c_str()) != 0) fail("replace the file");
}

}  // namespace autograde
