// What an exercise author sees for a broken test in the `tests:` list, and what the
// loader makes of a valid one.
#include <catch2/catch.hpp>

#include "loader_support.h"

using namespace autograde;
using namespace autograde::testing;

TEST_CASE("a test without a name is an error at the test") {
    CHECK(errors_in("test-missing-name.yaml") == R"~(bad-exercises/test-missing-name.yaml:4:5: error: missing required key 'name' in tests[0]
    4 |   - call: freeze([1, 2])
      |     ^)~");
}

TEST_CASE("a test with both call and code is an error at the second") {
    CHECK(errors_in("call-and-code.yaml") == R"~(bad-exercises/call-and-code.yaml:6:5: error: test 'flat list' has both 'call' and 'code'; give only one
    6 |     code: result = freeze([1, 2])
      |     ^)~");
}

TEST_CASE("a test with neither call nor code is an error at the test") {
    CHECK(errors_in("neither-call-nor-code.yaml") == R"~(bad-exercises/neither-call-nor-code.yaml:4:5: error: test 'flat list' needs 'call' or 'code'
    4 |   - name: flat list
      |     ^)~");
}

TEST_CASE("a test with both expect and raises is an error at the second") {
    CHECK(errors_in("expect-and-raises.yaml") == R"~(bad-exercises/expect-and-raises.yaml:7:5: error: test 'flat list' has both 'expect' and 'raises'; give only one
    7 |     expect: "(1, 2)"
      |     ^)~");
}

TEST_CASE("a test with neither expect nor raises is an error at the test") {
    CHECK(errors_in("neither-expect-nor-raises.yaml") == R"~(bad-exercises/neither-expect-nor-raises.yaml:4:5: error: test 'flat list' needs 'expect' or 'raises'
    4 |   - name: flat list
      |     ^)~");
}

TEST_CASE("a match that is not a valid regular expression is an error") {
    CHECK(errors_in("match-invalid-regex.yaml") == R"~(bad-exercises/match-invalid-regex.yaml:7:12: error: 'tests[0].match' is not a valid regular expression: Unexpected character within '[...]' in regular expression
    7 |     match: "size [must"
      |            ^)~");
}

TEST_CASE("a match without raises is an error") {
    CHECK(errors_in("match-without-raises.yaml") == R"~(bad-exercises/match-without-raises.yaml:7:5: error: 'match' needs 'raises': it is searched for in the exception's message
    7 |     match: one
      |     ^)~");
}

TEST_CASE("raises must name an exception class") {
    CHECK(errors_in("raises-not-a-class-name.yaml") == R"~(bad-exercises/raises-not-a-class-name.yaml:6:13: error: 'tests[0].raises' must be an exception class name such as ValueError
    6 |     raises: ValueError("size")
      |             ^)~");
}

TEST_CASE("hidden accepts only true or false, not yes") {
    CHECK(errors_in("hidden-not-a-bool.yaml") == R"~(bad-exercises/hidden-not-a-bool.yaml:13:13: error: 'tests[2].hidden' must be true or false
   13 |     hidden: yes
      |             ^)~");
}

TEST_CASE("a negative weight is an error") {
    CHECK(errors_in("negative-weight.yaml") == R"~(bad-exercises/negative-weight.yaml:7:13: error: 'tests[0].weight' must not be negative
    7 |     weight: -1
      |             ^)~");
}

TEST_CASE("a quoted weight is not a number") {
    CHECK(errors_in("weight-not-a-number.yaml") == R"~(bad-exercises/weight-not-a-number.yaml:7:13: error: 'tests[0].weight' must be a number
    7 |     weight: "2"
      |             ^)~");
}

TEST_CASE("tests that are worth nothing in total are an error") {
    CHECK(errors_in("zero-total-weight.yaml") == R"~(bad-exercises/zero-total-weight.yaml:3:1: error: the tests are worth nothing in total: give at least one a positive 'weight'
    3 | tests:
      | ^)~");
}

