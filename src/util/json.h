// A small JSON library that knows nothing of autograde (RFC 8259).
//
// JsonWriter streams a document to an std::ostream as it is built; it always writes valid
// JSON, whatever bytes its strings hold. JsonValue is a parsed document: parse_json reads
// one strictly, keeps the key order of objects and never recurses deeper than a limit, so
// hostile input can neither crash nor exhaust the stack.
#pragma once

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace autograde {

class JsonValue;

// Builds one JSON document on `out`, in order: begin_object, key, value, ..., end_object.
//
// Pretty-printed with `indent` spaces a level (0: all on one line, without spaces);
// empty arrays and objects print as [] and {}. No newline is written after the document.
// Strings are UTF-8: valid sequences pass through, each invalid one becomes U+FFFD, '"'
// and '\' are escaped, control characters print as \n, \t, \r, \b, \f or \u00XX.
// Numbers: an integral double prints without decimals (3, not 3.0), any other with the
// shortest digits that read back to the same double (0.1, 1e+300); NaN and infinities,
// which JSON cannot hold, print as null.
// Misuse (a value in an object without a key, an unbalanced end, a second top-level
// value) throws std::logic_error: it is a bug in the caller.
class JsonWriter {
public:
    explicit JsonWriter(std::ostream& out, int indent = 2);

    void begin_object();
    void end_object();
    void begin_array();
    void end_array();
    void key(std::string_view name);  // inside an object, before each value

    void value(std::string_view text);
    void value(const char* text) { value(std::string_view(text)); }
    void value(bool b);
    void value(double number);
    template <std::integral T>
        requires(!std::same_as<T, bool> && !std::same_as<T, char>)
    void value(T number) {
        if constexpr (std::signed_integral<T>) {
            write_integer(static_cast<long long>(number));
        } else {
            write_unsigned(static_cast<unsigned long long>(number));
        }
    }
    void null();
    void value(const JsonValue& document);  // writes a parsed document back out

    // key(name) then value(v).
    template <typename T>
    void member(std::string_view name, const T& v) {
        key(name);
        value(v);
    }

    // True once the top-level value is complete.
    bool done() const { return m_done; }

private:
    struct Level {
        bool object = false;
        std::size_t count = 0;  // values written at this level
    };

    void before_value();     // separator, newline and indentation before a value
    void write_scalar(std::string_view json_text);  // a number or literal, already formatted
    void write_integer(long long number);
    void write_unsigned(unsigned long long number);
    void newline_and_indent(std::size_t depth);
    void end_level(bool object);

    std::ostream& m_out;
    int m_indent;
    std::vector<Level> m_levels;
    bool m_after_key = false;
    bool m_done = false;
};

// Writes `text` as a quoted JSON string, escaped as described for JsonWriter.
void write_json_string(std::ostream& out, std::string_view text);

// Bad use of a JsonValue: asking a number for a string, a missing key, an index out of range.
class JsonError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Input that is not JSON. what() reads "invalid JSON at line 1, column 5 (byte 4): ...".
class JsonParseError : public JsonError {
public:
    JsonParseError(std::string_view text, std::size_t offset, const std::string& reason);
    std::size_t offset() const { return m_offset; }  // 0-based, in bytes
    int line() const { return m_line; }              // 1-based
    int column() const { return m_column; }          // 1-based, in bytes
    const std::string& reason() const { return m_reason; }

private:
    std::size_t m_offset;
    int m_line;
    int m_column;
    std::string m_reason;
};

// One JSON value. Objects keep their keys in document order; duplicate keys are refused
// by the parser. Numbers are doubles (integers beyond 2^53 lose precision).
class JsonValue {
public:
    enum class Kind { null, boolean, number, string, array, object };
    using Array = std::vector<JsonValue>;
    using Member = std::pair<std::string, JsonValue>;
    using Object = std::vector<Member>;

    JsonValue() = default;  // null
    static JsonValue boolean(bool b);
    static JsonValue number(double d);
    static JsonValue string(std::string text);  // UTF-8
    static JsonValue array(Array items);
    static JsonValue object(Object members);

    Kind kind() const { return m_kind; }
    bool is_null() const { return m_kind == Kind::null; }

    // Each throws JsonError when the value is of another kind.
    bool as_bool() const;
    double as_number() const;
    std::int64_t as_int64() const;  // also throws when not an integer in range
    const std::string& as_string() const;
    const Array& as_array() const;
    const Object& as_object() const;

    // Objects: the value of `key`; nullptr when absent or when this is not an object.
    const JsonValue* find(std::string_view key) const;
    // Objects: the value of `key`; throws JsonError when absent or not an object.
    const JsonValue& at(std::string_view key) const;
    // Arrays: the item at `index`; throws JsonError when out of range or not an array.
    const JsonValue& at(std::size_t index) const;
    std::vector<std::string> keys() const;  // objects, in order; throws otherwise
    std::size_t size() const;               // items or members; 0 for scalars

    friend bool operator==(const JsonValue& a, const JsonValue& b) = default;

private:
    void expect(Kind kind) const;

    Kind m_kind = Kind::null;
    bool m_bool = false;
    double m_number = 0.0;
    std::string m_string;
    Array m_items;
    Object m_members;
};

// "null", "boolean", "number", "string", "array", "object".
std::string_view to_string(JsonValue::Kind kind);

inline constexpr int k_json_default_max_depth = 200;

// Parses exactly one JSON document (whitespace around it allowed). Strict RFC 8259: no
// comments, no trailing commas, no NaN; strings must be valid UTF-8 (an escaped lone
// surrogate reads as U+FFFD). Arrays and objects nested deeper than `max_depth` are
// refused, and so are numbers beyond the range of a double. Throws JsonParseError.
JsonValue parse_json(std::string_view text, int max_depth = k_json_default_max_depth);

}  // namespace autograde
