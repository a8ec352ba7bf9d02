// The plain model of one exercise, as the loader (loader.h) builds it from exercise.yaml.
// Nothing here runs or validates: every value in it has already been checked.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "value/value.h"

namespace autograde {

// Per-test limits. `memory` is for the whole sandbox (it is set once per submission);
// `time` and `output` can be set per test.
struct Limits {
    std::chrono::milliseconds time{2000};  // wall clock, per test
    std::uint64_t memory = 256ull << 20;   // bytes of address space
    std::uint64_t output = 64ull << 10;    // bytes of stdout + stderr, per test
};

// How a test compares the observed value with the expected one (grading/compare.h).
struct Tolerance {
    double abs = 1e-12;
    double rel = 1e-6;
};

struct CompareOptions {
    std::optional<Tolerance> approx;  // `approx:` — floats within tolerance
    bool unordered = false;           // `unordered: true` — top-level list as a multiset
};

struct Question {
    std::string text;
    std::string answer;  // the model answer; may be empty
};

struct TestCase {
    enum class Kind { call, code };

    std::string name;     // unique within the exercise
    Kind kind = Kind::call;
    std::string source;   // the `call` expression or the `code` snippet, as written
    bool hidden = false;
    double weight = 1.0;  // >= 0

    // Exactly one of expect / raises is set.
    std::optional<Value> expect;
    std::string expect_text;           // the literal as written, for `show`
    std::optional<std::string> raises; // exception class name, e.g. "ValueError"
    std::optional<std::string> match;  // ECMAScript regex searched in the exception message

    CompareOptions compare;            // approx / unordered
    std::chrono::milliseconds time_limit{2000};  // resolved: the test's own or the exercise's
    std::uint64_t output_limit = 64ull << 10;    // resolved likewise
    int line = 0;                      // 1-based line of the test in exercise.yaml
};

struct Exercise {
    std::string id;                    // the folder name, e.g. "01-list-vs-tuple"
    std::filesystem::path dir;         // the exercise folder
    std::filesystem::path yaml_path;   // dir / "exercise.yaml"
    std::string title;
    Question question;
    std::string task;                  // markdown; may be empty
    std::vector<std::string> entry;    // names the submission must define; at least one
    std::string setup;                 // code run before every test's call/code; may be empty
    Limits limits;
    std::vector<TestCase> tests;       // at least one

    double max_score() const;
};

}  // namespace autograde