TEST_CASE("a second test with the same name is an error naming the line of the first") {
    CHECK(errors_in("duplicate-test-names.yaml") == R"~(bad-exercises/duplicate-test-names.yaml:7:11: error: duplicate test name 'equal'; the first is on line 4
    7 |   - name: equal
      |           ^)~");
}

TEST_CASE("an empty list of tests is an error") {
    CHECK(errors_in("tests-empty.yaml") == R"~(bad-exercises/tests-empty.yaml:3:8: error: 'tests' must be a non-empty list of tests
    3 | tests: []
      |        ^)~");
}

TEST_CASE("a test that is not a mapping is an error") {
    CHECK(errors_in("test-not-mapping.yaml") == R"~(bad-exercises/test-not-mapping.yaml:4:5: error: 'tests[0]' must be a mapping with 'name', 'call' or 'code', and 'expect' or 'raises'
    4 |   - Money(1, 'USD') == Money(1, 'USD')
      |     ^)~");
}

TEST_CASE("approx must be true, false or a mapping of tolerances") {
    CHECK(errors_in("approx-not-valid.yaml") == R"~(bad-exercises/approx-not-valid.yaml:7:13: error: 'tests[0].approx' must be true, false or a mapping with 'abs' and/or 'rel'
    7 |     approx: 0.001
      |             ^)~");
}

TEST_CASE("a negative tolerance and a misspelt one are both reported") {
    CHECK(errors_in("approx-negative-tolerance.yaml") == R"~(bad-exercises/approx-negative-tolerance.yaml:7:19: error: 'tests[0].approx.abs' must not be negative
    7 |     approx: {abs: -1e-6, rell: 1e-9}
      |                   ^
bad-exercises/approx-negative-tolerance.yaml:7:26: error: unknown key 'rell' in 'tests[0].approx'; did you mean 'rel'?
    7 |     approx: {abs: -1e-6, rell: 1e-9}
      |                          ^)~");
}

TEST_CASE("approx in a test that expects an exception is an error") {
    CHECK(errors_in("approx-with-raises.yaml") == R"~(bad-exercises/approx-with-raises.yaml:7:5: error: 'approx' only applies to tests with 'expect'
    7 |     approx: true
      |     ^)~");
}

TEST_CASE("unordered with an expected value that is not a list or tuple is an error") {
    CHECK(errors_in("unordered-not-a-list.yaml") == R"~(bad-exercises/unordered-not-a-list.yaml:7:5: error: 'unordered' compares a list or tuple in any order, but the expected value is of type int
    7 |     unordered: true
      |     ^)~");
}


namespace {

// The tests of an exercise whose `tests:` list is `tests_yaml`.
std::vector<TestCase> tests_of(const std::string& tests_yaml) {
    return load_text("title: t\nentry: f\ntests:\n" + tests_yaml).tests;
}

}  // namespace

TEST_CASE("a call test keeps its expression and defaults to visible with weight 1") {
    const auto tests = tests_of("  - name: flat list\n    call: f([1, 2])\n    expect: \"(1, 2)\"\n");
    REQUIRE(tests.size() == 1);
    CHECK(tests[0].name == "flat list");
    CHECK(tests[0].kind == TestCase::Kind::call);
    CHECK(tests[0].source == "f([1, 2])");
    CHECK_FALSE(tests[0].hidden);
    CHECK(tests[0].weight == 1.0);
    CHECK(tests[0].line == 4);
    CHECK_FALSE(tests[0].raises);
    CHECK_FALSE(tests[0].compare.approx);
    CHECK_FALSE(tests[0].compare.unordered);
}

TEST_CASE("a code test keeps its snippet as written") {
    const auto tests = tests_of("  - name: snippet\n    code: |\n      result = f()\n      result += 1\n    expect: \"2\"\n");
    REQUIRE(tests.size() == 1);
    CHECK(tests[0].kind == TestCase::Kind::code);
    CHECK(tests[0].source == "result = f()\nresult += 1\n");
}

