// sweep_stale_sandboxes: what a killed run left behind goes; nothing else does.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>

#include "batch_support.h"
#include "sandbox/cgroup.h"
#include "sandbox/stale_sweep.h"

using namespace autograde;
using namespace autograde::testing;
namespace fs = std::filesystem;

namespace {

// A directory shaped like a Workdir (harness.py, run/, root/), its time set `age` back.
fs::path make_workdir_like(const ScratchFolder& scratch, const std::string& name, std::chrono::seconds age) {
    scratch.write(name + "/harness.py", "# harness\n");
    scratch.write(name + "/run/solution.py", "def f(): pass\n");
    fs::create_directories(scratch.dir() / name / "root");
    const fs::path dir = scratch.dir() / name;
    REQUIRE(chmod(dir.c_str(), 0711) == 0);
    const timespec then[2] = {{time(nullptr) - age.count(), 0}, {time(nullptr) - age.count(), 0}};
    REQUIRE(utimensat(AT_FDCWD, dir.c_str(), then, 0) == 0);
    return dir;
}

// Points TMPDIR at a folder for one test.
struct TmpdirOverride {
    std::string saved;
    bool had = false;
    explicit TmpdirOverride(const fs::path& dir) {
        if (const char* old = std::getenv("TMPDIR")) saved = old, had = true;
        setenv("TMPDIR", dir.c_str(), 1);
    }
    ~TmpdirOverride() { had ? setenv("TMPDIR", saved.c_str(), 1) : unsetenv("TMPDIR"); }
};

}  // namespace

TEST_CASE("the sweep removes a killed run's directory and keeps live, fresh and foreign ones") {
    ScratchFolder scratch;
    TmpdirOverride tmpdir(scratch.dir());
    const auto hour = std::chrono::seconds(3600);
    const fs::path stale = make_workdir_like(scratch, "autograde-AAAAAA", hour);
    const fs::path live = make_workdir_like(scratch, "autograde-BBBBBB", hour);
    const fs::path fresh = make_workdir_like(scratch, "autograde-CCCCCC", std::chrono::seconds(0));
    const fs::path foreign = make_workdir_like(scratch, "autograde-DDDDDD", hour);
    scratch.write("autograde-DDDDDD/notes.txt", "the user's own folder\n");
    const fs::path other_name = make_workdir_like(scratch, "autograde-cache", hour);
    const fs::path other_mode = make_workdir_like(scratch, "autograde-EEEEEE", hour);
    REQUIRE(chmod(other_mode.c_str(), 0755) == 0);
    int lock = open(live.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);  // as a running Workdir holds it
    REQUIRE(flock(lock, LOCK_SH) == 0);

    sweep_stale_sandboxes(false, std::chrono::seconds(60));
    close(lock);

    CHECK_FALSE(fs::exists(stale));
    CHECK(fs::exists(live / "run" / "solution.py"));
    CHECK(fs::exists(fresh / "run" / "solution.py"));
    CHECK(fs::exists(foreign / "notes.txt"));
    CHECK(fs::exists(other_name / "harness.py"));
    CHECK(fs::exists(other_mode / "harness.py"));  // not a Workdir's mode: someone else's
}

TEST_CASE("the sweep never follows a link out of a stale directory") {
    ScratchFolder scratch;
    TmpdirOverride tmpdir(scratch.dir());
    const fs::path outside = scratch.write("outside/keep.txt", "not the sweep's\n").parent_path();
    const fs::path stale = make_workdir_like(scratch, "autograde-FFFFFF", std::chrono::seconds(3600));
    fs::create_directory_symlink(outside, stale / "run" / "link");
    fs::create_symlink(outside / "keep.txt", stale / "run" / "file-link");
    const timespec then[2] = {{time(nullptr) - 3600, 0}, {time(nullptr) - 3600, 0}};
    REQUIRE(utimensat(AT_FDCWD, stale.c_str(), then, 0) == 0);

    CHECK(sweep_stale_sandboxes(false, std::chrono::seconds(60)) == 1);
    CHECK_FALSE(fs::exists(stale));
    CHECK(fs::exists(outside / "keep.txt"));
}

TEST_CASE("the sweep removes the cgroup of an autograde process that is gone, and keeps one that is held") {
    const CgroupSupport& support = cgroup_support();
    if (support.version == CgroupSupport::Version::none) {
        WARN("no cgroups here: " << support.why_not);
        return;
    }
    pid_t child = fork();
    if (child == 0) _exit(0);
    REQUIRE(waitpid(child, nullptr, 0) == child);  // its pid now names no process
    const std::string dead_name = "autograde-" + std::to_string(child) + "-0";
    const std::string live_name = "autograde-" + std::to_string(child) + "-1";  // held, as a live Cgroup holds its own
    std::vector<int> locks;
    for (const fs::path& parent : support.parents) {
        REQUIRE(fs::create_directory(parent / dead_name));
        REQUIRE(fs::create_directory(parent / live_name));
        locks.push_back(open((parent / live_name).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
        REQUIRE(flock(locks.back(), LOCK_SH) == 0);
    }

    sweep_stale_sandboxes(true);

    for (const fs::path& parent : support.parents) {
        CHECK_FALSE(fs::exists(parent / dead_name));
        CHECK(fs::exists(parent / live_name));
        rmdir((parent / live_name).c_str());
    }
    for (int fd : locks) close(fd);
}
