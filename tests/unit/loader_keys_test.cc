// What an exercise author sees for a broken exercise file as a whole: YAML syntax,
// the file itself, and the keys of its mappings. Each fixture under
// tests/data/bad-exercises holds one kind of error.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "loader_support.h"

using namespace autograde;
using namespace autograde::testing;

TEST_CASE("a YAML syntax error is reported at the place the parser stopped") {
    CHECK(errors_in("yaml-syntax-error.yaml") == R"~(bad-exercises/yaml-syntax-error.yaml:6:4: error: invalid YAML: end of sequence not found
    6 |    expect: "(1, 2)"
      |    ^)~");
}

TEST_CASE("an empty file says what an exercise needs") {
    CHECK(errors_in("empty-file.yaml") == R"~(bad-exercises/empty-file.yaml: error: the file is empty; an exercise needs at least 'title', 'entry' and 'tests')~");
}

TEST_CASE("a top level that is not a mapping is an error at its first item") {
    CHECK(errors_in("top-level-not-mapping.yaml") == R"~(bad-exercises/top-level-not-mapping.yaml:2:1: error: an exercise file must be a mapping of keys such as 'title', 'entry' and 'tests'
    2 | - title: Freeze nested data
      | ^)~");
}

TEST_CASE("an unknown key near a known one gets a did-you-mean hint") {
    CHECK(errors_in("unknown-key-near-miss.yaml") == R"~(bad-exercises/unknown-key-near-miss.yaml:6:5: error: unknown key 'expcet' in test 'flat list'; did you mean 'expect'?
    6 |     expcet: "(1, 2)"
      |     ^)~");
}

TEST_CASE("a misspelt top-level key is suggested and not also reported missing") {
    CHECK(errors_in("unknown-top-level-key.yaml") == R"~(bad-exercises/unknown-top-level-key.yaml:1:1: error: unknown key 'titel' at the top level; did you mean 'title'?
    1 | titel: Freeze nested data
      | ^)~");
}

TEST_CASE("an unknown key far from any known one lists the keys allowed there") {
    CHECK(errors_in("unknown-key-no-near-miss.yaml") == R"~(bad-exercises/unknown-key-no-near-miss.yaml:7:5: error: unknown key 'colour' in test 'flat list'; the keys allowed here are name, call, code, expect, raises, match, hidden, weight, approx, unordered, limits
    7 |     colour: blue
      |     ^)~");
}

TEST_CASE("a key given twice is an error at the second, naming the line of the first") {
    CHECK(errors_in("duplicate-key.yaml") == R"~(bad-exercises/duplicate-key.yaml:3:1: error: duplicate key 'title'; the first is on line 1
    3 | title: Freeze it
      | ^)~");
}

TEST_CASE("missing required keys are reported together at the top of the file") {
    CHECK(errors_in("missing-required-keys.yaml") == R"~(bad-exercises/missing-required-keys.yaml:1:1: error: missing required keys 'title' and 'entry'
    1 | task: Write freeze(value).
      | ^)~");
}

TEST_CASE("a test's key written at the top level says where it belongs") {
    CHECK(errors_in("test-key-at-top-level.yaml") == R"~(bad-exercises/test-key-at-top-level.yaml:3:1: error: 'hidden' belongs to a test, under 'tests'
    3 | hidden: true
      | ^)~");
}

TEST_CASE("a key that is not a plain name is an error") {
    CHECK(errors_in("key-not-a-name.yaml") == R"~(bad-exercises/key-not-a-name.yaml:3:1: error: a key must be a plain name such as 'title', not a list
    3 | [a, b]: 1
      | ^)~");
}

TEST_CASE("an empty title is an error") {
    CHECK(errors_in("title-empty.yaml") == R"~(bad-exercises/title-empty.yaml:1:8: error: 'title' must be a non-empty string
    1 | title: ""
      |        ^)~");
}