TEST_CASE("a test expecting an exception keeps its class and message pattern") {
    const auto tests = tests_of("  - name: zero\n    call: f(0)\n    raises: json.JSONDecodeError\n    match: \"^bad\"\n");
    REQUIRE(tests.size() == 1);
    CHECK(tests[0].raises == "json.JSONDecodeError");
    CHECK(tests[0].match == "^bad");
    CHECK_FALSE(tests[0].expect);
}

TEST_CASE("hidden and weight are read from a test") {
    const auto tests = tests_of("  - name: secret\n    call: f()\n    expect: \"1\"\n    hidden: True\n    weight: 2.5\n");
    REQUIRE(tests.size() == 1);
    CHECK(tests[0].hidden);
    CHECK(tests[0].weight == 2.5);
}

TEST_CASE("approx true gives the default tolerance") {
    const auto tests = tests_of("  - name: mean\n    call: f()\n    expect: \"1.5\"\n    approx: true\n");
    REQUIRE(tests[0].compare.approx);
    CHECK(tests[0].compare.approx->abs == Tolerance{}.abs);
    CHECK(tests[0].compare.approx->rel == Tolerance{}.rel);
}

TEST_CASE("approx false compares exactly") {
    const auto tests = tests_of("  - name: mean\n    call: f()\n    expect: \"1.5\"\n    approx: false\n");
    CHECK_FALSE(tests[0].compare.approx);
}

TEST_CASE("an approx with only abs turns the relative tolerance off") {
    const auto tests = tests_of("  - name: mean\n    call: f()\n    expect: \"1.5\"\n    approx: {abs: 1e-3}\n");
    REQUIRE(tests[0].compare.approx);
    CHECK(tests[0].compare.approx->abs == 1e-3);
    CHECK(tests[0].compare.approx->rel == 0.0);
}

TEST_CASE("an approx with only rel keeps the default absolute tolerance") {
    const auto tests = tests_of("  - name: mean\n    call: f()\n    expect: \"1.5\"\n    approx: {rel: .01}\n");
    REQUIRE(tests[0].compare.approx);
    CHECK(tests[0].compare.approx->abs == Tolerance{}.abs);
    CHECK(tests[0].compare.approx->rel == 0.01);
}

TEST_CASE("an empty approx mapping asks for a tolerance") {
    CHECK(errors_in_text("title: t\nentry: f\ntests:\n  - name: mean\n    call: f()\n    expect: \"1.5\"\n    approx: {}\n") ==
          "exercise.yaml:7:13: error: 'tests[0].approx' must give 'abs' or 'rel' (or be true, for the default tolerance)\n"
          "    7 |     approx: {}\n"
          "      |             ^");
}

TEST_CASE("unordered is accepted for an expected tuple") {
    const auto tests = tests_of("  - name: any order\n    call: f()\n    expect: \"(1, 2)\"\n    unordered: true\n");
    CHECK(tests[0].compare.unordered);
}

TEST_CASE("a quoted true is not a boolean") {
    CHECK(errors_in_text("title: t\nentry: f\ntests:\n  - name: a\n    call: f()\n    expect: \"1\"\n    hidden: \"true\"\n") ==
          "exercise.yaml:7:13: error: 'tests[0].hidden' must be true or false\n"
          "    7 |     hidden: \"true\"\n"
          "      |             ^");
}

TEST_CASE("a setting of the whole exercise written in a test says where it belongs") {
    CHECK(errors_in_text("title: t\nentry: f\ntests:\n  - name: a\n    setup: import os\n    call: f()\n    expect: \"1\"\n") ==
          "exercise.yaml:5:5: error: 'setup' is for the whole exercise: put it at the top level\n"
          "    5 |     setup: import os\n"
          "      |     ^");
}

TEST_CASE("a weight so large that a failed weight-1 test would cost nothing is an error") {
    CHECK(errors_in("weight-too-large.yaml") == R"~(bad-exercises/weight-too-large.yaml:7:13: error: 'tests[0].weight' must be 0 or between 0.001 and 1000000
    7 |     weight: 100000000000000000
      |             ^)~");
}

