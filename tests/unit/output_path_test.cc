// check_output_path: an output file is checked before any work, and never replaces an input.
#include <catch2/catch.hpp>

#include "batch_support.h"
#include "util/diagnostic.h"
#include "util/output_path.h"

using namespace autograde;
using namespace autograde::testing;
namespace fs = std::filesystem;

namespace {

// The one diagnostic check_output_path threw, as printed; "" when it did not throw.
std::string problem(const fs::path& path, const std::vector<fs::path>& inputs) {
    try {
        check_output_path(path, inputs);
    } catch (const InputError& error) {
        REQUIRE(error.diagnostics().size() == 1);
        return format_diagnostic(error.diagnostics().front());
    }
    return "";
}

}  // namespace

TEST_CASE("an output file in an existing folder, new or not an input, may be written") {
    ScratchFolder scratch;
    fs::path input = scratch.write("alice.py");
    CHECK(problem(scratch.dir() / "report.json", {input}).empty());
    fs::path old_report = scratch.write("old.json", "{}");
    CHECK(problem(old_report, {input}).empty());
    CHECK(fs::exists(old_report));  // nothing is created or removed
    CHECK_FALSE(fs::exists(scratch.dir() / "report.json"));
}

TEST_CASE("an output file that is an input of the run is refused, however it is spelled") {
    ScratchFolder scratch;
    fs::path input = scratch.write("alice.py", "def f(): pass\n");
    fs::path other_spelling = scratch.dir() / "." / "alice.py";
    const std::string expected = other_spelling.string() + ": error: refusing to write over '" + input.string() +
                                 "', which is an input of this run";
    CHECK(problem(other_spelling, {scratch.dir() / "exercise.yaml", input}) == expected);
    fs::create_symlink(input, scratch.dir() / "link.py");
    CHECK_THAT(problem(scratch.dir() / "link.py", {input}), Catch::Contains("refusing to write over"));
}

TEST_CASE("an output file whose folder is missing, or which is a folder, is refused up front") {
    ScratchFolder scratch;
    fs::path missing = scratch.dir() / "no-such-folder" / "report.csv";
    CHECK(problem(missing, {}) == missing.string() + ": error: cannot write the file: the folder '" +
                                      (scratch.dir() / "no-such-folder").string() + "' does not exist");
    CHECK(problem(scratch.dir(), {}) == scratch.dir().string() + ": error: cannot write the file: it is a folder");
}

TEST_CASE("an output that exists but is no regular file, or an empty path, is refused") {
    CHECK(problem("/dev/null", {}) ==
          "/dev/null: error: cannot write the file: it is not a regular file (a device, a pipe or a socket)");
    CHECK(problem("", {}) == "error: an output file was given as an empty path");
}

TEST_CASE("two spellings of one output path are the same path, existing or not") {
    CHECK(same_output_path("a.csv", "./a.csv"));
    CHECK(same_output_path("a.csv", std::filesystem::current_path() / "a.csv"));
    CHECK(same_output_path("out/../a.csv", "a.csv"));
    CHECK_FALSE(same_output_path("a.csv", "b.csv"));
}

TEST_CASE("a reports folder may be new under a writable folder, never a file") {
    ScratchFolder scratch;
    const auto folder_problem = [](const fs::path& path) {
        try {
            check_output_folder(path);
        } catch (const InputError& error) {
            return format_diagnostic(error.diagnostics().front());
        }
        return std::string();
    };
    CHECK(folder_problem(scratch.dir() / "reports" / "deeper").empty());
    CHECK(folder_problem(scratch.dir()).empty());
    const fs::path file = scratch.write("results.csv");
    CHECK(folder_problem(file) == file.string() + ": error: cannot write reports into it: it is a file, not a folder");
    CHECK(folder_problem(file / "inside") == (file / "inside").string() + ": error: cannot make the folder: '" +
                                                  file.string() + "' is not a folder");
}
