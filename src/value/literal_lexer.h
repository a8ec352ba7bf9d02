// The tokens of a Python literal (literal.h) and the lexer that finds them. The lexer
// checks the shape of each token (a number's digits and underscores, a string's prefix
// and closing quote); literal_scalars.h turns number and string tokens into values.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace autograde {

// Why a literal is rejected, thrown inside the parser and returned as a LiteralError.
struct LiteralFailure {
    std::size_t offset = 0;  // byte offset of the offending token or character
    std::string message;
};

enum class TokenKind { end, punctuation, name, number, string };

enum class NumberForm { decimal_int, radix_int, floating };

struct StringForm {
    bool bytes = false;
    bool raw = false;
    std::size_t body_offset = 0;  // in the source: the first byte after the opening quote(s)
    std::string_view body;        // between the quotes, escapes not yet processed
};

struct Token {
    TokenKind kind = TokenKind::end;
    std::size_t offset = 0;   // byte offset of the token's first byte
    std::string_view text;    // the token as written (a string with its prefix and quotes)
    char punctuation = 0;     // for TokenKind::punctuation: one of ()[]{},:<>+-
    NumberForm number = NumberForm::decimal_int;
    StringForm string;
};

// Splits the source into tokens, skipping whitespace (space, tab, form feed, newlines and
// backslash-newline continuations) between them. Throws LiteralFailure for a malformed
// token. Tokens view the source, which must outlive them.
class LiteralLexer {
public:
    explicit LiteralLexer(std::string_view source) : m_source(source) {}

    const Token& peek();  // the next token, not consumed
    Token next();         // the next token, consumed; at the end, TokenKind::end forever

    bool peek_is(char punctuation);  // the next token is this punctuation

private:
    Token scan();
    void skip_whitespace();
    Token scan_name();
    Token scan_string(std::size_t start, std::size_t prefix_end);
    Token scan_number();
    std::string_view scan_radix_int(std::size_t start);
    NumberForm scan_decimal_number(std::size_t start);
    void scan_digits(std::size_t start, int radix, std::string_view literal_name);
    [[noreturn]] void fail_unexpected_character() const;

    std::string_view m_source;
    std::size_t m_pos = 0;
    std::optional<Token> m_peeked;
};

}  // namespace autograde