TEST_CASE("a positive weight too small to print is an error") {
    CHECK(errors_in("weight-too-small.yaml") == R"~(bad-exercises/weight-too-small.yaml:7:13: error: 'tests[0].weight' must be 0 or between 0.001 and 1000000
    7 |     weight: 1e-320
      |             ^)~");
}

TEST_CASE("tests worth more than a billion in total are an error at 'tests'") {
    std::string yaml = "title: Add\nentry: add\ntests:\n";
    for (int i = 0; i < 1001; ++i) {
        yaml += "  - name: t" + std::to_string(i) + "\n    call: add(1, 2)\n    expect: \"3\"\n    weight: 1000000\n";
    }
    CHECK(errors_in_text(yaml) == R"~(exercise.yaml:3:1: error: the tests are worth more than 1000000000 in total: make the weights smaller
    3 | tests:
      | ^)~");
}

TEST_CASE("a null match is an error like any other key given nothing") {
    CHECK(errors_in("match-null.yaml") == R"~(bad-exercises/match-null.yaml:7:5: error: 'tests[0].match' must be a non-empty string
    7 |     match: ~
      |     ^)~");
}

TEST_CASE("approx on an expected value without a float is an error: it would have no effect") {
    CHECK(errors_in("approx-without-float.yaml") == R"~(bad-exercises/approx-without-float.yaml:7:5: error: 'approx' has no effect: the expected value contains no float (it is of type list)
    7 |     approx: {abs: 0.5}
      |     ^)~");
}

TEST_CASE("Python's \\A in a match says what ECMAScript uses") {
    CHECK(errors_in("match-python-start-anchor.yaml") == R"~(bad-exercises/match-python-start-anchor.yaml:7:13: error: 'tests[0].match' is an ECMAScript regular expression: '\A' is Python syntax; ECMAScript uses '^'
    7 |     match: '\Asize must'
      |             ^)~");
}

TEST_CASE("an inline flag in a match is an error at the flag") {
    CHECK(errors_in("match-python-inline-flag.yaml") == R"~(bad-exercises/match-python-inline-flag.yaml:7:13: error: 'tests[0].match' is an ECMAScript regular expression: inline flags like (?i) are not supported; spell the cases out, as in [Mm]ust
    7 |     match: "(?i)size must"
      |             ^)~");
}

TEST_CASE("a Python named group in a match is an error at the group") {
    CHECK(errors_in("match-python-named-group.yaml") == R"~(bad-exercises/match-python-named-group.yaml:7:18: error: 'tests[0].match' is an ECMAScript regular expression: named groups like (?P<name>...) are Python syntax and are not supported; use a plain group (...)
    7 |     match: 'size (?P<n>\d+)'
      |                  ^)~");
}

TEST_CASE("a lookbehind in a match is an error at the group") {
    CHECK(errors_in("match-python-lookbehind.yaml") == R"~(bad-exercises/match-python-lookbehind.yaml:7:13: error: 'tests[0].match' is an ECMAScript regular expression: lookbehind like (?<=...) or (?<!...) is not supported; match the text before it instead
    7 |     match: "(?<=size )must"
      |             ^)~");
}

TEST_CASE("every Python-only construct in a match is reported, each at its column") {
    CHECK(errors_in("match-python-comment.yaml") == R"~(bad-exercises/match-python-comment.yaml:7:17: error: 'tests[0].match' is an ECMAScript regular expression: comments like (?#...) are Python syntax; remove it
    7 |     match: "size(?#the size) must\\Z"
      |                 ^
bad-exercises/match-python-comment.yaml:7:34: error: 'tests[0].match' is an ECMAScript regular expression: '\Z' is Python syntax; ECMAScript uses '$'
    7 |     match: "size(?#the size) must\\Z"
      |                                  ^)~");
}
