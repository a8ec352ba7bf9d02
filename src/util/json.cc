#include "util/json.h"

#include "util/utf8_step.h"

#include <charconv>
#include <cmath>
#include <limits>
#include <system_error>
#include <unordered_set>

namespace autograde {

namespace {

constexpr std::string_view k_replacement = k_utf8_replacement;

void append_utf8(std::string& out, char32_t code_point) {
    const auto put = [&](unsigned bits) { out.push_back(static_cast<char>(bits)); };
    if (code_point < 0x80) {
        put(code_point);
    } else if (code_point < 0x800) {
        put(0xC0 | (code_point >> 6));
        put(0x80 | (code_point & 0x3F));
    } else if (code_point < 0x10000) {
        put(0xE0 | (code_point >> 12));
        put(0x80 | ((code_point >> 6) & 0x3F));
        put(0x80 | (code_point & 0x3F));
    } else {
        put(0xF0 | (code_point >> 18));
        put(0x80 | ((code_point >> 12) & 0x3F));
        put(0x80 | ((code_point >> 6) & 0x3F));
        put(0x80 | (code_point & 0x3F));
    }
}

void write_escaped_control(std::ostream& out, unsigned char c) {
    switch (c) {
    case '\n': out << "\\n"; return;
    case '\t': out << "\\t"; return;
    case '\r': out << "\\r"; return;
    case '\b': out << "\\b"; return;
    case '\f': out << "\\f"; return;
    default: break;
    }
    constexpr std::string_view hex = "0123456789abcdef";
    out << "\\u00" << hex[c >> 4] << hex[c & 0xF];
}

}  // namespace

// ---- Writing --------------------------------------------------------------------------

void write_json_string(std::ostream& out, std::string_view text) {
    out << '"';
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '"' || c == '\\') {
            out << '\\' << text[i++];
        } else if (c < 0x20 || c == 0x7F) {
            write_escaped_control(out, c);
            ++i;
        } else {
            const Utf8Step step = next_utf8(text, i);
            out << (step.valid ? text.substr(i, step.length) : k_replacement);
            i += step.length;
        }
    }
    out << '"';
}

JsonWriter::JsonWriter(std::ostream& out, int indent) : m_out(out), m_indent(indent < 0 ? 0 : indent) {}

void JsonWriter::newline_and_indent(std::size_t depth) {
    if (m_indent == 0) return;
    m_out << '\n';
    for (std::size_t i = 0; i < depth * static_cast<std::size_t>(m_indent); ++i) m_out << ' ';
}

void JsonWriter::before_value() {
    if (m_done) throw std::logic_error("JsonWriter: a second top-level value");
    if (m_levels.empty()) return;
    Level& level = m_levels.back();
    if (level.object) {
        if (!m_after_key) throw std::logic_error("JsonWriter: a value in an object needs a key first");
        m_after_key = false;
        return;  // key() already wrote the separator and indentation
    }
    if (level.count++ > 0) m_out << ',';
    newline_and_indent(m_levels.size());
}

void JsonWriter::key(std::string_view name) {
    if (m_levels.empty() || !m_levels.back().object || m_after_key) {
        throw std::logic_error("JsonWriter: a key outside an object, or two keys in a row");
    }
    if (m_levels.back().count++ > 0) m_out << ',';
    newline_and_indent(m_levels.size());
    write_json_string(m_out, name);
    m_out << (m_indent == 0 ? ":" : ": ");
    m_after_key = true;
}

void JsonWriter::begin_object() {
    before_value();
    m_out << '{';
    m_levels.push_back({true, 0});
}

void JsonWriter::begin_array() {
    before_value();
    m_out << '[';
    m_levels.push_back({false, 0});
}

void JsonWriter::end_level(bool object) {
    if (m_levels.empty() || m_levels.back().object != object || m_after_key) {
        throw std::logic_error("JsonWriter: an end without its begin, or after a key");
    }
    const bool empty = m_levels.back().count == 0;
    m_levels.pop_back();
    if (!empty) newline_and_indent(m_levels.size());
    m_out << (object ? '}' : ']');
    if (m_levels.empty()) m_done = true;
}

void JsonWriter::end_object() { end_level(true); }
void JsonWriter::end_array() { end_level(false); }

void JsonWriter::write_scalar(std::string_view json_text) {
    before_value();
    m_out << json_text;
    if (m_levels.empty()) m_done = true;
}

void JsonWriter::value(std::string_view text) {
    before_value();
    write_json_string(m_out, text);
    if (m_levels.empty()) m_done = true;
}

