// The value model: construction, access and strict equality. The repr lives in
// value_repr.cc, hashing and element matching in value_hash.cc.
#include "value/value.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "value/value_hash.h"

namespace autograde {
namespace {

// "007" -> "7", "-0" -> "0", "+5" -> "5"; throws on anything but an optional sign and digits.
std::string canonical_decimal(std::string_view decimal) {
    bool minus = false;
    if (!decimal.empty() && (decimal.front() == '-' || decimal.front() == '+')) {
        minus = decimal.front() == '-';
        decimal.remove_prefix(1);
    }
    if (decimal.empty() || decimal.find_first_not_of("0123456789") != std::string_view::npos) {
        throw std::invalid_argument("Value::integer: not a decimal integer");
    }
    std::size_t significant = decimal.find_first_not_of('0');
    if (significant == std::string_view::npos) return "0";
    decimal.remove_prefix(significant);
    std::string canonical = minus ? "-" : "";
    return canonical.append(decimal);
}

std::vector<ElementRef> element_refs(const Value& container) {
    std::vector<ElementRef> refs;
    if (container.kind() == Value::Kind::dict) {
        refs.reserve(container.size());
        for (auto [key, value] : container.entries()) refs.push_back({key, value});
    } else {
        refs.reserve(container.items().size());
        for (const Value& item : container.items()) refs.push_back({&item, nullptr});
    }
    return refs;
}

bool same_elements(const Value& a, const Value& b) {
    if (a.size() != b.size()) return false;
    UnmatchedElements unmatched = unmatched_elements(element_refs(a), element_refs(b));
    return unmatched.only_in_a.empty() && unmatched.only_in_b.empty();
}

bool same_sequence(const std::vector<Value>& a, const std::vector<Value>& b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), strictly_equal);
}

}  // namespace

Value Value::boolean(bool b) {
    Value v;
    v.m_kind = Kind::boolean;
    v.m_bool = b;
    return v;
}

Value Value::integer(std::string decimal) {
    Value v;
    v.m_kind = Kind::integer;
    v.m_text = canonical_decimal(decimal);
    return v;
}

Value Value::integer(std::int64_t n) {
    Value v;
    v.m_kind = Kind::integer;
    v.m_text = std::to_string(n);
    return v;
}

Value Value::floating(double d) {
    Value v;
    v.m_kind = Kind::floating;
    v.m_float = d;
    return v;
}

Value Value::str(std::u32string code_points) {
    Value v;
    v.m_kind = Kind::str;
    v.m_str = std::move(code_points);
    return v;
}

Value Value::bytes(std::string raw) {
    Value v;
    v.m_kind = Kind::bytes;
    v.m_text = std::move(raw);
    return v;
}

Value Value::list(std::vector<Value> items) {
    Value v;
    v.m_kind = Kind::list;
    v.m_items = std::move(items);
    return v;
}

Value Value::tuple(std::vector<Value> items) {
    Value v = list(std::move(items));
    v.m_kind = Kind::tuple;
    return v;
}

Value Value::dict(std::vector<std::pair<Value, Value>> entries) {
    Value v;
    v.m_kind = Kind::dict;
    v.m_items.reserve(entries.size() * 2);
    for (auto& [key, value] : entries) {
        v.m_items.push_back(std::move(key));
        v.m_items.push_back(std::move(value));
    }
    return v;
}

Value Value::set(std::vector<Value> items) {
    Value v = list(std::move(items));
    v.m_kind = Kind::set;
    return v;
}

Value Value::frozenset(std::vector<Value> items) {
    Value v = list(std::move(items));
    v.m_kind = Kind::frozenset;
    return v;
}

Value Value::opaque(std::string type_name) {
    Value v;
    v.m_kind = Kind::opaque;
    v.m_text = std::move(type_name);
    return v;
}

std::vector<std::pair<const Value*, const Value*>> Value::entries() const {
    std::vector<std::pair<const Value*, const Value*>> pairs;
    if (m_kind != Kind::dict) return pairs;
    pairs.reserve(m_items.size() / 2);
    for (std::size_t i = 0; i + 1 < m_items.size(); i += 2) pairs.emplace_back(&m_items[i], &m_items[i + 1]);
    return pairs;
}

std::size_t Value::size() const {
    switch (m_kind) {
    case Kind::dict: return m_items.size() / 2;
    case Kind::list:
    case Kind::tuple:
    case Kind::set:
    case Kind::frozenset: return m_items.size();
    default: return 0;
    }
}

std::string Value::type_name() const {
    switch (m_kind) {
    case Kind::none: return "NoneType";
    case Kind::boolean: return "bool";
    case Kind::integer: return "int";
    case Kind::floating: return "float";
    case Kind::str: return "str";
    case Kind::bytes: return "bytes";
    case Kind::list: return "list";
    case Kind::tuple: return "tuple";
    case Kind::dict: return "dict";
    case Kind::set: return "set";
    case Kind::frozenset: return "frozenset";
    case Kind::opaque: return m_text;
    }
    return "?";
}

bool strictly_equal(const Value& a, const Value& b) {
    if (a.kind() != b.kind()) return false;
    switch (a.kind()) {
    case Value::Kind::none: return true;
    case Value::Kind::boolean: return a.as_bool() == b.as_bool();
    case Value::Kind::integer: return a.as_integer() == b.as_integer();
    case Value::Kind::floating:
        return a.as_float() == b.as_float() || (std::isnan(a.as_float()) && std::isnan(b.as_float()));
    case Value::Kind::str: return a.as_str() == b.as_str();
    case Value::Kind::bytes: return a.as_bytes() == b.as_bytes();
    case Value::Kind::list:
    case Value::Kind::tuple: return same_sequence(a.items(), b.items());
    case Value::Kind::dict:
    case Value::Kind::set:
    case Value::Kind::frozenset: return same_elements(a, b);
    case Value::Kind::opaque: return false;
    }
    return false;
}

}  // namespace autograde
