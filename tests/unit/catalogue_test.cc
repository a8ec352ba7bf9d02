// Finding the exercise a user names on the command line.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>

#include "exercise/catalogue.h"
#include "util/diagnostic.h"

using namespace autograde;
namespace fs = std::filesystem;

namespace {

// An exercises folder in the temporary directory, removed at the end of the test.
class ExercisesFolder {
public:
    explicit ExercisesFolder(std::initializer_list<const char*> exercises) {
        static std::atomic<int> counter{0};
        m_dir = fs::temp_directory_path() /
                ("autograde-catalogue-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
        fs::create_directories(m_dir);
        for (const char* name : exercises) {
            fs::create_directories(m_dir / name);
            std::ofstream(m_dir / name / "exercise.yaml") << "title: " << name << "\n";
        }
    }
    ~ExercisesFolder() { fs::remove_all(m_dir); }
    ExercisesFolder(const ExercisesFolder&) = delete;
    ExercisesFolder& operator=(const ExercisesFolder&) = delete;

    const fs::path& dir() const { return m_dir; }

private:
    fs::path m_dir;
};

std::string error_resolving(std::string_view name, const fs::path& dir) {
    try {
        resolve_exercise(name, dir);
    } catch (const InputError& error) {
        return error.what();
    }
    return "(resolved)";
}

}  // namespace

TEST_CASE("the exercises are the sub-folders holding an exercise.yaml, sorted by name") {
    ExercisesFolder folder({"02-decorators", "01-list-vs-tuple", "10-extra"});
    fs::create_directories(folder.dir() / "notes");
    std::ofstream(folder.dir() / "README.md") << "not an exercise\n";

    const auto dirs = list_exercise_dirs(folder.dir());
    REQUIRE(dirs.size() == 3);
    CHECK(dirs[0] == folder.dir() / "01-list-vs-tuple");
    CHECK(dirs[1] == folder.dir() / "02-decorators");
    CHECK(dirs[2] == folder.dir() / "10-extra");
}

TEST_CASE("a missing exercises folder lists no exercise") {
    CHECK(list_exercise_dirs("/nonexistent/autograde/exercises").empty());
}

TEST_CASE("an exercise is found by its folder name, number or slug") {
    ExercisesFolder folder({"01-list-vs-tuple", "02-decorators"});
    const fs::path expected = folder.dir() / "01-list-vs-tuple";
    CHECK(resolve_exercise("01-list-vs-tuple", folder.dir()) == expected);
    CHECK(resolve_exercise("01", folder.dir()) == expected);
    CHECK(resolve_exercise("1", folder.dir()) == expected);
    CHECK(resolve_exercise("list-vs-tuple", folder.dir()) == expected);
}

TEST_CASE("a path to an exercise folder or its exercise.yaml is used as it is") {
    ExercisesFolder folder({"01-list-vs-tuple"});
    const fs::path dir = folder.dir() / "01-list-vs-tuple";
    CHECK(resolve_exercise(dir.string(), "/nonexistent") == dir);
    CHECK(resolve_exercise((dir / "exercise.yaml").string(), "/nonexistent") == dir / "exercise.yaml");
}

TEST_CASE("an unknown exercise gets a did-you-mean and the list of exercises") {
    ExercisesFolder folder({"01-list-vs-tuple", "02-decorators"});
    CHECK(error_resolving("decorator", folder.dir()) ==
          "error: no exercise 'decorator' in " + folder.dir().string() +
              "; did you mean 'decorators'?; the exercises there are 01-list-vs-tuple, 02-decorators");
}

TEST_CASE("an unknown exercise far from any name lists the exercises") {
    ExercisesFolder folder({"01-list-vs-tuple", "02-decorators"});
    CHECK(error_resolving("asyncio", folder.dir()) ==
          "error: no exercise 'asyncio' in " + folder.dir().string() +
              "; the exercises there are 01-list-vs-tuple, 02-decorators");
}

TEST_CASE("a number or slug shared by two exercises is ambiguous") {
    ExercisesFolder folder({"01-list-vs-tuple", "01-decorators", "02-decorators"});
    CHECK(error_resolving("1", folder.dir()) ==
          "error: '1' names more than one exercise (01-decorators, 01-list-vs-tuple); give the full folder name");
    CHECK(error_resolving("decorators", folder.dir()) ==
          "error: 'decorators' names more than one exercise (01-decorators, 02-decorators); give the full folder name");
    CHECK(resolve_exercise("01-decorators", folder.dir()) == folder.dir() / "01-decorators");
}

TEST_CASE("an exercise asked for in a missing exercises folder says so") {
    CHECK(error_resolving("01", "/nonexistent/exercises") ==
          "error: no exercise '01' in /nonexistent/exercises: that folder does not exist");
}

TEST_CASE("an exercise asked for in an empty exercises folder says so") {
    ExercisesFolder folder({});
    CHECK(error_resolving("01", folder.dir()) ==
          "error: no exercise '01' in " + folder.dir().string() + ": that folder holds no exercise");
}
