#include "sandbox/mounts.h"

#include <fcntl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace autograde {
namespace {

using Kind = MountStep::Kind;

// The directories the interpreter and its libraries live in (merged /usr or not).
constexpr const char* k_host_dirs[] = {"/usr", "/lib", "/lib64", "/lib32", "/libx32", "/bin", "/sbin"};
constexpr const char* k_host_files[] = {"/etc/ld.so.cache", "/etc/localtime"};
constexpr const char* k_devices[] = {"/dev/null", "/dev/zero", "/dev/random", "/dev/urandom"};

// A read-only remount must keep the flags the kernel locks on mounts inherited from a
// more privileged namespace (nosuid, nodev, noexec, the atime mode), or it fails.
unsigned long read_only_flags(const std::string& path) {
    unsigned long flags = MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NODEV;
    struct statvfs info {};
    if (statvfs(path.c_str(), &info) != 0) return flags;
    if (info.f_flag & ST_NOEXEC) flags |= MS_NOEXEC;
    if (info.f_flag & ST_NOATIME) flags |= MS_NOATIME;
    if (info.f_flag & ST_NODIRATIME) flags |= MS_NODIRATIME;
    if (info.f_flag & ST_RELATIME) flags |= MS_RELATIME;
    return flags;
}

}  // namespace

const char* FilesystemPlan::keep(std::string text) { return m_strings.emplace_back(std::move(text)).c_str(); }

void FilesystemPlan::add(MountStep step, std::string description) {
    m_steps.push_back(step);
    m_descriptions.push_back(std::move(description));
}

void FilesystemPlan::add_host_dir(const std::string& path) {
    struct stat info {};
    if (lstat(path.c_str(), &info) != 0) return;
    const char* target = keep((m_root / path.substr(1)).string());
    if (S_ISLNK(info.st_mode)) {
        char link[4096];
        ssize_t n = readlink(path.c_str(), link, sizeof link - 1);
        if (n <= 0) return;
        add({Kind::symlink, keep(std::string(link, static_cast<std::size_t>(n))), target}, "linking " + path);
    } else if (S_ISDIR(info.st_mode)) {
        add({Kind::make_dir, nullptr, target}, "making the mount point " + path);
        add({Kind::bind, keep(path), target, nullptr, read_only_flags(path)}, "binding " + path + " read-only");
    }
}

void FilesystemPlan::add_host_file(const std::string& path, const char* target, bool read_only) {
    if (access(path.c_str(), F_OK) != 0) return;
    add({Kind::make_file, nullptr, target}, "making the mount point for " + path);
    add({Kind::bind, keep(path), target, nullptr, read_only ? read_only_flags(path) : 0},
        "binding " + path + (read_only ? " read-only" : ""));
}

FilesystemPlan::FilesystemPlan(const FilesystemView& view) : m_root(view.new_root) {
    auto inside = [&](const char* path) { return keep((m_root / (path + 1)).string()); };
    std::string tmp_options = "size=" + std::to_string(view.tmp_bytes) + ",nr_inodes=4096,mode=1777";
    add({Kind::make_private, nullptr, "/"}, "making the mount tree private");
    add({Kind::tmpfs, nullptr, keep(m_root.string()), "size=1m,nr_inodes=256,mode=0755"}, "mounting the new root");
    for (const char* dir : k_host_dirs) add_host_dir(dir);
    add({Kind::make_dir, nullptr, inside("/etc")}, "making /etc");
    for (const char* file : k_host_files) add_host_file(file, inside(file), true);
    add({Kind::make_dir, nullptr, inside(k_sandbox_dir)}, "making /sandbox");
    add_host_file(view.harness.string(), inside(k_harness), true);
    add({Kind::make_dir, nullptr, inside(k_run_dir)}, "making /sandbox/run");
    add({Kind::tmpfs, nullptr, inside(k_run_dir), keep(tmp_options)}, "mounting the private /sandbox/run");
    std::string module = std::string(k_run_dir) + "/" + view.module.filename().string();
    add_host_file(view.module.string(), inside(module.c_str()), true);
    for (const char* dir : {"/tmp", "/proc", "/dev"}) add({Kind::make_dir, nullptr, inside(dir)}, std::string("making ") + dir);
    add({Kind::tmpfs, nullptr, inside("/tmp"), keep(tmp_options)}, "mounting the private /tmp");
    add({Kind::proc, nullptr, inside("/proc")}, "mounting the private /proc");
    add({Kind::tmpfs, nullptr, inside("/dev"), "size=64k,nr_inodes=64,mode=0755"}, "mounting /dev");
    for (const char* device : k_devices) add_host_file(device, inside(device), false);
    add({Kind::make_dir, nullptr, inside("/dev/shm")}, "making /dev/shm");
    add({Kind::tmpfs, nullptr, inside("/dev/shm"), keep(tmp_options)}, "mounting the private /dev/shm");
    const char* links[][2] = {{"/proc/self/fd", "/dev/fd"}, {"/proc/self/fd/0", "/dev/stdin"},
                              {"/proc/self/fd/1", "/dev/stdout"}, {"/proc/self/fd/2", "/dev/stderr"}};
    for (auto& link : links) add({Kind::symlink, link[0], inside(link[1])}, std::string("linking ") + link[1]);
    add({Kind::pivot_root, nullptr, keep(m_root.string())}, "entering the new root (pivot_root)");
    add({Kind::remount_root, nullptr, "/"}, "making the new root read-only");
}

bool apply_mount_step(const MountStep& step) noexcept {
    switch (step.kind) {
        case Kind::make_private: return mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) == 0;
        case Kind::tmpfs: return mount("tmpfs", step.target, "tmpfs", MS_NOSUID | MS_NODEV, step.data) == 0;
        case Kind::make_dir: return mkdir(step.target, 0755) == 0;
        case Kind::make_file: {
            int fd = open(step.target, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
            return fd >= 0 && close(fd) == 0;
        }
        case Kind::symlink: return symlink(step.source, step.target) == 0;
        case Kind::bind:
            if (mount(step.source, step.target, nullptr, MS_BIND | MS_REC, nullptr) != 0) return false;
            return step.flags == 0 || mount(nullptr, step.target, nullptr, step.flags, nullptr) == 0;
        case Kind::proc: return mount("proc", step.target, "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, nullptr) == 0;
        case Kind::pivot_root:
            // The new root over the old one, then the old one detached: nothing of the host
            // is reachable but what was bound in.
            return chdir(step.target) == 0 && syscall(SYS_pivot_root, ".", ".") == 0 && umount2(".", MNT_DETACH) == 0 &&
                   chdir("/") == 0;
        case Kind::remount_root:
            return mount(nullptr, "/", nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NODEV, nullptr) == 0;
    }
    return false;
}

}  // namespace autograde
