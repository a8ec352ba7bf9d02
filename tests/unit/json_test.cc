#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <random>
#include <sstream>

#include "util/json.h"

using autograde::JsonError;
using autograde::JsonParseError;
using autograde::JsonValue;
using autograde::JsonWriter;
using autograde::parse_json;

namespace {

std::string json_string(std::string_view text) {
    std::ostringstream out;
    autograde::write_json_string(out, text);
    return out.str();
}

std::string json_number(double number) {
    std::ostringstream out;
    JsonWriter(out).value(number);
    return out.str();
}

std::string compact(const JsonValue& value) {
    std::ostringstream out;
    JsonWriter(out, 0).value(value);
    return out.str();
}

// The error parse_json reports for `text`; fails the test when it parses.
JsonParseError parse_error(std::string_view text) {
    try {
        parse_json(text);
    } catch (const JsonParseError& error) {
        return error;
    }
    FAIL("parsed without an error: " << text);
    throw std::logic_error("unreachable");
}

}  // namespace

TEST_CASE("Quotes, backslashes and control characters are escaped in JSON strings") {
    CHECK(json_string("say \"hi\" \\o/") == R"("say \"hi\" \\o/")");
    CHECK(json_string("a\nb\tc\rd\be\f") == R"("a\nb\tc\rd\be\f")");
    CHECK(json_string(std::string("nul\0esc\x1b del\x7f", 13)) == R"("nul\u0000esc\u001b del\u007f")");
    CHECK(json_string("/") == R"("/")");
}

TEST_CASE("Valid UTF-8 passes through JSON strings unchanged") {
    CHECK(json_string("héllo — 世界 🎉") == "\"héllo — 世界 🎉\"");
}

TEST_CASE("Invalid UTF-8 in a JSON string becomes U+FFFD so the output stays valid") {
    const std::string fffd = "\xEF\xBF\xBD";
    CHECK(json_string("a\xff" "b") == "\"a" + fffd + "b\"");
    CHECK(json_string("\xc3") == "\"" + fffd + "\"");                                  // truncated at the end
    CHECK(json_string("\xe2\x82" "x") == "\"" + fffd + "x\"");                         // truncated in the middle
    CHECK(json_string("\xc0\xaf") == "\"" + fffd + fffd + "\"");                       // overlong '/'
    CHECK(json_string("\xed\xa0\x80") == "\"" + fffd + fffd + fffd + "\"");            // a surrogate
    CHECK(json_string("\xf4\x90\x80\x80") == "\"" + fffd + fffd + fffd + fffd + "\""); // above U+10FFFF
}

TEST_CASE("Integral numbers print without decimals, others with the shortest exact digits") {
    CHECK(json_number(3.0) == "3");
    CHECK(json_number(-42.0) == "-42");
    CHECK(json_number(0.0) == "0");
    CHECK(json_number(-0.0) == "0");
    CHECK(json_number(41.2) == "41.2");
    CHECK(json_number(0.1) == "0.1");
    CHECK(json_number(1.0 / 3.0) == "0.3333333333333333");
    CHECK(json_number(1e300) == "1e+300");
    CHECK(json_number(9007199254740992.0) == "9007199254740992");
    std::ostringstream out;
    JsonWriter writer(out, 0);
    writer.begin_array();
    writer.value(7);
    writer.value(std::size_t{18446744073709551615u});
    writer.value(-5LL);
    writer.end_array();
    CHECK(out.str() == "[7,18446744073709551615,-5]");
}

TEST_CASE("NaN and infinities, which JSON cannot hold, print as null") {
    CHECK(json_number(std::nan("")) == "null");
    CHECK(json_number(std::numeric_limits<double>::infinity()) == "null");
    CHECK(json_number(-std::numeric_limits<double>::infinity()) == "null");
}