void JsonWriter::value(bool b) { write_scalar(b ? "true" : "false"); }
void JsonWriter::null() { write_scalar("null"); }

void JsonWriter::value(double number) {
    if (!std::isfinite(number)) return null();
    // Integral doubles that a long long holds exactly print as integers: 3, not 3e+00.
    constexpr double k_exact_limit = 9007199254740992.0;  // 2^53
    if (number == std::trunc(number) && std::fabs(number) <= k_exact_limit) {  // -0.0 prints as 0
        return write_integer(static_cast<long long>(number));
    }
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, number);
    write_scalar(std::string_view(buffer, result.ptr));
}

void JsonWriter::write_integer(long long number) {
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, number);
    write_scalar(std::string_view(buffer, result.ptr));
}

void JsonWriter::write_unsigned(unsigned long long number) {
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, number);
    write_scalar(std::string_view(buffer, result.ptr));
}

void JsonWriter::value(const JsonValue& document) {
    switch (document.kind()) {
    case JsonValue::Kind::null: return null();
    case JsonValue::Kind::boolean: return value(document.as_bool());
    case JsonValue::Kind::number: return value(document.as_number());
    case JsonValue::Kind::string: return value(std::string_view(document.as_string()));
    case JsonValue::Kind::array:
        begin_array();
        for (const JsonValue& item : document.as_array()) value(item);
        return end_array();
    case JsonValue::Kind::object:
        begin_object();
        for (const auto& [name, item] : document.as_object()) member(name, item);
        return end_object();
    }
}

// ---- Values ---------------------------------------------------------------------------

std::string_view to_string(JsonValue::Kind kind) {
    switch (kind) {
    case JsonValue::Kind::null: return "null";
    case JsonValue::Kind::boolean: return "boolean";
    case JsonValue::Kind::number: return "number";
    case JsonValue::Kind::string: return "string";
    case JsonValue::Kind::array: return "array";
    case JsonValue::Kind::object: return "object";
    }
    return "unknown";
}

JsonValue JsonValue::boolean(bool b) {
    JsonValue v;
    v.m_kind = Kind::boolean;
    v.m_bool = b;
    return v;
}

JsonValue JsonValue::number(double d) {
    JsonValue v;
    v.m_kind = Kind::number;
    v.m_number = d;
    return v;
}

JsonValue JsonValue::string(std::string text) {
    JsonValue v;
    v.m_kind = Kind::string;
    v.m_string = std::move(text);
    return v;
}

JsonValue JsonValue::array(Array items) {
    JsonValue v;
    v.m_kind = Kind::array;
    v.m_items = std::move(items);
    return v;
}

JsonValue JsonValue::object(Object members) {
    JsonValue v;
    v.m_kind = Kind::object;
    v.m_members = std::move(members);
    return v;
}

void JsonValue::expect(Kind kind) const {
    if (m_kind != kind) {
        throw JsonError("expected a JSON " + std::string(to_string(kind)) + ", found a " +
                        std::string(to_string(m_kind)));
    }
}

bool JsonValue::as_bool() const {
    expect(Kind::boolean);
    return m_bool;
}

double JsonValue::as_number() const {
    expect(Kind::number);
    return m_number;
}

const std::string& JsonValue::as_string() const {
    expect(Kind::string);
    return m_string;
}

const JsonValue::Array& JsonValue::as_array() const {
    expect(Kind::array);
    return m_items;
}

const JsonValue::Object& JsonValue::as_object() const {
    expect(Kind::object);
    return m_members;
}

std::int64_t JsonValue::as_int64() const {
    expect(Kind::number);
    constexpr double k_limit = 9223372036854775808.0;  // 2^63
    if (m_number != std::trunc(m_number) || m_number < -k_limit || m_number >= k_limit) {
        throw JsonError("expected a JSON integer, found a number with a fraction or out of range");
    }
    return static_cast<std::int64_t>(m_number);
}

const JsonValue* JsonValue::find(std::string_view key) const {
    if (m_kind != Kind::object) return nullptr;
    for (const auto& [name, item] : m_members) {
        if (name == key) return &item;
    }
    return nullptr;
}

const JsonValue& JsonValue::at(std::string_view key) const {
    expect(Kind::object);
    if (const JsonValue* item = find(key)) return *item;
    throw JsonError("no key \"" + std::string(key) + "\" in the JSON object");
}

const JsonValue& JsonValue::at(std::size_t index) const {
    expect(Kind::array);
    if (index >= m_items.size()) {
        throw JsonError("index " + std::to_string(index) + " is out of range for a JSON array of " +
                        std::to_string(m_items.size()));
    }
    return m_items[index];
}

