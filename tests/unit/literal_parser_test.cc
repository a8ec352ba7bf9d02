// Parsing Python literal text (value/literal.h): what CPython accepts parses to the value
// CPython builds, and everything else is an error with a position and a readable message.
#include <catch2/catch.hpp>

#include <cmath>
#include <string>
#include <vector>

#include "value/literal.h"

using autograde::LiteralError;
using autograde::LiteralOptions;
using autograde::parse_python_literal;
using autograde::python_repr;
using autograde::Value;

namespace {

Value parsed(std::string_view text, const LiteralOptions& options = {}) {
    auto result = parse_python_literal(text, options);
    if (const auto* error = std::get_if<LiteralError>(&result)) {
        FAIL("unexpected error at " << error->offset << ": " << error->message << " in " << text);
    }
    return std::get<Value>(result);
}

LiteralError error_of(std::string_view text, const LiteralOptions& options = {}) {
    auto result = parse_python_literal(text, options);
    if (std::holds_alternative<Value>(result)) {
        FAIL("expected an error for " << text << ", got " << python_repr(std::get<Value>(result)));
    }
    return std::get<LiteralError>(result);
}

struct ReprCase {
    const char* literal;
    const char* python_repr;  // repr(ast.literal_eval(literal)) in CPython 3.11
};

// Generated with CPython 3.11: for each literal, repr(ast.literal_eval(literal)).
const ReprCase k_cpython_cases[] = {
    {"None", "None"},
    {"True", "True"},
    {"False", "False"},
    {"0", "0"},
    {"-0", "0"},
    {"+7", "7"},
    {"- 12", "-12"},
    {"00", "0"},
    {"0_0", "0"},
    {"1_000_000", "1000000"},
    {"123456789012345678901234567890", "123456789012345678901234567890"},
    {"-123456789012345678901234567890", "-123456789012345678901234567890"},
    {"0x_ff", "255"},
    {"0XFF", "255"},
    {"0o777", "511"},
    {"0O17", "15"},
    {"0b1010", "10"},
    {"0B_1_0", "2"},
    {"-0x10", "-16"},
    {"0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", "340282366920938463463374607431768211455"},
    {"0b1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111", "1267650600228229401496703205375"},
    {"0o77777777777777777777777777777777777777777777777777", "1427247692705959881058285969449495136382746623"},
    {"1.5", "1.5"},
    {"-1.5", "-1.5"},
    {".5", "0.5"},
    {"5.", "5.0"},
    {"1e3", "1000.0"},
    {"1E3", "1000.0"},
    {"1e-3", "0.001"},
    {"1e+3", "1000.0"},
    {"1_0.0_1", "10.01"},
    {"1_0e1_0", "100000000000.0"},
    {"09.5", "9.5"},
    {"09e1", "90.0"},
    {"00.5", "0.5"},
    {"0e0", "0.0"},
    {"1e400", "inf"},
    {"-1e400", "-inf"},
    {"1e-400", "0.0"},
    {"-1e-400", "-0.0"},
    {"1.7976931348623157e308", "1.7976931348623157e+308"},
    {"5e-324", "5e-324"},
    {"2.2250738585072014e-308", "2.2250738585072014e-308"},
    {"0.1", "0.1"},
    {"0.30000000000000004", "0.30000000000000004"},
    {"123456789012345678.0", "1.2345678901234568e+17"},
    {"1e16", "1e+16"},
    {"1e15", "1000000000000000.0"},
    {"1e-5", "1e-05"},
    {"0.0001", "0.0001"},
    {"-0.0", "-0.0"},
    {"3.141592653589793", "3.141592653589793"},
    {"1.0000000000000002", "1.0000000000000002"},
    {"9007199254740993.0", "9007199254740992.0"},
    {"''", "''"},
    {"\"\"", "''"},
    {"'a'", "'a'"},
    {"\"a\"", "'a'"},
    {"'''a'''", "'a'"},
    {"\"\"\"a\"\"\"", "'a'"},
    {"'it''s'", "'its'"},
    {"'a' \"b\" '''c'''", "'abc'"},
    {"u'x'", "'x'"},
    {"U'x'", "'x'"},
    {"'\\\\'", "'\\\\'"},
    {"'\\''", "\"'\""},
    {"\"\\\"\"", "'\"'"},
    {"'\\a\\b\\f\\n\\r\\t\\v'", "'\\x07\\x08\\x0c\\n\\r\\t\\x0b'"},
    {"'\\0'", "'\\x00'"},
    {"'\\12'", "'\\n'"},
    {"'\\123'", "'S'"},
    {"'\\777'", "'\xc7""\xbf""'"},
    {"'\\1234'", "'S4'"},
    {"'\\x41'", "'A'"},
    {"'\\xff'", "'\xc3""\xbf""'"},
    {"'\\u00e9'", "'\xc3""\xa9""'"},
    {"'\\u20ac'", "'\xe2""\x82""\xac""'"},
    {"'\\U0001F600'", "'\xf0""\x9f""\x98""\x80""'"},
    {"'\\U0010ffff'", "'\\U0010ffff'"},
    {"'\\ud800'", "'\\ud800'"},
    {"'\\udfff'", "'\\udfff'"},
    {"'\\q'", "'\\\\q'"},
    {"'\\8'", "'\\\\8'"},
    {"'\\9'", "'\\\\9'"},
    {"'\\ '", "'\\\\ '"},
    {"'a\\\x0a""b'", "'ab'"},
    {"'''a\x0a""b'''", "'a\\nb'"},
    {"'''a\x0d""\x0a""b'''", "'a\\nb'"},
    {"'''a\x0d""b'''", "'a\\nb'"},
    {"'''a\\\x0d""\x0a""b'''", "'ab'"},
    {"'\xc3""\xa9""'", "'\xc3""\xa9""'"},
    {"'\xe6""\x97""\xa5""\xe6""\x9c""\xac""'", "'\xe6""\x97""\xa5""\xe6""\x9c""\xac""'"},
    {"'\xf0""\x9f""\x98""\x80""'", "'\xf0""\x9f""\x98""\x80""'"},
    {"'\xc2""\xa0""'", "'\\xa0'"},
    {"'\xc2""\xad""'", "'\\xad'"},
    {"'\xe2""\x80""\xa8""'", "'\\u2028'"},
    {"'\x7f""'", "'\\x7f'"},
    {"'\x01""'", "'\\x01'"},
    {"r'\\n'", "'\\\\n'"},
    {"R'\\n'", "'\\\\n'"},
    {"r'\\''", "\"\\\\'\""},
    {"r'\\\\'", "'\\\\\\\\'"},
    {"r'a\\\x0a""b'", "'a\\\\\\nb'"},
    {"r'\\x'", "'\\\\x'"},
    {"r'\\N{x}'", "'\\\\N{x}'"},
    {"b''", "b''"},
    {"b'a'", "b'a'"},
    {"B'a'", "b'a'"},
    {"b'\\x00\\xff'", "b'\\x00\\xff'"},
    {"b'\\777'", "b'\\xff'"},
    {"b'\\400'", "b'\\x00'"},
    {"b'\\u1234'", "b'\\\\u1234'"},
    {"b'\\N{x}'", "b'\\\\N{x}'"},
    {"b'\\q'", "b'\\\\q'"},
    {"br'\\x'", "b'\\\\x'"},
    {"rb'\\x'", "b'\\\\x'"},
    {"Rb'x'", "b'x'"},
    {"bR'x'", "b'x'"},
    {"BR'x'", "b'x'"},
    {"b'a' b'b'", "b'ab'"},
    {"b'\\''", "b\"'\""},
    {"b'\"'", "b'\"'"},
    {"b'\\'\"'", "b'\\'\"'"},
    {"b'\\x7f\\x80'", "b'\\x7f\\x80'"},
    {"b'\\t\\n\\r'", "b'\\t\\n\\r'"},
    {"b'\\\\'", "b'\\\\'"},
    {"()", "()"},
    {"(1,)", "(1,)"},
    {"(1, 2)", "(1, 2)"},
    {"(1, 2,)", "(1, 2)"},
    {"(1)", "1"},
    {"((1))", "1"},
    {"((1,),)", "((1,),)"},
    {"[]", "[]"},
    {"[1]", "[1]"},
    {"[1,]", "[1]"},
    {"[1, 2]", "[1, 2]"},
    {"[[], [[]]]", "[[], [[]]]"},
    {"{}", "{}"},
    {"{1: 2}", "{1: 2}"},
    {"{1: 2,}", "{1: 2}"},
    {"{'a': [1, (2,)], 'b': {}}", "{'a': [1, (2,)], 'b': {}}"},
    {"{1, 2}", "{1, 2}"},
    {"{1,}", "{1}"},
    {"{1: 'a', 1: 'b'}", "{1: 'b'}"},
    {"{1: 'a', 2: 'b', 1: 'c'}", "{1: 'c', 2: 'b'}"},
    {"{1, 2, 1}", "{1, 2}"},
    {"set()", "set()"},
    {"[\x0a"" 1,\x0a"" 2,\x0a""]", "[1, 2]"},
    {"\x09""[1,\x0c""2]\x0a""", "[1, 2]"},
    {"[1, \\\x0a"" 2]", "[1, 2]"},
    {"  42  ", "42"},
};

struct ErrorCase {
    const char* literal;
    std::size_t offset;
    const char* message;
};

const ErrorCase k_error_cases[] = {
    {"", 0, "empty input: expected a Python literal"},
    {"  \n ", 0, "empty input: expected a Python literal"},
    {")", 0, "unexpected ')'"},
    {"[1, )", 4, "unexpected ')'"},
    {"[,]", 1, "unexpected ','"},
    {"(,)", 1, "unexpected ','"},
    {"[1,,]", 3, "unexpected ','"},
    {"[1 2]", 3, "expected ',' or ']' after a list element"},
    {"(1 2)", 3, "expected ',' or ')' after a tuple element"},
    {"(1, 2 3)", 6, "expected ',' or ')' after a tuple element"},
    {"{1, 2: 3}", 5, "expected ',' or '}' after a set element"},
    {"{1: 2, 3}", 8, "expected ':' after a dict key"},
    {"{1: 2 3: 4}", 6, "expected ',' or '}' after a dict entry"},
    {"[1, 2", 0, "'[' was never closed"},
    {"  (1,", 2, "'(' was never closed"},
    {"{1: ", 0, "'{' was never closed"},
    {"{'a'", 0, "'{' was never closed"},
    {"[[1], [2]", 0, "'[' was never closed"},
    {"1 2", 2, "unexpected text after the literal"},
    {"[1] []", 4, "unexpected text after the literal"},
    {"1 + 2", 2, "unexpected text after the literal"},
    {"'abc", 0, "unterminated string literal"},
    {"[1, 'abc]", 4, "unterminated string literal"},
    {"'a\nb'", 0, "unterminated string literal"},
    {"'''abc''", 0, "unterminated triple-quoted string literal"},
    {"r'\\'", 0, "unterminated string literal"},
    {"true", 0, "'true' is not a Python literal; did you mean True?"},
    {"false", 0, "'false' is not a Python literal; did you mean False?"},
    {"null", 0, "'null' is not a Python literal; did you mean None?"},
    {"none", 0, "'none' is not a Python literal; did you mean None?"},
    {"NONE", 0, "'NONE' is not a Python literal; did you mean None?"},
    {"Ture", 0, "'Ture' is not a Python literal; did you mean True?"},
    {"[1, Flase]", 4, "'Flase' is not a Python literal; did you mean False?"},
    {"Nnoe", 0, "'Nnoe' is not a Python literal; did you mean None?"},
    {"NaN", 0, "'NaN' is not a Python literal; did you mean nan?"},
    {"Infinity", 0, "'Infinity' is not a Python literal; did you mean inf?"},
    {"foo", 0, "names are not literals: 'foo'"},
    {"[x]", 1, "names are not literals: 'x'"},
    {"foo(1)", 0, "calls are not literals (only set(), frozenset(...) and float('inf'/'nan') are)"},
    {"list((1, 2))", 0, "calls are not literals (only set(), frozenset(...) and float('inf'/'nan') are)"},
    {"set([1, 2])", 0, "set(...) takes no arguments here; write {1, 2} for a set with elements"},
    {"set", 0, "names are not literals: 'set'"},
    {"float('1.5')", 0, "float(...) is only a literal as float('inf'), float('-inf') or float('nan')"},
    {"float(1)", 0, "float(...) is only a literal as float('inf'), float('-inf') or float('nan')"},
    {"frozenset('ab')", 10, "frozenset(...) takes a set, list or tuple literal, not a str"},
    {"frozenset([1], [2])", 15, "expected ')' after the argument of frozenset(...)"},
    {"frozenset([1]", 9, "'(' was never closed"},
    {"frozenset([[1]])", 10, "unhashable type 'list' cannot be a frozenset element"},
    {"{[1]}", 1, "unhashable type 'list' cannot be a set element"},
    {"{1, {2}}", 4, "unhashable type 'set' cannot be a set element"},
    {"{{}: 1}", 1, "unhashable type 'dict' cannot be a dict key"},
    {"{(1, [2]): 3}", 1, "a tuple holding unhashable type 'list' cannot be a dict key"},
    {"{1: 2, [3]: 4}", 7, "unhashable type 'list' cannot be a dict key"},
    {"1__0", 0, "invalid decimal literal: an '_' must be followed by a digit"},
    {"1_", 0, "invalid decimal literal: an '_' must be followed by a digit"},
    {"1_.5", 0, "invalid decimal literal: an '_' must be followed by a digit"},
    {"1._5", 0, "invalid decimal literal"},
    {"0x_", 0, "invalid hexadecimal literal: an '_' must be followed by a digit"},
    {"0x1_", 0, "invalid hexadecimal literal: an '_' must be followed by a digit"},
    {"0x", 0, "invalid hexadecimal literal"},
    {"0xfg", 0, "invalid hexadecimal literal"},
    {"0o8", 0, "invalid digit '8' in octal literal"},
    {"0b102", 0, "invalid digit '2' in binary literal"},
    {"012", 0, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"},
    {"0_1", 0, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"},
    {"1e", 0, "invalid decimal literal: the exponent has no digits"},
    {"1e+", 0, "invalid decimal literal: the exponent has no digits"},
    {"1e_5", 0, "invalid decimal literal: the exponent has no digits"},
    {"1abc", 0, "invalid decimal literal"},
    {"[1, 2j]", 4, "complex numbers are not supported"},
    {"1.5J", 0, "complex numbers are not supported"},
    {"--1", 0, "a unary '-' must be followed by a number"},
    {"-True", 0, "a unary '-' must be followed by a number"},
    {"+'a'", 0, "a unary '+' must be followed by a number"},
    {"-", 0, "a unary '-' must be followed by a number"},
    {"-[1]", 0, "a unary '-' must be followed by a number"},
    {"'\\x4'", 1, "truncated \\xXX escape"},
    {"b'a\\x4g'", 3, "truncated \\xXX escape"},
    {"'\\u12'", 1, "truncated \\uXXXX escape"},
    {"'\\U0001F60'", 1, "truncated \\UXXXXXXXX escape"},
    {"'\\U00110000'", 1, "illegal Unicode character in \\U escape"},
    {"'a\\N{EM DASH}'", 2, "\\N{...} escapes are not supported; write the character itself or a \\u escape"},
    {"b'caf\xc3\xa9'", 5, "bytes can only contain ASCII literal characters"},
    {"'caf\xc3'", 4, "invalid UTF-8 in a string literal"},
    {"'\xed\xa0\x80'", 1, "invalid UTF-8 in a string literal"},
    {"'\xc0\xaf'", 1, "invalid UTF-8 in a string literal"},
    {"'a' b'b'", 4, "cannot mix bytes and nonbytes literals"},
    {"b'a' 'b'", 5, "cannot mix bytes and nonbytes literals"},
    {"f'{x}'", 0, "f-strings are not literals"},
    {"[1, rf'x']", 4, "f-strings are not literals"},
    {"1 # one", 2, "comments are not allowed in a literal"},
    {"[1, *a]", 4, "unexpected character '*'"},
    {"1.0.0", 3, "unexpected text after the literal"},
    {"...", 0, "unexpected character '.'"},
    {"\xc3\xa9", 0, "unexpected character '\xc3\xa9' (U+00E9)"},
    {"\xc2\xa0" "1", 0, "unexpected character U+00A0"},
    {"\xff", 0, "invalid UTF-8: unexpected byte 0xff"},
    {"<'Foo'>", 0, "unexpected '<'"},
    {"1, 2 3", 5, "unexpected text after the literal"},
    {"1,,", 2, "unexpected ','"},
};

}  // namespace

TEST_CASE("every literal CPython accepts parses to the value CPython prints") {
    for (const auto& [literal, expected_repr] : k_cpython_cases) {
        INFO("literal: " << literal);
        CHECK(python_repr(parsed(literal)) == expected_repr);
    }
}

TEST_CASE("malformed literals are errors at the offending token, with a message that says why") {
    for (const auto& [literal, offset, message] : k_error_cases) {
        INFO("literal: " << literal);
        LiteralError error = error_of(literal);
        CHECK(error.message == message);
        CHECK(error.offset == offset);
    }
}

TEST_CASE("a null byte is an error, as in Python") {
    LiteralError error = error_of(std::string("'a\0b'", 5));
    CHECK(error.offset == 2);
    CHECK(error.message == "null bytes are not allowed in a literal (write \\x00 in a string)");
}

TEST_CASE("a top-level tuple may leave out its parentheses, as in Python") {
    CHECK(python_repr(parsed("1, 2")) == "(1, 2)");
    CHECK(python_repr(parsed("'a',")) == "('a',)");
    CHECK(python_repr(parsed("[1], (2,), 3,")) == "([1], (2,), 3)");
}

TEST_CASE("numbers keep their Python type") {
    CHECK(parsed("1").kind() == Value::Kind::integer);
    CHECK(parsed("1.0").kind() == Value::Kind::floating);
    CHECK(parsed("1e3").kind() == Value::Kind::floating);
    CHECK(parsed("-0").as_integer() == "0");
    CHECK(std::signbit(parsed("-0.0").as_float()));
    CHECK(parsed("True").kind() == Value::Kind::boolean);
}

TEST_CASE("a float too large for a double is inf and one too small is zero, as in Python") {
    CHECK(parsed("1e400").as_float() == HUGE_VAL);
    CHECK(parsed("-1e400").as_float() == -HUGE_VAL);
    CHECK(parsed("0.000001e-400").as_float() == 0.0);
    CHECK(parsed("1" + std::string(400, '0') + ".0").as_float() == HUGE_VAL);
    CHECK(parsed("0." + std::string(400, '0') + "1").as_float() == 0.0);
    CHECK(parsed("1e99999999999999999999999").as_float() == HUGE_VAL);
}

TEST_CASE("inf and nan can be written bare, negated, or as float('...')") {
    for (const char* text : {"inf", "+inf", "float('inf')", "float(\"inf\")", "float('Infinity')", "float(' inf ')"}) {
        INFO(text);
        CHECK(parsed(text).as_float() == HUGE_VAL);
    }
    for (const char* text : {"-inf", "- inf", "float('-inf')", "-float('inf')", "float('-INF',)"}) {
        INFO(text);
        CHECK(parsed(text).as_float() == -HUGE_VAL);
    }
    for (const char* text : {"nan", "-nan", "float('nan')", "float(\"NaN\")"}) {
        INFO(text);
        CHECK(std::isnan(parsed(text).as_float()));
    }
    CHECK(python_repr(parsed("[inf, -inf, nan]")) == "[inf, -inf, nan]");
}

TEST_CASE("frozenset can be written with a set, list, tuple or empty dict") {
    CHECK(python_repr(parsed("frozenset()")) == "frozenset()");
    CHECK(python_repr(parsed("frozenset({})")) == "frozenset()");
    CHECK(python_repr(parsed("frozenset({1, 2})")) == "frozenset({1, 2})");
    CHECK(python_repr(parsed("frozenset([2, 1, 2])")) == "frozenset({2, 1})");
    CHECK(python_repr(parsed("frozenset((1,),)")) == "frozenset({1})");
    CHECK(python_repr(parsed("{frozenset({1}): 'a'}")) == "{frozenset({1}): 'a'}");
    CHECK(parsed("frozenset([1])").kind() == Value::Kind::frozenset);
}

TEST_CASE("set elements keep the order they were written in") {
    CHECK(python_repr(parsed("{3, 1, 2}")) == "{3, 1, 2}");
    CHECK(python_repr(parsed("{'b', 'a', 'b'}")) == "{'b', 'a'}");
    CHECK(python_repr(parsed("{(3,), (1, 2)}")) == "{(3,), (1, 2)}");
}

TEST_CASE("set literals drop strictly equal duplicates, keeping the first") {
    CHECK(python_repr(parsed("{1, 2, 1}")) == "{1, 2}");
    CHECK(python_repr(parsed("{nan, nan}")) == "{nan}");
    CHECK(python_repr(parsed("{0.0, -0.0}")) == "{0.0}");
    // Unlike Python, True and 1 stay apart: the grader never treats them as equal.
    CHECK(python_repr(parsed("{1, True, 1.0}")) == "{1, True, 1.0}");
}

TEST_CASE("a repeated dict key keeps its first position and its last value") {
    CHECK(python_repr(parsed("{1: 'a', 2: 'b', 1: 'c'}")) == "{1: 'c', 2: 'b'}");
    CHECK(python_repr(parsed("{(1, 2): 0, (1, 2): 1}")) == "{(1, 2): 1}");
    CHECK(python_repr(parsed("{1: 'a', True: 'b'}")) == "{1: 'a', True: 'b'}");
}

TEST_CASE("with allow_opaque, <'TypeName'> is an opaque value") {
    LiteralOptions options;
    options.allow_opaque = true;
    Value value = parsed("[<'Point'>, < 'my.' \"Thing\" >]", options);
    REQUIRE(value.items().size() == 2);
    CHECK(value.items()[0].kind() == Value::Kind::opaque);
    CHECK(value.items()[0].opaque_type() == "Point");
    CHECK(python_repr(value) == "[<Point object>, <my.Thing object>]");
    CHECK(error_of("<Point>", options).message == "expected the type name as a str literal after '<'");
    CHECK(error_of("<'Point'", options).message == "expected '>' after the type name");
    CHECK(error_of("<b'Point'>", options).message == "expected the type name as a str literal after '<'");
}

TEST_CASE("nesting up to max_depth parses and deeper nesting is an error, not a crash") {
    auto nested = [](std::size_t depth, char open, char close) {
        return std::string(depth, open) + std::string(depth, close);
    };
    CHECK(parsed(nested(200, '[', ']')).kind() == Value::Kind::list);
    LiteralError error = error_of(nested(201, '[', ']'));
    CHECK(error.message == "nesting is deeper than 200 levels");
    CHECK(error.offset == 200);
    CHECK(error_of(nested(100000, '(', ')')).message == "nesting is deeper than 200 levels");
    CHECK(error_of(std::string(1000000, '{')).message == "nesting is deeper than 200 levels");
    CHECK(error_of("[" + std::string(300, '(') + "1,)").message == "nesting is deeper than 200 levels");

    LiteralOptions shallow;
    shallow.max_depth = 2;
    CHECK(python_repr(parsed("[[1], {2: 3}, (4,)]", shallow)) == "[[1], {2: 3}, (4,)]");
    CHECK(error_of("[[(1,)]]", shallow).message == "nesting is deeper than 2 levels");
    CHECK(error_of("[frozenset([1])]", shallow).message == "nesting is deeper than 2 levels");
}

TEST_CASE("large inputs parse: a 10 MB string and a list of a million ints") {
    std::string big(10'000'000, 'x');
    Value text = parsed("'" + big + "'");
    CHECK(text.as_str().size() == big.size());

    std::string list = "[";
    for (int i = 0; i < 1'000'000; ++i) list += "7,";
    list += "]";
    Value items = parsed(list);
    REQUIRE(items.items().size() == 1'000'000);
    CHECK(items.items().back().as_integer() == "7");

    std::string set = "{";
    for (int i = 0; i < 20'000; ++i) set += std::to_string(i % 10'000) + ",";
    set += "}";
    CHECK(parsed(set).items().size() == 10'000);
}

TEST_CASE("ints of any size keep every digit") {
    std::string digits(5000, '9');
    CHECK(parsed(digits).as_integer() == digits);
    CHECK(parsed("-" + digits).as_integer() == "-" + digits);
    CHECK(parsed("0x" + std::string(64, 'f')).as_integer() ==
          "115792089237316195423570985008687907853269984665640564039457584007913129639935");
    CHECK(parsed("0b1" + std::string(200, '0')).as_integer() == "1606938044258990275541962092341162602522202993782792835301376");
    CHECK(parsed("-0o0").as_integer() == "0");
}

TEST_CASE("a hexadecimal int too large to convert is an error rather than a long wait") {
    LiteralError error = error_of("[0x" + std::string(100'000, 'f') + "]");
    CHECK(error.offset == 1);
    CHECK(error.message == "integer literal is too large: more than 262144 bits");
}

TEST_CASE("str literals decode to code points, and lone surrogates from escapes are kept") {
    Value text = parsed("'a\\u00e9\xe6\x97\xa5\\U0001F600\\ud800'");
    CHECK(text.as_str() == std::u32string{U'a', 0xE9, 0x65E5, 0x1F600, 0xD800});
    CHECK(parsed("b'\\xff\\x00'").as_bytes() == std::string("\xff\0", 2));
}

TEST_CASE("the repr of a parsed value parses back to an equal value") {
    for (const char* text : {"[nan, -0.0, inf, -inf, 1e-05, 1e+16, 0.1]", "'\\ud800\\x00\\u2028\\U0001F600\"\\''",
                             "b'\\x00\\'\"\\\\'", "{frozenset({(1, 'a')}): [set(), {}, ()]}",
                             "-123456789012345678901234567890", "{'k': {1: (True, False, None)}}"}) {
        INFO(text);
        Value value = parsed(text);
        Value again = parsed(python_repr(value));
        CHECK(autograde::strictly_equal(value, again));
        CHECK(python_repr(again) == python_repr(value));
    }
}
