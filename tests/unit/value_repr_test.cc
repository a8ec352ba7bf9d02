// The value model (value/value.h): python_repr prints what CPython 3.11 prints, and
// strictly_equal is type-strict all the way down.
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "value/value.h"

using autograde::python_repr;
using autograde::strictly_equal;
using autograde::to_utf8;
using autograde::Value;

namespace {

Value int_(std::int64_t n) { return Value::integer(n); }
Value str_(std::string_view utf8) { return Value::str_utf8(utf8); }

struct FloatCase {
    double value;
    const char* python_repr;
};

// Generated with CPython 3.11: the value as float.hex(), then repr(value).
const FloatCase k_float_cases[] = {
    {0.0, "0.0"},
    {-0.0, "-0.0"},
    {0x1p+0, "1.0"},
    {-0x1p+0, "-1.0"},
    {0x1.8000000000000p+0, "1.5"},
    {0x1.999999999999ap-4, "0.1"},
    {0x1.3333333333334p-2, "0.30000000000000004"},
    {0x1.9000000000000p+6, "100.0"},
    {0x1.1c37937e08000p+53, "1e+16"},
    {0x1.c6bf526340000p+49, "1000000000000000.0"},
    {0x1.1c37937e07fffp+53, "9999999999999998.0"},
    {0x1.4f8b588e368f1p-17, "1e-05"},
    {0x1.a36e2eb1c432dp-14, "0.0001"},
    {0x1.f75104d551d69p-14, "0.00012"},
    {0x1.421f5f40d8376p-23, "1.5e-07"},
    {0x0.0000000000001p-1022, "5e-324"},
    {0x1.fffffffffffffp+1023, "1.7976931348623157e+308"},
    {0x1p-1022, "2.2250738585072014e-308"},
    {0x1.b69b4ba630f35p+56, "1.2345678901234568e+17"},
    {0x1.18b54f22aeb00p+50, "1234567890123456.0"},
    {0x1.5ee2a2eb5a5c4p+53, "1.2345678901234568e+16"},
    {0x1.52d02c7e14af6p+74, "2.5e+22"},
    {0x1.0f0cf064dd592p+73, "1e+22"},
    {0x1.249ad2594c37dp+332, "1e+100"},
    {-0x1.bff2ee48e0530p-333, "-1e-100"},
    {0x1.921fb54442d18p+1, "3.141592653589793"},
    {0x1.0624dd2f1a9fcp-10, "0.001"},
    {0x1.b1ae4d6e2ef50p+69, "1e+21"},
    {0x1.a36e2eb1c432cp-14, "9.999999999999999e-05"},
    {0x1.5555555555555p-2, "0.3333333333333333"},
    {0x1.5555555555555p-1, "0.6666666666666666"},
    {0x1.52d02c7e14af6p+76, "1e+23"},
    {0x1.edd2f1a9fbe77p+6, "123.456"},
    {-0x1.c12216116c000p+46, "-123456780000000.0"},
    {0x1.1666666666666p+2, "4.35"},
    {0x1.a36e2eb1c432dp-15, "5e-05"},
};

struct StrCase {
    std::vector<char32_t> code_points;
    const char* python_repr;
};

// Generated with CPython 3.11: the str's code points, then repr(str).
const StrCase k_str_cases[] = {
    {{}, "''"},
    {{0x61}, "'a'"},
    {{0x69, 0x74, 0x27, 0x73}, "\"it's\""},
    {{0x73, 0x61, 0x79, 0x20, 0x22, 0x68, 0x69, 0x22}, "'say \"hi\"'"},
    {{0x62, 0x6f, 0x74, 0x68, 0x20, 0x27, 0x20, 0x61, 0x6e, 0x64, 0x20, 0x22}, "'both \\' and \"'"},
    {{0x62, 0x61, 0x63, 0x6b, 0x5c, 0x73, 0x6c, 0x61, 0x73, 0x68}, "'back\\\\slash'"},
    {{0x74, 0x61, 0x62, 0x9, 0x6e, 0x65, 0x77, 0xa, 0x6c, 0x69, 0x6e, 0x65, 0xd, 0x63, 0x72}, "'tab\\tnew\\nline\\rcr'"},
    {{0x0, 0x1, 0x1f, 0x7f}, "'\\x00\\x01\\x1f\\x7f'"},
    {{0x80, 0x9f, 0xa0, 0xad, 0xe9, 0xff}, "'\\x80\\x9f\\xa0\\xad\xc3""\xa9""\xc3""\xbf""'"},
    {{0x100, 0x20ac, 0x2028, 0x200b, 0xfeff, 0xffff}, "'\xc4""\x80""\xe2""\x82""\xac""\\u2028\\u200b\\ufeff\\uffff'"},
    {{0x1f600, 0xe0001, 0x10ffff, 0xf0000}, "'\xf0""\x9f""\x98""\x80""\\U000e0001\\U0010ffff\\U000f0000'"},
    {{0xd800, 0xdfff}, "'\\ud800\\udfff'"},
    {{0x65e5, 0x672c, 0x8a9e}, "'\xe6""\x97""\xa5""\xe6""\x9c""\xac""\xe8""\xaa""\x9e""'"},
    {{0x20}, "' '"},
    {{0x3000}, "'\\u3000'"},
    {{0x378}, "'\\u0378'"},
    {{0x27, 0x22}, "'\\'\"'"},
    {{0x5c, 0x27}, "\"\\\\'\""},
};

struct BytesCase {
    std::vector<unsigned char> bytes;
    const char* python_repr;
};

// Generated with CPython 3.11: the bytes, then repr(bytes).
const BytesCase k_bytes_cases[] = {
    {{}, "b''"},
    {{0x61, 0x62, 0x63}, "b'abc'"},
    {{0x69, 0x74, 0x27, 0x73}, "b\"it's\""},
    {{0x22}, "b'\"'"},
    {{0x27, 0x22}, "b'\\'\"'"},
    {{0x0, 0x7f, 0x80, 0xff}, "b'\\x00\\x7f\\x80\\xff'"},
    {{0x9, 0xa, 0xd, 0x5c}, "b'\\t\\n\\r\\\\'"},
    {{0x20, 0x7e}, "b' ~'"},
};

}  // namespace

