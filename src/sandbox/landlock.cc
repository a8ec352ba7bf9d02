#include "sandbox/landlock.h"

#include <fcntl.h>
#include <linux/landlock.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <utility>

#include "util/diagnostic.h"

namespace autograde {
namespace {

// The ruleset attribute as of ABI 6; older kernels are given a prefix of it (its size
// tells the kernel which fields we know). Debian 12's header stops at ABI 2.
struct RulesetAttr {
    std::uint64_t handled_access_fs = 0;
    std::uint64_t handled_access_net = 0;  // ABI 4
    std::uint64_t scoped = 0;              // ABI 6
};

constexpr std::uint64_t k_fs_truncate = 1ULL << 14;  // ABI 3
constexpr std::uint64_t k_fs_ioctl_dev = 1ULL << 15;  // ABI 5
constexpr std::uint64_t k_net_bind_tcp = 1ULL << 0, k_net_connect_tcp = 1ULL << 1;
constexpr std::uint64_t k_scope_abstract_unix = 1ULL << 0, k_scope_signal = 1ULL << 1;

constexpr std::uint64_t k_read = LANDLOCK_ACCESS_FS_EXECUTE | LANDLOCK_ACCESS_FS_READ_FILE | LANDLOCK_ACCESS_FS_READ_DIR;
constexpr std::uint64_t k_abi1_all = (1ULL << 13) - 1;  // every access right of ABI 1

std::uint64_t handled_fs(int abi) {
    std::uint64_t access = k_abi1_all;
    if (abi >= 2) access |= LANDLOCK_ACCESS_FS_REFER;
    if (abi >= 3) access |= k_fs_truncate;
    if (abi >= 5) access |= k_fs_ioctl_dev;
    return access;
}

// What the run/ directory allows: everything of files and directories, no device nodes.
std::uint64_t read_write(int abi) {
    std::uint64_t access = k_read | LANDLOCK_ACCESS_FS_WRITE_FILE | LANDLOCK_ACCESS_FS_REMOVE_DIR |
                           LANDLOCK_ACCESS_FS_REMOVE_FILE | LANDLOCK_ACCESS_FS_MAKE_DIR | LANDLOCK_ACCESS_FS_MAKE_REG |
                           LANDLOCK_ACCESS_FS_MAKE_SOCK | LANDLOCK_ACCESS_FS_MAKE_FIFO | LANDLOCK_ACCESS_FS_MAKE_SYM;
    if (abi >= 3) access |= k_fs_truncate;
    return access;
}

void add_path(int ruleset, const std::filesystem::path& path, std::uint64_t access) {
    int fd = open(path.c_str(), O_PATH | O_CLOEXEC);
    if (fd < 0) return;  // absent on this machine: nothing to allow
    struct stat info {};
    if (fstat(fd, &info) == 0 && !S_ISDIR(info.st_mode))
        access &= LANDLOCK_ACCESS_FS_EXECUTE | LANDLOCK_ACCESS_FS_READ_FILE | LANDLOCK_ACCESS_FS_WRITE_FILE | k_fs_truncate |
                  k_fs_ioctl_dev;  // the rights that apply to a file
    landlock_path_beneath_attr rule{access, fd};
    long rc = syscall(SYS_landlock_add_rule, ruleset, LANDLOCK_RULE_PATH_BENEATH, &rule, 0);
    int error_number = errno;
    close(fd);
    if (rc != 0) throw SandboxError("cannot add a Landlock rule for " + path.string() + ": " + std::strerror(error_number));
}

}  // namespace

int landlock_abi() {
    long abi = syscall(SYS_landlock_create_ruleset, nullptr, 0, LANDLOCK_CREATE_RULESET_VERSION);
    return abi > 0 ? static_cast<int>(abi) : 0;
}

LandlockRuleset::LandlockRuleset(LandlockRuleset&& other) noexcept { *this = std::move(other); }

LandlockRuleset& LandlockRuleset::operator=(LandlockRuleset&& other) noexcept {
    if (this != &other) {
        if (m_fd >= 0) close(m_fd);
        m_fd = std::exchange(other.m_fd, -1);
        m_abi = other.m_abi;
    }
    return *this;
}

LandlockRuleset::~LandlockRuleset() {
    if (m_fd >= 0) close(m_fd);
}

LandlockRuleset make_landlock_ruleset(const std::vector<std::filesystem::path>& read_only,
                                      const std::vector<std::filesystem::path>& read_write_paths) {
    LandlockRuleset ruleset;
    ruleset.m_abi = landlock_abi();
    int abi = ruleset.m_abi;
    RulesetAttr attr;
    attr.handled_access_fs = handled_fs(abi);
    std::size_t size = sizeof attr.handled_access_fs;
    if (abi >= 4) {
        attr.handled_access_net = k_net_bind_tcp | k_net_connect_tcp;  // no rule allows any port
        size += sizeof attr.handled_access_net;
    }
    if (abi >= 6) {
        attr.scoped = k_scope_abstract_unix | k_scope_signal;
        size += sizeof attr.scoped;
    }
    long fd = syscall(SYS_landlock_create_ruleset, &attr, size, 0);
    if (fd < 0) throw SandboxError(std::string("cannot create a Landlock ruleset: ") + std::strerror(errno));
    // Above the descriptors the child moves its pipes onto (0..4), and closed at exec.
    ruleset.m_fd = fcntl(static_cast<int>(fd), F_DUPFD_CLOEXEC, 10);
    close(static_cast<int>(fd));
    if (ruleset.m_fd < 0) throw SandboxError(std::string("cannot move the Landlock ruleset: ") + std::strerror(errno));
    for (const auto& path : read_only) add_path(ruleset.m_fd, path, k_read);
    for (const auto& path : read_write_paths) add_path(ruleset.m_fd, path, read_write(abi));
    return ruleset;
}

bool enforce_landlock(int ruleset_fd) noexcept {
    return syscall(SYS_landlock_restrict_self, ruleset_fd, 0) == 0;
}

}  // namespace autograde
