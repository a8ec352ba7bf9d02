// Running the real `autograde` binary from a test, as a user or a CI script would.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <string>
#include <vector>

#include "util/json.h"

namespace autograde::testing {

struct CliRun {
    int exit_code = -1;  // 128+N when killed by signal N
    std::string out;
    std::string err;
    double seconds = 0;
};

// Runs build/autograde with `args`; kills it after `timeout_seconds`.
CliRun run_cli(const std::vector<std::string>& args, double timeout_seconds = 60);

// Starts build/autograde with `args` in the background (stdin from /dev/null, stdout and
// stderr to the files) and returns its pid; the caller reaps it (waitpid). For tests that
// watch or kill a run while it works.
pid_t start_cli(const std::vector<std::string>& args, const std::string& out_file, const std::string& err_file);

// Paths of the test data.
std::string data_path(const std::string& relative);  // tests/data/<relative>
std::string tiny_exercise();                         // tests/data/exercises/tiny
std::string tiny_submission(const std::string& name);  // tests/data/submissions/tiny/<name>.py
std::string repo_path(const std::string& relative);   // the repository root/<relative>

// `autograde submit EXERCISE SOLUTION --format json`, parsed. Fails the test when the
// output is not one JSON document.
struct JsonRun {
    CliRun run;
    JsonValue report;
};
JsonRun submit_json(const std::string& exercise, const std::string& solution);

// The verdict of the test named `name` in a JSON report ("" when there is none).
std::string verdict_of(const JsonValue& report, const std::string& name);
const JsonValue& test_named(const JsonValue& report, const std::string& name);

}  // namespace autograde::testing