TEST_CASE("floats print with the shortest digits that round-trip, in Python's notation") {
    for (const auto& [value, expected] : k_float_cases) {
        INFO("expected " << expected);
        CHECK(python_repr(Value::floating(value)) == expected);
    }
    CHECK(python_repr(Value::floating(std::numeric_limits<double>::infinity())) == "inf");
    CHECK(python_repr(Value::floating(-std::numeric_limits<double>::infinity())) == "-inf");
    CHECK(python_repr(Value::floating(std::numeric_limits<double>::quiet_NaN())) == "nan");
    CHECK(python_repr(Value::floating(-std::numeric_limits<double>::quiet_NaN())) == "nan");
}

TEST_CASE("str prints with Python's quotes and escapes, non-printable code points escaped") {
    for (const auto& [code_points, expected] : k_str_cases) {
        INFO("expected " << expected);
        CHECK(python_repr(Value::str(std::u32string(code_points.begin(), code_points.end()))) == expected);
    }
}

TEST_CASE("bytes print as b'...' with non-printable bytes as \\xNN") {
    for (const auto& [bytes, expected] : k_bytes_cases) {
        INFO("expected " << expected);
        CHECK(python_repr(Value::bytes(std::string(bytes.begin(), bytes.end()))) == expected);
    }
}

TEST_CASE("scalars print as Python prints them") {
    CHECK(python_repr(Value::none()) == "None");
    CHECK(python_repr(Value::boolean(true)) == "True");
    CHECK(python_repr(Value::boolean(false)) == "False");
    CHECK(python_repr(int_(-42)) == "-42");
    CHECK(python_repr(Value::integer("123456789012345678901234567890")) == "123456789012345678901234567890");
    CHECK(python_repr(Value::opaque("Point")) == "<Point object>");
}

