// Comparing an observed value with the expected one (grading/compare.h): the verdict, and
// the message a candidate reads when they differ.
#include <catch2/catch.hpp>

#include <string>

#include "grading/compare.h"
#include "value/literal.h"

using autograde::compare_values;
using autograde::CompareOptions;
using autograde::Comparison;
using autograde::LiteralOptions;
using autograde::parse_python_literal;
using autograde::Tolerance;
using autograde::Value;

namespace {

Value literal(const std::string& text) {
    LiteralOptions options;
    options.allow_opaque = true;
    auto result = parse_python_literal(text, options);
    REQUIRE(std::holds_alternative<Value>(result));
    return std::get<Value>(result);
}

Comparison compare(const std::string& expected, const std::string& got, const CompareOptions& options = {}) {
    return compare_values(literal(expected), literal(got), options);
}

std::string message(const std::string& expected, const std::string& got, const CompareOptions& options = {}) {
    Comparison comparison = compare(expected, got, options);
    CHECK_FALSE(comparison.equal);
    return comparison.message;
}

CompareOptions approx(double abs, double rel) {
    CompareOptions options;
    options.approx = Tolerance{abs, rel};
    return options;
}

CompareOptions unordered() {
    CompareOptions options;
    options.unordered = true;
    return options;
}

// "[0, 1, ..., n-1]" with the item at `changed` replaced by `replacement`.
std::string range_list(int n, int changed = -1, const std::string& replacement = "") {
    std::string text = "[";
    for (int i = 0; i < n; ++i) text += (i > 0 ? ", " : "") + (i == changed ? replacement : std::to_string(i));
    return text + "]";
}

}  // namespace

TEST_CASE("equal values compare equal with no message") {
    for (const char* text : {"None", "[1, (2, 'a'), {3: b'x'}]", "{1, 2}", "frozenset()", "nan", "[0.5, -0.0]"}) {
        Comparison comparison = compare(text, text);
        CHECK(comparison.equal);
        CHECK(comparison.message.empty());
    }
    CHECK(compare("{'a': 1, 'b': 2}", "{'b': 2, 'a': 1}").equal);
    CHECK(compare("{3, 1, 2}", "{1, 2, 3}").equal);
    CHECK(compare("0.0", "-0.0").equal);
}

TEST_CASE("a tuple is not equal to a list with the same items") {
    CHECK(message("(1, 2)", "[1, 2]") == "expected (1, 2), got [1, 2]: a list is not a tuple");
}

TEST_CASE("True is not 1 and 1 is not 1.0") {
    CHECK(message("1", "True") == "expected 1, got True: a bool is not an int");
    CHECK(message("1.0", "1") == "expected 1.0, got 1: an int is not a float");
    CHECK(message("None", "0") == "expected None, got 0: an int is not None");
    CHECK(message("'1'", "b'1'") == "expected '1', got b'1': a bytes object is not a str");
    CHECK(message("{1, 2}", "frozenset({1, 2})") == "expected {1, 2}, got frozenset({1, 2}): a frozenset is not a set");
}

TEST_CASE("a different scalar shows both values") {
    CHECK(message("3", "4") == "expected 3, got 4");
    CHECK(message("'abc'", "'abd'") == "expected 'abc', got 'abd'");
    CHECK(message("0.3", "0.30000000000000004") == "expected 0.3, got 0.30000000000000004");
}

TEST_CASE("a difference inside a container names its path") {
    CHECK(message("(1, 2, 3)", "(1, 2, 4)") == "expected (1, 2, 3), got (1, 2, 4): first difference at [2]: expected 3, got 4");
    CHECK(message("[1, 2]", "[1, True]") ==
          "expected [1, 2], got [1, True]: first difference at [1]: expected 2, got True: a bool is not an int");
    CHECK(message("{'a': 1, 'b': [1, 2]}", "{'b': [1, 3], 'a': 1}") ==
          "expected {'a': 1, 'b': [1, 2]}, got {'b': [1, 3], 'a': 1}: first difference at ['b'][1]: expected 2, got 3");
    CHECK(message("[[1, [2]]]", "[[1, (2,)]]") ==
          "expected [[1, [2]]], got [[1, (2,)]]: first difference at [0][1]: expected [2], got (2,): a tuple is not a list");
}