TEST_CASE("Documents are indented by two spaces and empty containers stay on one line") {
    std::ostringstream out;
    JsonWriter json(out);
    json.begin_object();
    json.member("name", "flat list");
    json.key("items");
    json.begin_array();
    json.value(1);
    json.value(true);
    json.null();
    json.end_array();
    json.key("empty");
    json.begin_object();
    json.end_object();
    json.key("none");
    json.begin_array();
    json.end_array();
    json.end_object();
    CHECK(json.done());
    CHECK(out.str() ==
          "{\n"
          "  \"name\": \"flat list\",\n"
          "  \"items\": [\n"
          "    1,\n"
          "    true,\n"
          "    null\n"
          "  ],\n"
          "  \"empty\": {},\n"
          "  \"none\": []\n"
          "}");
}

TEST_CASE("Indent 0 writes the whole document on one line without spaces") {
    std::ostringstream out;
    JsonWriter json(out, 0);
    json.begin_object();
    json.member("a", 1);
    json.key("b");
    json.begin_array();
    json.value("x");
    json.value(false);
    json.end_array();
    json.end_object();
    CHECK(out.str() == R"({"a":1,"b":["x",false]})");
}

TEST_CASE("Misusing the writer is a logic error, not broken output") {
    std::ostringstream out;
    JsonWriter json(out);
    json.begin_object();
    CHECK_THROWS_AS(json.value(1), std::logic_error);  // no key
    CHECK_THROWS_AS(json.end_array(), std::logic_error);
    json.key("a");
    CHECK_THROWS_AS(json.key("b"), std::logic_error);
    CHECK_THROWS_AS(json.end_object(), std::logic_error);  // a key without its value
    json.value(1);
    json.end_object();
    CHECK_THROWS_AS(json.value(2), std::logic_error);  // a second document
}

TEST_CASE("Parsing keeps the order of an object's keys") {
    const JsonValue document = parse_json(R"({"zeta": 1, "alpha": [true, null], "mid": {"x": "y"}})");
    CHECK(document.keys() == std::vector<std::string>{"zeta", "alpha", "mid"});
    CHECK(document.at("zeta").as_number() == 1);
    CHECK(document.at("alpha").at(0).as_bool());
    CHECK(document.at("alpha").at(1).is_null());
    CHECK(document.at("mid").at("x").as_string() == "y");
    CHECK(document.find("missing") == nullptr);
    CHECK(document.size() == 3);
}

TEST_CASE("Parsed numbers read as doubles and integers") {
    CHECK(parse_json("-0.5e2").as_number() == -50.0);
    CHECK(parse_json("1E+2").as_number() == 100.0);
    CHECK(parse_json(" 12 ").as_int64() == 12);
    CHECK(parse_json("-9007199254740993").as_number() == -9007199254740992.0);
    CHECK_THROWS_AS(parse_json("1.5").as_int64(), JsonError);
    CHECK_THROWS_AS(parse_json("1e19").as_int64(), JsonError);
}

TEST_CASE("Parsed strings decode every escape, surrogate pairs included") {
    CHECK(parse_json(R"("a\"b\\c\/d\b\f\n\r\t")").as_string() == "a\"b\\c/d\b\f\n\r\t");
    CHECK(parse_json(R"("\u00e9\u4e16\ud83c\udf89")").as_string() == "é世🎉");
    CHECK(parse_json(R"("\u0000")").as_string() == std::string(1, '\0'));
    CHECK(parse_json("\"héllo\"").as_string() == "héllo");
}

TEST_CASE("An escaped lone surrogate reads as U+FFFD") {
    CHECK(parse_json(R"("\ud800x")").as_string() == "\xEF\xBF\xBDx");
    CHECK(parse_json(R"("\udc00")").as_string() == "\xEF\xBF\xBD");
    CHECK(parse_json(R"("\ud800\u0041")").as_string() == "\xEF\xBF\xBD" "A");
}

TEST_CASE("Invalid JSON is reported with its line, column and byte offset") {
    const JsonParseError error = parse_error("{\n  \"a\": 1,\n  \"b\" 2\n}");
    CHECK(error.offset() == 18);
    CHECK(error.line() == 3);
    CHECK(error.column() == 7);
    CHECK(std::string(error.what()) == "invalid JSON at line 3, column 7 (byte 18): expected ':' after an object key");
}