TEST_CASE("ints are stored in canonical decimal form") {
    CHECK(Value::integer("007").as_integer() == "7");
    CHECK(Value::integer("-0").as_integer() == "0");
    CHECK(Value::integer("+5").as_integer() == "5");
    CHECK(Value::integer("-000120").as_integer() == "-120");
    CHECK(Value::integer(std::numeric_limits<std::int64_t>::min()).as_integer() == "-9223372036854775808");
    CHECK_THROWS_AS(Value::integer("12a"), std::invalid_argument);
    CHECK_THROWS_AS(Value::integer("-"), std::invalid_argument);
}

TEST_CASE("containers print as Python prints them, in the order they were given") {
    CHECK(python_repr(Value::list({})) == "[]");
    CHECK(python_repr(Value::list({int_(1), str_("a")})) == "[1, 'a']");
    CHECK(python_repr(Value::tuple({})) == "()");
    CHECK(python_repr(Value::tuple({int_(1)})) == "(1,)");
    CHECK(python_repr(Value::tuple({int_(1), int_(2)})) == "(1, 2)");
    CHECK(python_repr(Value::set({})) == "set()");
    CHECK(python_repr(Value::set({int_(3), int_(1)})) == "{3, 1}");
    CHECK(python_repr(Value::frozenset({})) == "frozenset()");
    CHECK(python_repr(Value::frozenset({int_(1), int_(2)})) == "frozenset({1, 2})");
    CHECK(python_repr(Value::dict({})) == "{}");
    CHECK(python_repr(Value::dict({{int_(1), str_("a")}})) == "{1: 'a'}");
    CHECK(python_repr(Value::dict({{str_("b"), Value::list({})}, {str_("a"), Value::tuple({Value::none()})}})) ==
          "{'b': [], 'a': (None,)}");
    CHECK(python_repr(Value::list({Value::tuple({Value::tuple({int_(1)})}), Value::set({Value::frozenset({})})})) ==
          "[((1,),), {frozenset()}]");
}

TEST_CASE("a dict gives its entries as key and value pairs") {
    Value dict = Value::dict({{int_(1), str_("a")}, {int_(2), str_("b")}});
    CHECK(dict.size() == 2);
    auto entries = dict.entries();
    REQUIRE(entries.size() == 2);
    CHECK(python_repr(*entries[1].first) == "2");
    CHECK(python_repr(*entries[1].second) == "'b'");
    CHECK(int_(1).entries().empty());
    CHECK(int_(1).size() == 0);
    CHECK(Value::list({int_(1), int_(2), int_(3)}).size() == 3);
}

TEST_CASE("type names are Python's") {
    CHECK(Value::none().type_name() == "NoneType");
    CHECK(Value::boolean(true).type_name() == "bool");
    CHECK(int_(1).type_name() == "int");
    CHECK(Value::floating(1).type_name() == "float");
    CHECK(str_("").type_name() == "str");
    CHECK(Value::bytes("").type_name() == "bytes");
    CHECK(Value::list({}).type_name() == "list");
    CHECK(Value::tuple({}).type_name() == "tuple");
    CHECK(Value::dict({}).type_name() == "dict");
    CHECK(Value::set({}).type_name() == "set");
    CHECK(Value::frozenset({}).type_name() == "frozenset");
    CHECK(Value::opaque("mod.Thing").type_name() == "mod.Thing");
}

TEST_CASE("True is not 1, 1 is not 1.0, and None is only None") {
    CHECK_FALSE(strictly_equal(Value::boolean(true), int_(1)));
    CHECK_FALSE(strictly_equal(int_(1), Value::floating(1.0)));
    CHECK_FALSE(strictly_equal(Value::boolean(false), Value::none()));
    CHECK_FALSE(strictly_equal(str_("a"), Value::bytes("a")));
    CHECK(strictly_equal(Value::none(), Value::none()));
    CHECK(strictly_equal(int_(10), Value::integer("10")));
    CHECK_FALSE(strictly_equal(int_(10), int_(11)));
    CHECK(strictly_equal(str_("\xc3\xa9"), Value::str(U"\u00e9")));
}