std::vector<std::string> JsonValue::keys() const {
    expect(Kind::object);
    std::vector<std::string> names;
    for (const auto& member : m_members) names.push_back(member.first);
    return names;
}

std::size_t JsonValue::size() const {
    if (m_kind == Kind::array) return m_items.size();
    if (m_kind == Kind::object) return m_members.size();
    return 0;
}

// ---- Parsing --------------------------------------------------------------------------

namespace {

// 1-based line and column (in bytes) of `offset` in `text`.
std::pair<int, int> line_and_column(std::string_view text, std::size_t offset) {
    int line = 1, column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

std::string parse_error_message(std::string_view text, std::size_t offset, const std::string& reason) {
    const auto [line, column] = line_and_column(text, offset);
    return "invalid JSON at line " + std::to_string(line) + ", column " + std::to_string(column) +
           " (byte " + std::to_string(offset) + "): " + reason;
}

}  // namespace

JsonParseError::JsonParseError(std::string_view text, std::size_t offset, const std::string& reason)
    : JsonError(parse_error_message(text, offset, reason)),
      m_offset(offset),
      m_line(line_and_column(text, offset).first),
      m_column(line_and_column(text, offset).second),
      m_reason(reason) {}

namespace {

// A recursive-descent reader over the whole text; m_pos is the next byte to read.
class JsonParser {
public:
    JsonParser(std::string_view text, int max_depth) : m_text(text), m_max_depth(max_depth) {}

    JsonValue parse_document() {
        JsonValue document = parse_value(0);
        skip_whitespace();
        if (m_pos < m_text.size()) fail("unexpected text after the JSON value");
        return document;
    }

private:
    [[noreturn]] void fail(const std::string& reason) const { fail_at(m_pos, reason); }
    [[noreturn]] void fail_at(std::size_t offset, const std::string& reason) const {
        throw JsonParseError(m_text, offset, reason);
    }

    bool at_end() const { return m_pos >= m_text.size(); }
    // '\0' at the end: callers compare with characters other than '\0' only, or check at_end.
    char peek() const { return at_end() ? '\0' : m_text[m_pos]; }

    void skip_whitespace() {
        while (!at_end() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r')) ++m_pos;
    }

    void expect_char(char c, const char* what) {
        skip_whitespace();
        if (peek() != c) fail(std::string("expected ") + what);
        ++m_pos;
    }

    bool accept(char c) {
        if (peek() != c) return false;
        ++m_pos;
        return true;
    }

    std::string describe_next() const {
        if (at_end()) return "the end of the input";
        const auto c = static_cast<unsigned char>(peek());
        if (c >= 0x20 && c < 0x7F) return std::string("'") + peek() + "'";
        constexpr std::string_view hex = "0123456789abcdef";
        return std::string("byte 0x") + hex[c >> 4] + hex[c & 0xF];
    }

    JsonValue parse_value(int depth) {
        skip_whitespace();
        switch (peek()) {
        case '{': return parse_object(depth + 1);
        case '[': return parse_array(depth + 1);
        case '"': return JsonValue::string(parse_string());
        case 't': return parse_literal("true", JsonValue::boolean(true));
        case 'f': return parse_literal("false", JsonValue::boolean(false));
        case 'n': return parse_literal("null", JsonValue());
        default: break;
        }
        if (peek() == '-' || (peek() >= '0' && peek() <= '9')) return parse_number();
        fail("expected a value, found " + describe_next());
    }

    JsonValue parse_literal(std::string_view word, JsonValue result) {
        if (m_text.substr(m_pos, word.size()) != word) fail("expected a value, found " + describe_next());
        m_pos += word.size();
        return result;
    }

    void enter(int depth) const {
        if (depth > m_max_depth) fail("nested deeper than " + std::to_string(m_max_depth) + " levels");
    }

    JsonValue parse_array(int depth) {
        enter(depth);
        ++m_pos;  // '['
        JsonValue::Array items;
        skip_whitespace();
        if (peek() != ']') {
            do {
                items.push_back(parse_value(depth));
                skip_whitespace();
            } while (accept(','));
        }
        expect_char(']', "',' or ']' in an array");
        return JsonValue::array(std::move(items));
    }

    JsonValue parse_object(int depth) {
        enter(depth);
        ++m_pos;  // '{'
        JsonValue::Object members;
        std::unordered_set<std::string> seen;
        skip_whitespace();
        if (peek() != '}') {
            do {
                skip_whitespace();
                const std::size_t key_offset = m_pos;
                if (peek() != '"') fail("expected a string as the object's key");
                std::string name = parse_string();
                if (!seen.insert(name).second) fail_at(key_offset, "duplicate key \"" + name + "\"");
                expect_char(':', "':' after an object key");
                JsonValue item = parse_value(depth);
                members.emplace_back(std::move(name), std::move(item));
                skip_whitespace();
            } while (accept(','));
        }
        expect_char('}', "',' or '}' in an object");
        return JsonValue::object(std::move(members));
    }

    std::size_t skip_digits() {
        const std::size_t start = m_pos;
        while (!at_end() && peek() >= '0' && peek() <= '9') ++m_pos;
        return m_pos - start;
    }

    // -? (0 | [1-9][0-9]*) (.[0-9]+)? ([eE][+-]?[0-9]+)?
    JsonValue parse_number() {
        const std::size_t start = m_pos;
        if (peek() == '-') ++m_pos;
        if (peek() == '0') {
            ++m_pos;
        } else if (skip_digits() == 0) {
            fail("expected a digit");
        }
        if (accept('.')) {
            if (skip_digits() == 0) fail("expected a digit after the decimal point");
        }
        if (accept('e') || accept('E')) {
            if (!accept('+')) accept('-');
            if (skip_digits() == 0) fail("expected a digit in the exponent");
        }
        double number = 0.0;
        const auto result = std::from_chars(m_text.data() + start, m_text.data() + m_pos, number);
        if (result.ec != std::errc()) fail_at(start, "number beyond the range of a double");
        return JsonValue::number(number);
    }

    unsigned parse_hex4() {
        if (m_pos + 4 > m_text.size()) fail("expected 4 hex digits after \\u");
        unsigned code = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = m_text[m_pos++];
            unsigned digit = 0;
            if (c >= '0' && c <= '9') digit = static_cast<unsigned>(c - '0');
            else if (c >= 'a' && c <= 'f') digit = static_cast<unsigned>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F') digit = static_cast<unsigned>(c - 'A' + 10);
            else fail_at(m_pos - 1, "expected 4 hex digits after \\u");
            code = code * 16 + digit;
        }
        return code;
    }

