// What an exercise author sees for a file that yaml-cpp would read wrongly or quietly in
// part: bytes that are not UTF-8 text, a second document, tags, tabs, deep nesting.
#include <catch2/catch.hpp>

#include "loader_support.h"

using namespace autograde;
using namespace autograde::testing;

TEST_CASE("invalid UTF-8 in a call is an error at its byte, not a crash in the sandbox") {
    CHECK(errors_in("invalid-utf8-in-call.yaml") == R"~(bad-exercises/invalid-utf8-in-call.yaml:5:19: error: invalid UTF-8 (byte 0xE9); exercise.yaml must be UTF-8 text
    5 |     call: add("caf?", "")
      |                   ^)~");
}

TEST_CASE("invalid UTF-8 in a title is an error, not a replacement character") {
    CHECK(errors_in("invalid-utf8-in-title.yaml") == R"~(bad-exercises/invalid-utf8-in-title.yaml:1:14: error: invalid UTF-8 (byte 0xFF); exercise.yaml must be UTF-8 text
    1 | title: Café ?
      |              ^)~");
}

TEST_CASE("a NUL byte is reported at its own column") {
    CHECK(errors_in("nul-byte.yaml") == R"~(bad-exercises/nul-byte.yaml:1:9: error: a NUL byte; exercise.yaml must be text
    1 | title: A?dd
      |         ^)~");
}

TEST_CASE("a second YAML document is an error at its start") {
    CHECK(errors_in("second-document.yaml") == R"~(bad-exercises/second-document.yaml:7:1: error: a second YAML document; exercise.yaml must hold one document (remove the '---' and what follows, or merge it into the first)
    7 | ---
      | ^)~");
}

TEST_CASE("an explicit start of the only document is fine") {
    CHECK(errors_in_text("---\ntitle: Add\nentry: add\ntests:\n  - name: t\n    call: add(1, 2)\n    expect: \"3\"\n...\n") ==
          "(loaded without errors)");
}

TEST_CASE("tags are errors at the tag, whatever they are") {
    CHECK(errors_in("tags.yaml") == R"~(bad-exercises/tags.yaml:1:8: error: tags are not supported (!!binary); write the value without it
    1 | title: !!binary QWRk
      |        ^
bad-exercises/tags.yaml:6:13: error: tags are not supported (!!int); write the value without it
    6 |     expect: !!int "3"
      |             ^
bad-exercises/tags.yaml:7:13: error: tags are not supported (!foo); write the value without it
    7 |     weight: !foo 1
      |             ^)~");
}

TEST_CASE("a tag on a list is an error") {
    CHECK(errors_in("tag-python-object.yaml") == R"~(bad-exercises/tag-python-object.yaml:3:8: error: tags are not supported (!!python/object:list); write the value without it
    3 | tests: !!python/object:list
      |        ^)~");
}

TEST_CASE("a line indented with a tab says that YAML indents with spaces") {
    CHECK(errors_in("tab-indent.yaml") == "bad-exercises/tab-indent.yaml:4:2: error: invalid YAML: illegal block entry; this line is indented with a tab, and YAML indents with spaces only\n"
                                          "    4 | \t- name: t1\n"
                                          "      | \t^");
}

TEST_CASE("nesting too deep is an error where it crosses the limit, with the line cut short") {
    const std::string yaml = "title: Add\njunk: " + std::string(100000, '[') + "\n";
    // yaml-cpp opens a mapping and a list for each '[' after the first.
    CHECK(errors_in_text(yaml) == "exercise.yaml:2:57: error: nested too deeply: at most 100 levels of lists and mappings\n"
                                  "    2 | junk: " + std::string(194, '[') + "...\n"
                                  "      | " + std::string(56, ' ') + '^');
}
