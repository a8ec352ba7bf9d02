// A recursive-descent parser over the tokens of literal_lexer.h. Recursion goes one level
// per open bracket and is capped by LiteralOptions::max_depth; everything else is a loop, so
// time and memory grow linearly with the input (set and dict literals hash their keys).
#include "value/literal.h"

#include <limits>
#include <optional>
#include <unordered_map>

#include "value/literal_lexer.h"
#include "value/literal_scalars.h"
#include "value/literal_words.h"
#include "value/value_hash.h"

namespace autograde {
namespace {

constexpr std::string_view k_calls_message =
    "calls are not literals (only set(), frozenset(...) and float('inf'/'nan') are)";

// The list, dict or set that makes a value unhashable (itself, or one inside a tuple).
const Value* unhashable_part(const Value& value) {
    switch (value.kind()) {
    case Value::Kind::list:
    case Value::Kind::dict:
    case Value::Kind::set: return &value;
    case Value::Kind::tuple:
        for (const Value& item : value.items()) {
            if (const Value* part = unhashable_part(item)) return part;
        }
        return nullptr;
    default: return nullptr;
    }
}

void require_hashable(const Value& value, std::size_t offset, std::string_view role) {
    const Value* part = unhashable_part(value);
    if (part == nullptr) return;
    std::string unhashable = "unhashable type '" + part->type_name() + "'";
    if (part != &value) unhashable = "a tuple holding " + unhashable;
    throw LiteralFailure{offset, unhashable + " cannot be " + std::string(role)};
}

// Finds earlier keys strictly equal to a new one, in expected constant time.
class KeyIndex {
public:
    // The index of a key equal to `key` among those added, or nothing after adding `key` as `index`.
    std::optional<std::size_t> find_or_add(const Value& key, std::size_t index, const auto& key_at) {
        std::size_t hash = strict_hash(key);
        auto [it, end] = m_by_hash.equal_range(hash);
        for (; it != end; ++it) {
            if (strictly_equal(key_at(it->second), key)) return it->second;
        }
        m_by_hash.emplace(hash, index);
        return std::nullopt;
    }

private:
    std::unordered_multimap<std::size_t, std::size_t> m_by_hash;
};

// The first of each group of strictly equal items, in order (Python keeps the first too).
std::vector<Value> unique_items(std::vector<Value> items) {
    std::vector<Value> unique;
    unique.reserve(items.size());
    KeyIndex index;
    for (Value& item : items) {
        auto key_at = [&unique](std::size_t i) -> const Value& { return unique[i]; };
        if (!index.find_or_add(item, unique.size(), key_at)) unique.push_back(std::move(item));
    }
    return unique;
}

class LiteralParser {
public:
    LiteralParser(std::string_view text, const LiteralOptions& options) : m_lexer(text), m_options(options) {}

    // The whole text: one value, or a tuple without parentheses (1, 2) as Python reads it.
    Value parse_document(std::string_view text) {
        if (std::size_t nul = text.find('\0'); nul != std::string_view::npos) {
            throw LiteralFailure{nul, "null bytes are not allowed in a literal (write \\x00 in a string)"};
        }
        if (m_lexer.peek().kind == TokenKind::end) throw LiteralFailure{0, "empty input: expected a Python literal"};
        Value value = parse_value();
        if (m_lexer.peek_is(',')) value = parse_bare_tuple(std::move(value));
        if (m_lexer.peek().kind != TokenKind::end) {
            throw LiteralFailure{m_lexer.peek().offset, "unexpected text after the literal"};
        }
        return value;
    }

private:
    // Counts one level of nesting for as long as it lives.
    class Nesting {
    public:
        Nesting(LiteralParser& parser, const Token& open) : m_parser(parser) {
            if (++m_parser.m_depth > m_parser.m_options.max_depth) {
                throw LiteralFailure{open.offset,
                                     "nesting is deeper than " + std::to_string(m_parser.m_options.max_depth) + " levels"};
            }
        }
        ~Nesting() { --m_parser.m_depth; }
        Nesting(const Nesting&) = delete;
        Nesting& operator=(const Nesting&) = delete;