TEST_CASE("a list of another length names the first missing or extra item") {
    CHECK(message("[1, 2]", "[1, 2, 3]") ==
          "expected [1, 2], got [1, 2, 3]: first difference at [2]: unexpected extra item 3 (got 3 items instead of 2)");
    CHECK(message("[1, 2, 3]", "[1, 2]") ==
          "expected [1, 2, 3], got [1, 2]: first difference at [2]: missing item 3 (got 2 items instead of 3)");
    CHECK(message("[[]]", "[['x']]") ==
          "expected [[]], got [['x']]: first difference at [0][0]: unexpected extra item 'x' (got 1 item instead of 0)");
}

TEST_CASE("dicts name a missing or unexpected key") {
    CHECK(message("{'a': 1}", "{'b': 1}") == "expected {'a': 1}, got {'b': 1}: missing key 'a'; unexpected key 'b'");
    CHECK(message("{'a': 1, 'b': 2}", "{'a': 1}") == "expected {'a': 1, 'b': 2}, got {'a': 1}: missing key 'b'");
    CHECK(message("{1: 'x'}", "{True: 'x'}") == "expected {1: 'x'}, got {True: 'x'}: missing key 1; unexpected key True");
    CHECK(message("[{}]", "[{1: 1, 2: 2, 3: 3, 4: 4}]") ==
          "expected [{}], got [{1: 1, 2: 2, 3: 3, 4: 4}]: first difference at [0]: unexpected keys 1, 2, 3 and 1 more");
}

TEST_CASE("sets name a missing or unexpected element") {
    CHECK(message("{1, 2}", "{1, 3}") == "expected {1, 2}, got {1, 3}: missing element 2; unexpected element 3");
    CHECK(message("{1, 2, 3}", "{1}") == "expected {1, 2, 3}, got {1}: missing elements 2 and 3");
    CHECK(message("frozenset({(1, 2)})", "frozenset({(2, 1)})") ==
          "expected frozenset({(1, 2)}), got frozenset({(2, 1)}): missing element (1, 2); unexpected element (2, 1)");
}

TEST_CASE("an opaque value never matches and says what it was") {
    CHECK(message("1", "<'Point'>") == "expected 1, got <Point object>: a Point object is not an int");
    CHECK(message("[1]", "[<'Item'>]") ==
          "expected [1], got [<Item object>]: first difference at [0]: expected 1, got <Item object>: an Item object is not an int");
    CHECK(message("<'Point'>", "<'Point'>") == "expected <Point object>, got <Point object>: Point objects cannot be compared");
}

TEST_CASE("unordered compares the top-level list as a multiset") {
    CHECK(compare("[1, 2, 2]", "[2, 1, 2]", unordered()).equal);
    CHECK(compare("(1, 'a')", "('a', 1)", unordered()).equal);
    CHECK(message("[1, 1, 2]", "[2, 1, 3]", unordered()) ==
          "expected [1, 1, 2] in any order, got [2, 1, 3]: missing element 1; unexpected element 3");
    CHECK(message("[1, 2]", "[2, 1, 1]", unordered()) == "expected [1, 2] in any order, got [2, 1, 1]: unexpected element 1");
    CHECK(message("[1, 2]", "(2, 1)", unordered()) == "expected [1, 2] in any order, got (2, 1): a tuple is not a list");
    CHECK(message("[1]", "[True]", unordered()) == "expected [1] in any order, got [True]: missing element 1; unexpected element True");
}

TEST_CASE("unordered applies to the top level only") {
    CHECK_FALSE(compare("[[1, 2]]", "[[2, 1]]", unordered()).equal);
    CHECK(compare("[[1, 2], [3]]", "[[3], [1, 2]]", unordered()).equal);
    CHECK(compare("{'a': [1, 2]}", "{'a': [1, 2]}", unordered()).equal);
    CHECK(message("{'a': [1, 2]}", "{'a': [2, 1]}", unordered()) ==
          "expected {'a': [1, 2]}, got {'a': [2, 1]}: first difference at ['a'][0]: expected 1, got 2");
}

