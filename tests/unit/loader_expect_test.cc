// `expect:` — a Python literal written as a YAML scalar: what is accepted, and where a
// bad literal is reported.
#include <catch2/catch.hpp>

#include "loader_support.h"

using namespace autograde;
using namespace autograde::testing;

TEST_CASE("an expect written as a YAML list suggests quoting it") {
    CHECK(errors_in("expect-flow-sequence.yaml") == R"~(bad-exercises/expect-flow-sequence.yaml:6:13: error: 'tests[0].expect' must be a Python literal written as a string, such as expect: "[1, 2]"
    6 |     expect: [1, 2]
      |             ^)~");
}

TEST_CASE("an expect written as a YAML mapping suggests quoting it") {
    CHECK(errors_in("expect-block-mapping.yaml") == R"~(bad-exercises/expect-block-mapping.yaml:7:7: error: 'tests[0].expect' must be a Python literal written as a string, such as expect: "{'a': 1}"
    7 |       a: 1
      |       ^)~");
}

TEST_CASE("an empty expect suggests None") {
    CHECK(errors_in("expect-empty.yaml") == R"~(bad-exercises/expect-empty.yaml:6:5: error: 'tests[0].expect' must be a Python literal written as a string, such as expect: "None"
    6 |     expect:
      |     ^)~");
}

TEST_CASE("a bad token in an unquoted expect is reported where it is") {
    CHECK(errors_in("expect-bad-token-plain.yaml") == R"~(bad-exercises/expect-bad-token-plain.yaml:6:18: error: invalid Python literal in 'tests[0].expect': expected ',' or ')' after a tuple element
    6 |     expect: (1, 2]
      |                  ^)~");
}

TEST_CASE("a bad token in a double-quoted expect is reported where it is, after escapes") {
    CHECK(errors_in("expect-bad-token-double-quoted.yaml") == R"~(bad-exercises/expect-bad-token-double-quoted.yaml:6:30: error: invalid Python literal in 'tests[0].expect': expected ',' or ')' after a tuple element
    6 |     expect: "('\t', '\u00e9' x)"
      |                              ^)~");
}

TEST_CASE("a bad token in a single-quoted expect is reported where it is, after doubled quotes") {
    CHECK(errors_in("expect-bad-token-single-quoted.yaml") == R"~(bad-exercises/expect-bad-token-single-quoted.yaml:6:21: error: invalid Python literal in 'tests[0].expect': unexpected ','
    6 |     expect: '(''a'',, )'
      |                     ^)~");
}

TEST_CASE("a bad token in a literal block expect is reported on its own line") {
    CHECK(errors_in("expect-bad-token-block.yaml") == R"~(bad-exercises/expect-bad-token-block.yaml:9:20: error: invalid Python literal in 'tests[0].expect': expected ',' or ')' after a tuple element
    9 |           ('b', (3 4)),
      |                    ^)~");
}

TEST_CASE("a bad token in a folded block expect is reported at the start of the block") {
    CHECK(errors_in("expect-bad-token-folded.yaml") == R"~(bad-exercises/expect-bad-token-folded.yaml:6:13: error: invalid Python literal in 'tests[0].expect': expected ',' or ')' after a tuple element
    6 |     expect: >
      |             ^)~");
}

TEST_CASE("a str whose quotes YAML took off gets a hint to quote it twice") {
    CHECK(errors_in("expect-quotes-taken-by-yaml.yaml") == R"~(bad-exercises/expect-quotes-taken-by-yaml.yaml:6:14: error: invalid Python literal in 'tests[0].expect': names are not literals: 'text'; YAML took the quotes off: to expect the str 'text', write expect: "'text'"
    6 |     expect: 'text'
      |              ^)~");
}

TEST_CASE("a YAML boolean in expect asks for Python's True") {
    CHECK(errors_in("expect-yaml-boolean.yaml") == R"~(bad-exercises/expect-yaml-boolean.yaml:6:13: error: invalid Python literal in 'tests[0].expect': 'true' is not a Python literal; did you mean True?
    6 |     expect: true
      |             ^)~");
}


namespace {

// The test of an exercise whose only test ends with `expect_yaml` (indented as a key of it).
TestCase test_expecting(const std::string& expect_yaml) {
    const Exercise exercise = load_text("title: t\nentry: f\ntests:\n  - name: a\n    call: f()\n" + expect_yaml);
    REQUIRE(exercise.tests.size() == 1);
    return exercise.tests[0];
}

}  // namespace

TEST_CASE("a double-quoted expect is the literal between the quotes") {
    const TestCase test = test_expecting("    expect: \"(1, 'a')\"\n");
    REQUIRE(test.expect);
    CHECK(strictly_equal(*test.expect, Value::tuple({Value::integer(std::int64_t{1}), Value::str_utf8("a")})));
    CHECK(test.expect_text == "(1, 'a')");
}

TEST_CASE("an unquoted number in expect is a Python int") {
    const TestCase test = test_expecting("    expect: 42\n");
    REQUIRE(test.expect);
    CHECK(strictly_equal(*test.expect, Value::integer(std::int64_t{42})));
}

TEST_CASE("a single-quoted expect can hold a Python str in double quotes") {
    const TestCase test = test_expecting("    expect: '\"text\"'\n");
    REQUIRE(test.expect);
    CHECK(strictly_equal(*test.expect, Value::str_utf8("text")));
}

TEST_CASE("a literal block expect can spread a value over several lines") {
    const TestCase test = test_expecting("    expect: |\n      {\n        'a': [1, 2],\n      }\n");
    REQUIRE(test.expect);
    CHECK(python_repr(*test.expect) == "{'a': [1, 2]}");
}

TEST_CASE("an unclosed bracket in a multi-line double-quoted expect is reported at the scalar") {
    CHECK(errors_in_text("title: t\nentry: f\ntests:\n  - name: a\n    call: f()\n    expect: \"[1,\n      2\"\n") ==
          "exercise.yaml:6:13: error: invalid Python literal in 'tests[0].expect': '[' was never closed\n"
          "    6 |     expect: \"[1,\n"
          "      |             ^");
}
