#include "value/literal_lexer.h"

#include <cstdio>
#include <cstring>

#include "value/unicode_printable.h"
#include "value/utf8.h"

namespace autograde {
namespace {

constexpr std::string_view k_punctuation = "()[]{},:<>+-";

bool is_name_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool is_decimal(char c) { return c >= '0' && c <= '9'; }
bool is_name_char(char c) { return is_name_start(c) || is_decimal(c); }

bool is_digit_of(char c, int radix) {
    if (radix == 16) return is_decimal(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    return c >= '0' && c < '0' + radix;
}

// Letters, digits, '_' or a non-ASCII byte glued to a number make it invalid ("1a", "0x1g").
bool continues_a_word(char c) { return is_name_char(c) || static_cast<unsigned char>(c) >= 0x80; }

std::string lowercase(std::string_view text) {
    std::string lower(text);
    for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return lower;
}

bool is_string_prefix(std::string_view name) {
    std::string lower = lowercase(name);
    return lower == "r" || lower == "u" || lower == "b" || lower == "br" || lower == "rb";
}

bool is_format_string_prefix(std::string_view name) {
    std::string lower = lowercase(name);
    return lower == "f" || lower == "rf" || lower == "fr";
}

std::string code_point_label(char32_t c) {
    char label[16];
    std::snprintf(label, sizeof label, "U+%04X", static_cast<unsigned>(c));
    return label;
}

}  // namespace

const Token& LiteralLexer::peek() {
    if (!m_peeked) m_peeked = scan();
    return *m_peeked;
}

Token LiteralLexer::next() {
    Token token = peek();
    m_peeked.reset();
    return token;
}

bool LiteralLexer::peek_is(char punctuation) {
    const Token& token = peek();
    return token.kind == TokenKind::punctuation && token.punctuation == punctuation;
}

void LiteralLexer::skip_whitespace() {
    while (m_pos < m_source.size()) {
        char c = m_source[m_pos];
        if (c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r') {
            ++m_pos;
        } else if (c == '\\' && m_source.substr(m_pos + 1, 1).find_first_of("\r\n") == 0) {
            m_pos += m_source.substr(m_pos + 1, 2) == "\r\n" ? 3 : 2;  // a line continuation
        } else {
            return;
        }
    }
}

Token LiteralLexer::scan() {
    skip_whitespace();
    Token token;
    token.offset = m_pos;
    if (m_pos >= m_source.size()) return token;  // TokenKind::end
    char c = m_source[m_pos];
    bool starts_fraction = c == '.' && m_pos + 1 < m_source.size() && is_decimal(m_source[m_pos + 1]);
    if (is_decimal(c) || starts_fraction) return scan_number();
    if (c == '\'' || c == '"') return scan_string(m_pos, m_pos);
    if (is_name_start(c)) return scan_name();
    if (k_punctuation.find(c) == std::string_view::npos) fail_unexpected_character();
    token.kind = TokenKind::punctuation;
    token.punctuation = c;
    token.text = m_source.substr(m_pos++, 1);
    return token;
}

Token LiteralLexer::scan_name() {
    std::size_t start = m_pos;
    while (m_pos < m_source.size() && is_name_char(m_source[m_pos])) ++m_pos;
    std::string_view name = m_source.substr(start, m_pos - start);
    bool quote_follows = m_pos < m_source.size() && (m_source[m_pos] == '\'' || m_source[m_pos] == '"');
    if (quote_follows && is_string_prefix(name)) return scan_string(start, m_pos);
    if (quote_follows && is_format_string_prefix(name)) {
        throw LiteralFailure{start, "f-strings are not literals"};
    }
    Token token;
    token.kind = TokenKind::name;
    token.offset = start;
    token.text = name;
    return token;
}

// A string from its prefix (at `start`) to its closing quote. A backslash always hides the
// next character from the search for the closing quote, in raw strings too, as in Python.
Token LiteralLexer::scan_string(std::size_t start, std::size_t prefix_end) {
    std::string prefix = lowercase(m_source.substr(start, prefix_end - start));
    char quote = m_source[prefix_end];
    bool triple = m_source.substr(prefix_end, 3) == std::string(3, quote);
    std::size_t quote_length = triple ? 3 : 1;
    std::size_t body_start = prefix_end + quote_length;
    std::size_t pos = body_start;
    for (;;) {
        if (pos >= m_source.size()) {
            throw LiteralFailure{start, triple ? "unterminated triple-quoted string literal" : "unterminated string literal"};
        }
        char c = m_source[pos];
        if (c == '\\') {
            pos += m_source.substr(pos + 1, 2) == "\r\n" ? 3 : 2;
        } else if (!triple && (c == '\n' || c == '\r')) {
            throw LiteralFailure{start, "unterminated string literal"};
        } else if (c == quote && (!triple || m_source.substr(pos, 3) == std::string(3, quote))) {
            break;
        } else {
            ++pos;
        }
    }
    Token token;
    token.kind = TokenKind::string;
    token.offset = start;
    token.text = m_source.substr(start, pos + quote_length - start);
    token.string.bytes = prefix.find('b') != std::string::npos;
    token.string.raw = prefix.find('r') != std::string::npos;
    token.string.body_offset = body_start;
    token.string.body = m_source.substr(body_start, pos - body_start);
    m_pos = pos + quote_length;
    return token;
}

// Python's number grammar: 0x/0o/0b digits with '_' before any digit; otherwise digits
// with '_' only between digits, an optional fraction and an optional exponent. Letters or
// digits glued to the end make the whole number invalid ("1a", "0x1g", "0b12").
Token LiteralLexer::scan_number() {
    std::size_t start = m_pos;
    Token token;
    token.kind = TokenKind::number;
    token.offset = start;
    char marker = m_pos + 1 < m_source.size() && m_source[m_pos] == '0' ? m_source[m_pos + 1] : '\0';
    bool radix_int = marker != '\0' && std::strchr("xXoObB", marker) != nullptr;
    std::string_view radix_name = radix_int ? scan_radix_int(start) : "decimal";
    if (!radix_int) token.number = scan_decimal_number(start);
    else token.number = NumberForm::radix_int;
    if (m_pos < m_source.size() && continues_a_word(m_source[m_pos])) {
        throw LiteralFailure{start, "invalid " + std::string(radix_name) + " literal"};
    }
    token.text = m_source.substr(start, m_pos - start);
    if (token.number == NumberForm::decimal_int) {
        std::size_t nonzero = token.text.find_first_not_of("0_");
        if (token.text[0] == '0' && nonzero != std::string_view::npos) {
            throw LiteralFailure{start, "leading zeros in decimal integer literals are not permitted; "
                                        "use an 0o prefix for octal integers"};
        }
    }
    return token;
}

// 0x.., 0o.., 0b..: returns the radix's name for messages.
std::string_view LiteralLexer::scan_radix_int(std::size_t start) {
    char marker = m_source[m_pos + 1];
    int radix = marker == 'x' || marker == 'X' ? 16 : marker == 'o' || marker == 'O' ? 8 : 2;
    std::string_view radix_name = radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary";
    m_pos += 2;
    auto fail_on_decimal_digit = [&] {
        if (m_pos < m_source.size() && is_decimal(m_source[m_pos]) && !is_digit_of(m_source[m_pos], radix)) {
            throw LiteralFailure{start, "invalid digit '" + std::string(1, m_source[m_pos]) + "' in " +
                                            std::string(radix_name) + " literal"};
        }
    };
    fail_on_decimal_digit();  // 0o8
    scan_digits(start, radix, radix_name);
    fail_on_decimal_digit();  // 0b102
    return radix_name;
}

// Digits, then an optional fraction and exponent; a number starting with '.' has a fraction.
NumberForm LiteralLexer::scan_decimal_number(std::size_t start) {
    auto at = [this](auto predicate) { return m_pos < m_source.size() && predicate(m_source[m_pos]); };
    bool is_float = false;
    if (at(is_decimal)) scan_digits(start, 10, "decimal");
    if (at([](char c) { return c == '.'; })) {
        is_float = true;
        ++m_pos;
        if (at(is_decimal)) scan_digits(start, 10, "decimal");
    }
    if (at([](char c) { return c == 'e' || c == 'E'; })) {
        is_float = true;
        ++m_pos;
        if (at([](char c) { return c == '+' || c == '-'; })) ++m_pos;
        if (!at(is_decimal)) throw LiteralFailure{start, "invalid decimal literal: the exponent has no digits"};
        scan_digits(start, 10, "decimal");
    }
    if (at([](char c) { return c == 'j' || c == 'J'; })) throw LiteralFailure{start, "complex numbers are not supported"};
    return is_float ? NumberForm::floating : NumberForm::decimal_int;
}

// One or more digits of `radix`, each optionally preceded by a single '_'.
void LiteralLexer::scan_digits(std::size_t start, int radix, std::string_view literal_name) {
    bool any = false;
    while (m_pos < m_source.size()) {
        if (m_source[m_pos] == '_') {
            ++m_pos;
            if (m_pos >= m_source.size() || !is_digit_of(m_source[m_pos], radix)) {
                throw LiteralFailure{start, "invalid " + std::string(literal_name) +
                                                " literal: an '_' must be followed by a digit"};
            }
        } else if (!is_digit_of(m_source[m_pos], radix)) {
            break;
        }
        ++m_pos;
        any = true;
    }
    if (!any) throw LiteralFailure{start, "invalid " + std::string(literal_name) + " literal"};
}

void LiteralLexer::fail_unexpected_character() const {
    char c = m_source[m_pos];
    if (c == '#') throw LiteralFailure{m_pos, "comments are not allowed in a literal"};
    if (c > ' ' && c < 0x7F) throw LiteralFailure{m_pos, "unexpected character '" + std::string(1, c) + "'"};
    std::size_t end = m_pos;
    auto code_point = decode_utf8_at(m_source, end);
    if (!code_point) {
        char byte[8];
        std::snprintf(byte, sizeof byte, "0x%02x", static_cast<unsigned>(static_cast<unsigned char>(c)));
        throw LiteralFailure{m_pos, std::string("invalid UTF-8: unexpected byte ") + byte};
    }
    std::string message = "unexpected character ";
    if (*code_point >= 0x80 && is_printable_code_point(*code_point)) {
        message += "'" + std::string(m_source.substr(m_pos, end - m_pos)) + "' (" + code_point_label(*code_point) + ")";
    } else {
        message += code_point_label(*code_point);
    }
    throw LiteralFailure{m_pos, message};
}

}  // namespace autograde