TEST_CASE("a question without its text is an error") {
    CHECK(errors_in("question-missing-text.yaml") == R"~(bad-exercises/question-missing-text.yaml:2:1: error: missing required key 'text' in 'question'
    2 | question:
      | ^)~");
}

TEST_CASE("an entry that is a keyword is not a Python identifier") {
    CHECK(errors_in("entry-keyword.yaml") == R"~(bad-exercises/entry-keyword.yaml:2:8: error: 'entry' must be a Python identifier or a list of them; 'class' is a keyword
    2 | entry: class
      |        ^)~");
}

TEST_CASE("an entry that is a mapping asks for an identifier or a list of them") {
    CHECK(errors_in("entry-wrong-type.yaml") == R"~(bad-exercises/entry-wrong-type.yaml:3:3: error: 'entry' must be a Python identifier or a list of them
    3 |   name: Money
      |   ^)~");
}

TEST_CASE("every bad or repeated name in an entry list is reported") {
    CHECK(errors_in("entry-list-problems.yaml") == R"~(bad-exercises/entry-list-problems.yaml:2:16: error: 'entry[1]' must be a Python identifier
    2 | entry: [Money, 2fast, Money]
      |                ^
bad-exercises/entry-list-problems.yaml:2:23: error: 'Money' appears twice in 'entry'
    2 | entry: [Money, 2fast, Money]
      |                       ^)~");
}

TEST_CASE("an empty entry list is an error") {
    CHECK(errors_in("entry-empty-list.yaml") == R"~(bad-exercises/entry-empty-list.yaml:2:8: error: 'entry' must name at least one function or class
    2 | entry: []
      |        ^)~");
}

TEST_CASE("all the problems of a file are reported at once, in file order") {
    CHECK(errors_in("many-errors.yaml") == R"~(bad-exercises/many-errors.yaml:4:9: error: 'limits.time' must be a duration such as 2s
    4 |   time: soon
      |         ^
bad-exercises/many-errors.yaml:8:5: error: unknown key 'expcet' in test 'flat list'; did you mean 'expect'?
    8 |     expcet: "(1, 2)"
      |     ^
bad-exercises/many-errors.yaml:12:13: error: 'tests[1].hidden' must be true or false
   12 |     hidden: maybe
      |             ^
bad-exercises/many-errors.yaml:13:13: error: 'tests[1].weight' must not be negative
   13 |     weight: -2
      |             ^)~");
}


TEST_CASE("a file holding only comments counts as empty") {
    CHECK(errors_in_text("# nothing yet\n") ==
          "exercise.yaml: error: the file is empty; an exercise needs at least 'title', 'entry' and 'tests'");
}

TEST_CASE("a missing exercise file is named in the error") {
    const std::string path = test_data("bad-exercises/no-such-exercise");
    try {
        load_exercise(path);
        FAIL("loaded a missing exercise");
    } catch (const InputError& error) {
        CHECK(std::string(error.what()) == path + ": error: no such file or folder");
    }
}

TEST_CASE("a folder without exercise.yaml is an error naming the folder") {
    const std::string path = test_data("bad-exercises");
    try {
        load_exercise(path);
        FAIL("loaded a folder without exercise.yaml");
    } catch (const InputError& error) {
        CHECK(std::string(error.what()) == path + ": error: this folder has no exercise.yaml");
    }
}

TEST_CASE("an unreadable exercise file says why it cannot be read") {
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / ("autograde-unreadable-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const fs::path yaml = dir / "exercise.yaml";
    { std::ofstream(yaml) << "title: x\n"; }
    fs::permissions(yaml, fs::perms::none);
    const bool readable = std::ifstream(yaml).good();  // root reads anything
    std::string message;
    try {
        load_exercise(dir);
    } catch (const InputError& error) {
        message = error.what();
    }
    fs::permissions(yaml, fs::perms::owner_read | fs::perms::owner_write);
    fs::remove_all(dir);
    if (readable) {
        WARN("running as a user who can read any file; not checked");
    } else {
        CHECK(message == yaml.string() + ": error: cannot read: Permission denied");
    }
}
