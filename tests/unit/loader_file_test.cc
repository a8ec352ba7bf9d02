// What an exercise author sees when exercise.yaml is not a file that can be read: a pipe,
// a device, a broken link, a file too large. Each is refused before it is opened, so
// that nothing blocks or fills memory.
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>

#include <catch2/catch.hpp>

#include "loader_support.h"

using namespace autograde;
using namespace autograde::testing;
namespace fs = std::filesystem;

namespace {

// A folder in the temporary directory, removed at the end of the test.
class TempFolder {
public:
    TempFolder() {
        static std::atomic<int> counter{0};
        m_dir = fs::temp_directory_path() / ("autograde-loader-file-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
        fs::create_directories(m_dir);
    }
    ~TempFolder() { fs::remove_all(m_dir); }
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;
    fs::path yaml() const { return m_dir / "exercise.yaml"; }
    const fs::path& dir() const { return m_dir; }

private:
    fs::path m_dir;
};

std::string load_errors(const fs::path& path) {
    try {
        load_exercise(path);
    } catch (const InputError& error) {
        return error.what();
    }
    return "(loaded without errors)";
}

}  // namespace

TEST_CASE("an exercise.yaml that is a named pipe is refused without blocking") {
    TempFolder folder;
    REQUIRE(::mkfifo(folder.yaml().c_str(), 0600) == 0);
    CHECK(load_errors(folder.dir()) == folder.yaml().string() +
                                           ": error: cannot read: it is not a regular file (a device, a pipe or a socket)");
}

TEST_CASE("an exercise.yaml that links to /dev/zero is refused without reading it") {
    TempFolder folder;
    fs::create_symlink("/dev/zero", folder.yaml());
    CHECK(load_errors(folder.dir()) == folder.yaml().string() +
                                           ": error: cannot read: it is not a regular file (a device, a pipe or a socket)");
}

TEST_CASE("an exercise.yaml larger than 16 MiB is refused") {
    TempFolder folder;
    {
        std::ofstream out(folder.yaml());
        out << "title: x\n";
    }
    fs::resize_file(folder.yaml(), (16u << 20) + 1);
    CHECK(load_errors(folder.dir()) == folder.yaml().string() + ": error: cannot read: the file is larger than 16 MiB");
}

TEST_CASE("a dangling exercise.yaml link says where it points") {
    TempFolder folder;
    fs::create_symlink("gone.yaml", folder.yaml());
    CHECK(load_errors(folder.dir()) ==
          folder.yaml().string() + ": error: it is a symbolic link to 'gone.yaml', which does not exist");
}

TEST_CASE("an exercise.yaml link that loops says so") {
    TempFolder folder;
    fs::create_symlink("exercise.yaml", folder.yaml());
    CHECK(load_errors(folder.dir()) == folder.yaml().string() + ": error: it is a symbolic link that loops");
}