    // After "\u": one code point, joining a surrogate pair; a lone surrogate is U+FFFD.
    char32_t parse_unicode_escape() {
        const unsigned code = parse_hex4();
        if (code >= 0xDC00 && code <= 0xDFFF) return 0xFFFD;
        if (code < 0xD800 || code > 0xDBFF) return code;
        if (m_text.substr(m_pos, 2) != "\\u") return 0xFFFD;
        const std::size_t saved = m_pos;
        m_pos += 2;
        const unsigned low = parse_hex4();
        if (low < 0xDC00 || low > 0xDFFF) {
            m_pos = saved;  // read the next escape on its own
            return 0xFFFD;
        }
        return 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
    }

    void parse_escape(std::string& out) {
        const char c = peek();
        if (at_end()) fail("unterminated string");
        ++m_pos;
        switch (c) {
        case '"': out += '"'; return;
        case '\\': out += '\\'; return;
        case '/': out += '/'; return;
        case 'b': out += '\b'; return;
        case 'f': out += '\f'; return;
        case 'n': out += '\n'; return;
        case 'r': out += '\r'; return;
        case 't': out += '\t'; return;
        case 'u': append_utf8(out, parse_unicode_escape()); return;
        default: fail_at(m_pos - 1, "unknown escape \\" + describe_byte(c));
        }
    }

    static std::string describe_byte(char c) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x20 && u < 0x7F) return std::string(1, c);
        return "(byte " + std::to_string(u) + ")";
    }

    std::string parse_string() {
        ++m_pos;  // '"'
        std::string out;
        while (true) {
            if (at_end()) fail("unterminated string");
            const auto c = static_cast<unsigned char>(peek());
            if (accept('"')) return out;
            if (accept('\\')) {
                parse_escape(out);
            } else if (c < 0x20) {
                fail("control character in a string (it must be escaped)");
            } else {
                const Utf8Step step = next_utf8(m_text, m_pos);
                if (!step.valid) fail("invalid UTF-8 in a string");
                out.append(m_text.substr(m_pos, step.length));
                m_pos += step.length;
            }
        }
    }

    std::string_view m_text;
    int m_max_depth;
    std::size_t m_pos = 0;
};

}  // namespace

JsonValue parse_json(std::string_view text, int max_depth) {
    return JsonParser(text, max_depth).parse_document();
}

}  // namespace autograde