    private:
        LiteralParser& m_parser;
    };

    Value parse_value();
    Value parse_strings(const Token& first);
    Value parse_signed(const Token& sign);
    Value parse_name(const Token& name);
    Value parse_float_call(const Token& name);
    Value parse_frozenset_call();
    Value parse_parenthesized(const Token& open);
    Value parse_bare_tuple(Value first);
    Value parse_list(const Token& open);
    Value parse_braces(const Token& open);
    Value parse_dict(const Token& open, Value first_key, std::size_t first_key_offset);
    Value parse_opaque();

    Value parse_element(const Token& open);
    bool at_separator(const Token& open, char close, std::string_view after_what);
    [[noreturn]] void fail_never_closed(const Token& open) const;

    LiteralLexer m_lexer;
    LiteralOptions m_options;
    std::size_t m_depth = 0;
};

Value LiteralParser::parse_value() {
    Token token = m_lexer.next();
    switch (token.kind) {
    case TokenKind::end: throw LiteralFailure{token.offset, "unexpected end of input: expected a value"};
    case TokenKind::number: return number_value(token, false);
    case TokenKind::string: return parse_strings(token);
    case TokenKind::name: return parse_name(token);
    case TokenKind::punctuation: break;
    }
    switch (token.punctuation) {
    case '(': return parse_parenthesized(token);
    case '[': return parse_list(token);
    case '{': return parse_braces(token);
    case '-':
    case '+': return parse_signed(token);
    case '<':
        if (m_options.allow_opaque) return parse_opaque();
        break;
    default: break;
    }
    throw LiteralFailure{token.offset, "unexpected '" + std::string(token.text) + "'"};
}

// Adjacent string literals are one literal: 'a' "b" is 'ab'. str and bytes do not mix.
Value LiteralParser::parse_strings(const Token& first) {
    bool bytes = first.string.bytes;
    std::u32string text;
    std::string raw;
    for (Token token = first;;) {
        if (token.string.bytes != bytes) throw LiteralFailure{token.offset, "cannot mix bytes and nonbytes literals"};
        if (bytes) append_bytes_literal(token, raw);
        else append_str_literal(token, text);
        if (m_lexer.peek().kind != TokenKind::string) break;
        token = m_lexer.next();
    }
    return bytes ? Value::bytes(std::move(raw)) : Value::str(std::move(text));
}

// A unary sign is only allowed before a number: -1, + 2.5, -inf, -float('inf').
Value LiteralParser::parse_signed(const Token& sign) {
    bool negative = sign.punctuation == '-';
    const Token& operand = m_lexer.peek();
    if (operand.kind == TokenKind::number) return number_value(m_lexer.next(), negative);
    bool is_float_name = operand.kind == TokenKind::name &&
                         (operand.text == "inf" || operand.text == "nan" || operand.text == "float");
    if (!is_float_name) {
        throw LiteralFailure{sign.offset, "a unary '" + std::string(sign.text) + "' must be followed by a number"};
    }
    Value value = parse_name(m_lexer.next());
    return Value::floating(negative ? -value.as_float() : value.as_float());
}

Value LiteralParser::parse_name(const Token& name) {
    if (name.text == "None") return Value::none();
    if (name.text == "True") return Value::boolean(true);
    if (name.text == "False") return Value::boolean(false);
    if (name.text == "inf") return Value::floating(std::numeric_limits<double>::infinity());
    if (name.text == "nan") return Value::floating(std::numeric_limits<double>::quiet_NaN());
    bool is_call = m_lexer.peek_is('(');
    if (is_call && name.text == "float") return parse_float_call(name);
    if (is_call && name.text == "frozenset") return parse_frozenset_call();
    if (is_call && name.text == "set") {
        m_lexer.next();
        if (!m_lexer.peek_is(')')) {
            throw LiteralFailure{name.offset, "set(...) takes no arguments here; write {1, 2} for a set with elements"};
        }
        m_lexer.next();
        return Value::set({});
    }
    if (auto intended = intended_literal(name.text)) {
        throw LiteralFailure{name.offset, quoted_name(name.text) + " is not a Python literal; did you mean " +
                                              std::string(*intended) + "?"};
    }
    if (is_call) throw LiteralFailure{name.offset, std::string(k_calls_message)};
    throw LiteralFailure{name.offset, "names are not literals: " + quoted_name(name.text)};
}

Value LiteralParser::parse_float_call(const Token& name) {
    Token open = m_lexer.next();
    Nesting nesting(*this, open);
    const Token& argument = m_lexer.peek();
    std::optional<double> value;
    if (argument.kind == TokenKind::string && !argument.string.bytes) {
        Value text = parse_strings(m_lexer.next());
        value = special_float(text.as_str());
        if (m_lexer.peek_is(',')) m_lexer.next();
    }
    if (!value || !m_lexer.peek_is(')')) {
        throw LiteralFailure{name.offset, "float(...) is only a literal as float('inf'), float('-inf') or float('nan')"};
    }
    m_lexer.next();
    return Value::floating(*value);
}

// frozenset(), or frozenset() of a set, list, tuple or dict display (a dict gives its keys).
Value LiteralParser::parse_frozenset_call() {
    Token open = m_lexer.next();
    Nesting nesting(*this, open);
    if (m_lexer.peek_is(')')) {
        m_lexer.next();
        return Value::frozenset({});
    }
    std::size_t argument_offset = m_lexer.peek().offset;
    Value argument = parse_element(open);
    if (m_lexer.peek_is(',')) m_lexer.next();
    if (!m_lexer.peek_is(')')) {
        if (m_lexer.peek().kind == TokenKind::end) fail_never_closed(open);
        throw LiteralFailure{m_lexer.peek().offset, "expected ')' after the argument of frozenset(...)"};
    }
    m_lexer.next();
    std::vector<Value> items;
    switch (argument.kind()) {
    case Value::Kind::dict:
        for (std::size_t i = 0; i < argument.items().size(); i += 2) items.push_back(argument.items()[i]);
        break;
    case Value::Kind::set:
    case Value::Kind::frozenset:
    case Value::Kind::list:
    case Value::Kind::tuple: items = argument.items(); break;
    default:
        throw LiteralFailure{argument_offset, "frozenset(...) takes a set, list or tuple literal, not a " +
                                                  argument.type_name()};
    }
    for (const Value& item : items) require_hashable(item, argument_offset, "a frozenset element");
    return Value::frozenset(unique_items(std::move(items)));
}

// (), (x) which is just x, (x,) and (x, y, ...).
Value LiteralParser::parse_parenthesized(const Token& open) {
    Nesting nesting(*this, open);
    std::vector<Value> items;
    if (m_lexer.peek_is(')')) {
        m_lexer.next();
        return Value::tuple({});
    }
    items.push_back(parse_element(open));
    if (m_lexer.peek_is(')')) {
        m_lexer.next();
        return std::move(items.front());
    }
    while (at_separator(open, ')', "a tuple element")) items.push_back(parse_element(open));
    return Value::tuple(std::move(items));
}

Value LiteralParser::parse_bare_tuple(Value first) {
    std::vector<Value> items;
    items.push_back(std::move(first));
    while (m_lexer.peek_is(',')) {
        m_lexer.next();
        if (m_lexer.peek().kind == TokenKind::end) break;
        items.push_back(parse_value());
    }
    return Value::tuple(std::move(items));
}

Value LiteralParser::parse_list(const Token& open) {
    Nesting nesting(*this, open);
    std::vector<Value> items;
    if (m_lexer.peek_is(']')) {
        m_lexer.next();
        return Value::list({});
    }
    do {
        items.push_back(parse_element(open));
    } while (at_separator(open, ']', "a list element"));
    return Value::list(std::move(items));
}

// {} (a dict), {k: v, ...} or {x, ...} (a set): the first element decides which.
Value LiteralParser::parse_braces(const Token& open) {
    Nesting nesting(*this, open);
    if (m_lexer.peek_is('}')) {
        m_lexer.next();
        return Value::dict({});
    }
    std::size_t first_offset = m_lexer.peek().offset;
    Value first = parse_element(open);
    if (m_lexer.peek_is(':')) return parse_dict(open, std::move(first), first_offset);
    require_hashable(first, first_offset, "a set element");
    std::vector<Value> items;
    items.push_back(std::move(first));
    while (at_separator(open, '}', "a set element")) {
        std::size_t offset = m_lexer.peek().offset;
        items.push_back(parse_element(open));
        require_hashable(items.back(), offset, "a set element");
    }
    return Value::set(unique_items(std::move(items)));
}

// The rest of a dict display after its first key. A repeated key keeps its first position
// and takes the last value, as in Python.
Value LiteralParser::parse_dict(const Token& open, Value first_key, std::size_t first_key_offset) {
    std::vector<std::pair<Value, Value>> entries;
    KeyIndex index;
    auto key_at = [&entries](std::size_t i) -> const Value& { return entries[i].first; };
    std::size_t key_offset = first_key_offset;
    std::optional<Value> key = std::move(first_key);
    for (;;) {
        if (!m_lexer.peek_is(':')) {
            if (m_lexer.peek().kind == TokenKind::end) fail_never_closed(open);
            throw LiteralFailure{m_lexer.peek().offset, "expected ':' after a dict key"};
        }
        m_lexer.next();
        require_hashable(*key, key_offset, "a dict key");
        Value value = parse_element(open);
        if (auto earlier = index.find_or_add(*key, entries.size(), key_at)) {
            entries[*earlier].second = std::move(value);
        } else {
            entries.emplace_back(std::move(*key), std::move(value));
        }
        if (!at_separator(open, '}', "a dict entry")) break;
        key_offset = m_lexer.peek().offset;
        key = parse_element(open);
    }
    return Value::dict(std::move(entries));
}

// <'TypeName'>: how the protocol writes a value of a type that is not a builtin.
Value LiteralParser::parse_opaque() {
    const Token& name = m_lexer.peek();
    if (name.kind != TokenKind::string || name.string.bytes) {
        throw LiteralFailure{name.offset, "expected the type name as a str literal after '<'"};
    }
    Value type_name = parse_strings(m_lexer.next());
    if (!m_lexer.peek_is('>')) throw LiteralFailure{m_lexer.peek().offset, "expected '>' after the type name"};
    m_lexer.next();
    return Value::opaque(to_utf8(type_name.as_str()));
}

// One element inside the brackets opened by `open`.
Value LiteralParser::parse_element(const Token& open) {
    if (m_lexer.peek().kind == TokenKind::end) fail_never_closed(open);
    return parse_value();
}

// After an element: true after a ',' that more elements follow; false after the closing
// bracket (a trailing comma allowed before it).
bool LiteralParser::at_separator(const Token& open, char close, std::string_view after_what) {
    if (m_lexer.peek_is(',')) {
        m_lexer.next();
        if (!m_lexer.peek_is(close)) return true;
    }
    if (m_lexer.peek_is(close)) {
        m_lexer.next();
        return false;
    }
    if (m_lexer.peek().kind == TokenKind::end) fail_never_closed(open);
    throw LiteralFailure{m_lexer.peek().offset,
                         "expected ',' or '" + std::string(1, close) + "' after " + std::string(after_what)};
}

void LiteralParser::fail_never_closed(const Token& open) const {
    throw LiteralFailure{open.offset, "'" + std::string(open.text) + "' was never closed"};
}

}  // namespace

LiteralResult parse_python_literal(std::string_view text, const LiteralOptions& options) {
    try {
        return LiteralParser(text, options).parse_document(text);
    } catch (const LiteralFailure& failure) {
        return LiteralError{failure.offset, failure.message};
    }
}

}  // namespace autograde