TEST_CASE("approx accepts floats within the tolerance, anywhere in the value") {
    CompareOptions options = approx(1e-6, 1e-9);
    CHECK(compare("1.5", "1.5000001", options).equal);
    CHECK(compare("[0.1, {'x': (0.2,)}]", "[0.1000000001, {'x': (0.2000000001,)}]", options).equal);
    CHECK(compare("{0.1, 0.2}", "{0.2000000001, 0.1000000001}", options).equal);
    CHECK(compare("1e20", "1.0000000001e20", approx(0, 1e-9)).equal);
    CHECK(compare("nan", "nan", options).equal);
    CHECK(compare("inf", "inf", options).equal);
}

TEST_CASE("approx says the tolerance when a float is out of it") {
    CHECK(message("1.5", "1.6", approx(1e-6, 1e-9)) ==
          "expected 1.5, got 1.6: off by 0.1, more than the tolerance 1e-06 (abs 1e-06, rel 1e-09)");
    CHECK(message("[100.0]", "[101.0]", approx(1e-12, 1e-3)) ==
          "expected [100.0], got [101.0]: first difference at [0]: expected 100.0, got 101.0: "
          "off by 1, more than the tolerance 0.1 (abs 1e-12, rel 0.001)");
}

TEST_CASE("approx still compares types and ints exactly, and inf and nan only with themselves") {
    CompareOptions options = approx(0.5, 0.5);
    CHECK(message("1", "2", options) == "expected 1, got 2");
    CHECK(message("1.0", "1", options) == "expected 1.0, got 1: an int is not a float");
    CHECK(message("inf", "1e308", options) == "expected inf, got 1e+308");
    CHECK(message("nan", "0.0", options) == "expected nan, got 0.0");
    CHECK(message("{1.0: 'a'}", "{1.1: 'a'}", options) ==
          "expected {1.0: 'a'}, got {1.1: 'a'}: missing key 1.0; unexpected key 1.1");
}

TEST_CASE("approx and unordered together match floats in any order") {
    CompareOptions options = approx(1e-9, 0);
    options.unordered = true;
    CHECK(compare("[0.3, 0.1, 0.2]", "[0.1, 0.2, 0.30000000000000004]", options).equal);
    CHECK(message("[0.1, 0.2]", "[0.2, 0.4]", options) ==
          "expected [0.1, 0.2] in any order, got [0.2, 0.4]: missing element 0.1; unexpected element 0.4");
}

TEST_CASE("long values are shown as windows around the first difference") {
    CHECK(message(range_list(100), range_list(100, 57, "99")) ==
          "expected ...51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70,...\n"
          "     got ...51, 52, 53, 54, 55, 56, 99, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70,...\n"
          "first difference at [57]: expected 57, got 99");
    CHECK(message(range_list(100), range_list(99)) ==
          "expected ...80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99]\n"
          "     got ...79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98]\n"
          "first difference at [99]: missing item 99 (got 99 items instead of 100)");
    CHECK(message(range_list(100), "(1,)") ==
          "expected [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 2...\n"
          "     got (1,)\n"
          "a tuple is not a list");
}

TEST_CASE("long strings are shown around the index where they differ") {
    std::string a(200, 'a');
    std::string b = std::string(100, 'a') + "b" + std::string(99, 'a');
    std::string window_a = "...'" + std::string(60, 'a') + "'...";
    std::string window_b = "...'" + std::string(20, 'a') + "b" + std::string(39, 'a') + "'...";
    CHECK(message("'" + a + "'", "'" + b + "'") ==
          "expected " + window_a + "\n     got " + window_b + "\nthey differ at index 100");
    std::string nested = message("['" + a + "']", "['" + b + "']");
    CHECK(nested.substr(nested.rfind('\n') + 1) ==
          "first difference at [0]: expected " + window_a + ", got " + window_b + ": they differ at index 100");
}

TEST_CASE("a long dict names the key whose value differs") {
    std::string expected = "{'key': 1, 'values': " + range_list(40) + "}";
    std::string got = "{'key': 1, 'values': " + range_list(40, 30, "7") + "}";
    std::string text = message(expected, got);
    CHECK(text.substr(text.rfind('\n') + 1) == "first difference at ['values'][30]: expected 30, got 7");
    CHECK(text.find("29, 30, 31") != std::string::npos);
    CHECK(text.find("29, 7, 31") != std::string::npos);
}