TEST_CASE("Input that is not strict JSON is refused") {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"", "expected a value, found the end of the input"},
        {"[1, 2,]", "expected a value, found ']'"},
        {"{\"a\": 1,}", "expected a string as the object's key"},
        {"[1 2]", "expected ',' or ']' in an array"},
        {"{\"a\": 1 \"b\": 2}", "expected ',' or '}' in an object"},
        {"01", "unexpected text after the JSON value"},
        {"1.", "expected a digit after the decimal point"},
        {"1e", "expected a digit in the exponent"},
        {"-", "expected a digit"},
        {"NaN", "expected a value, found 'N'"},
        {"tru", "expected a value, found 't'"},
        {"// comment\n1", "expected a value, found '/'"},
        {"\"abc", "unterminated string"},
        {"\"a\tb\"", "control character in a string (it must be escaped)"},
        {"\"\\x41\"", "unknown escape \\x"},
        {"\"\\u12\"", "expected 4 hex digits after \\u"},
        {"\"\xff\"", "invalid UTF-8 in a string"},
        {"{\"a\": 1, \"a\": 2}", "duplicate key \"a\""},
        {"1e400", "number beyond the range of a double"},
        {"[1] [2]", "unexpected text after the JSON value"},
    };
    for (const auto& [text, reason] : cases) {
        INFO("input: " << text);
        CHECK(parse_error(text).reason() == reason);
    }
}

TEST_CASE("Deeply nested input is refused instead of overflowing the stack") {
    const std::string hostile(1'000'000, '[');
    const JsonParseError error = parse_error(hostile);
    CHECK(error.reason() == "nested deeper than 200 levels");
    CHECK(error.offset() == 200);

    const std::string deep_enough = std::string(200, '[') + std::string(200, ']');
    CHECK(parse_json(deep_enough).size() == 1);
    CHECK_THROWS_AS(parse_json(deep_enough, 10), JsonParseError);
}

TEST_CASE("Asking a value for another kind throws an error naming both kinds") {
    const JsonValue document = parse_json(R"({"a": "text", "b": [1]})");
    CHECK_THROWS_WITH(document.at("a").as_number(), "expected a JSON number, found a string");
    CHECK_THROWS_WITH(document.at("missing"), "no key \"missing\" in the JSON object");
    CHECK_THROWS_WITH(document.at("b").at(5), "index 5 is out of range for a JSON array of 1");
    CHECK_THROWS_AS(document.at("b").keys(), JsonError);
}

TEST_CASE("A parsed document written back out parses to the same document") {
    const std::string text = R"({"s": "é\n\u0001", "n": [0, -1.5, 1e-7, 123456789012], "o": {"t": true, "f": false, "z": null}})";
    const JsonValue document = parse_json(text);
    CHECK(compact(document) == R"({"s":"é\n\u0001","n":[0,-1.5,1e-07,123456789012],"o":{"t":true,"f":false,"z":null}})");
    CHECK(parse_json(compact(document)) == document);
    std::ostringstream pretty;
    JsonWriter(pretty).value(document);
    CHECK(parse_json(pretty.str()) == document);
}

TEST_CASE("Whatever bytes a string holds, the writer's output parses, and valid UTF-8 comes back unchanged") {
    std::mt19937 random(12345);
    std::uniform_int_distribution<int> byte(0, 255);
    for (int round = 0; round < 2000; ++round) {
        std::string bytes(static_cast<std::size_t>(round % 40), '\0');
        for (char& c : bytes) c = static_cast<char>(byte(random));
        const std::string written = json_string(bytes);
        INFO("round " << round);
        const JsonValue read = parse_json(written);
        CHECK(json_string(read.as_string()) == written);  // replacing is done once, for good
    }
    const std::string valid = "plain ascii, é, 世界, 🎉, \x7f, \x01";
    CHECK(parse_json(json_string(valid)).as_string() == valid);
}
