#include "sandbox/workdir.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <system_error>

#include "util/diagnostic.h"

namespace autograde {
namespace {

[[noreturn]] void fail(const std::string& what, int error_number) {
    throw SandboxError("cannot prepare the sandbox directory: " + what + ": " + std::strerror(error_number));
}

void write_new_file(const std::filesystem::path& path, const std::string& bytes, mode_t mode) {
    int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
    if (fd < 0) fail(path.string(), errno);
    std::size_t done = 0;
    while (done < bytes.size()) {
        ssize_t n = write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            int error_number = errno;
            close(fd);
            fail(path.string(), error_number);
        }
        done += static_cast<std::size_t>(n);
    }
    if (fchmod(fd, mode) != 0 || close(fd) != 0) fail(path.string(), errno);
}

}  // namespace

std::filesystem::path Workdir::temp_base() {
    const char* tmpdir = std::getenv("TMPDIR");
    return (tmpdir && *tmpdir) ? tmpdir : "/tmp";
}

Workdir::Workdir(const std::string& harness_source, const std::string& submission_bytes,
                 const std::optional<SandboxUser>& owner) {
    std::string pattern = (temp_base() / (std::string(k_prefix) + "XXXXXX")).string();
    if (mkdtemp(pattern.data()) == nullptr) fail(pattern, errno);
    m_root = pattern;
    m_lock_fd = open(m_root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (m_lock_fd < 0 || flock(m_lock_fd, LOCK_SH) != 0) fail(m_root.string(), errno);
    if (chmod(m_root.c_str(), 0711) != 0) fail(m_root.string(), errno);
    write_new_file(harness(), harness_source, 0444);
    if (mkdir(run_dir().c_str(), 0700) != 0) fail(run_dir().string(), errno);
    write_new_file(run_dir() / k_module_file, submission_bytes, 0444);
    if (owner && chown(run_dir().c_str(), owner->uid, owner->gid) != 0) fail(run_dir().string(), errno);
    if (mkdir(new_root().c_str(), 0700) != 0) fail(new_root().string(), errno);
}

Workdir::~Workdir() {
    std::error_code ignored;  // a failure to clean up must not turn a result into an error
    std::filesystem::remove_all(m_root, ignored);
    if (m_lock_fd >= 0) close(m_lock_fd);
}

}  // namespace autograde