TEST_CASE("a tuple is never strictly equal to a list, nor a list to one in another order") {
    CHECK_FALSE(strictly_equal(Value::tuple({int_(1), int_(2)}), Value::list({int_(1), int_(2)})));
    CHECK(strictly_equal(Value::list({int_(1), int_(2)}), Value::list({int_(1), int_(2)})));
    CHECK_FALSE(strictly_equal(Value::list({int_(1), int_(2)}), Value::list({int_(2), int_(1)})));
    CHECK_FALSE(strictly_equal(Value::list({int_(1)}), Value::list({int_(1), int_(1)})));
    CHECK_FALSE(strictly_equal(Value::list({int_(1)}), Value::list({Value::boolean(true)})));
}

TEST_CASE("a set is not equal to a frozenset, and sets ignore order") {
    CHECK_FALSE(strictly_equal(Value::set({int_(1)}), Value::frozenset({int_(1)})));
    CHECK(strictly_equal(Value::set({int_(1), int_(2)}), Value::set({int_(2), int_(1)})));
    CHECK_FALSE(strictly_equal(Value::set({int_(1), int_(2)}), Value::set({int_(1), int_(3)})));
    CHECK_FALSE(strictly_equal(Value::set({int_(1)}), Value::set({Value::boolean(true)})));
    CHECK(strictly_equal(Value::set({Value::tuple({int_(1), Value::frozenset({int_(2), int_(3)})})}),
                         Value::set({Value::tuple({int_(1), Value::frozenset({int_(3), int_(2)})})})));
}

TEST_CASE("large sets compare in any order") {
    std::vector<Value> forward, backward;
    for (int i = 0; i < 10000; ++i) forward.push_back(int_(i));
    for (int i = 9999; i >= 0; --i) backward.push_back(int_(i));
    CHECK(strictly_equal(Value::set(forward), Value::set(backward)));
    backward.back() = int_(-1);
    CHECK_FALSE(strictly_equal(Value::set(forward), Value::set(backward)));
}

TEST_CASE("dicts ignore order but compare keys and values strictly") {
    Value ab = Value::dict({{str_("a"), int_(1)}, {str_("b"), int_(2)}});
    Value ba = Value::dict({{str_("b"), int_(2)}, {str_("a"), int_(1)}});
    CHECK(strictly_equal(ab, ba));
    CHECK_FALSE(strictly_equal(ab, Value::dict({{str_("a"), int_(1)}, {str_("b"), Value::floating(2)}})));
    CHECK_FALSE(strictly_equal(Value::dict({{int_(1), int_(1)}}), Value::dict({{Value::boolean(true), int_(1)}})));
    CHECK_FALSE(strictly_equal(ab, Value::dict({{str_("a"), int_(1)}})));
    CHECK_FALSE(strictly_equal(Value::dict({{str_("a"), int_(1)}}), Value::list({str_("a")})));
}

TEST_CASE("nan equals nan and 0.0 equals -0.0, in containers too") {
    Value nan = Value::floating(std::numeric_limits<double>::quiet_NaN());
    CHECK(strictly_equal(nan, nan));
    CHECK(strictly_equal(Value::floating(0.0), Value::floating(-0.0)));
    CHECK(strictly_equal(Value::list({nan}), Value::list({nan})));
    CHECK(strictly_equal(Value::set({nan, Value::floating(0.0)}), Value::set({Value::floating(-0.0), nan})));
    CHECK(strictly_equal(Value::dict({{nan, int_(1)}}), Value::dict({{nan, int_(1)}})));
    CHECK_FALSE(strictly_equal(nan, Value::floating(1.0)));
}

TEST_CASE("an opaque value is never equal to anything, itself included") {
    Value thing = Value::opaque("Thing");
    CHECK_FALSE(strictly_equal(thing, thing));
    CHECK_FALSE(strictly_equal(thing, Value::opaque("Thing")));
    CHECK_FALSE(strictly_equal(Value::list({thing}), Value::list({thing})));
    CHECK_FALSE(strictly_equal(Value::set({thing}), Value::set({thing})));
}

TEST_CASE("str values round-trip through UTF-8, lone surrogates included") {
    std::u32string text = {U'a', 0xE9, 0x20AC, 0x1F600, 0xD800};
    std::string utf8 = to_utf8(text);
    CHECK(utf8 == "a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\xed\xa0\x80");
    CHECK(Value::str_utf8(utf8).as_str() == text);
    CHECK(Value::str_utf8("a\xff" "b").as_str() == U"a\uFFFDb");
}
