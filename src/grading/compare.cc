// compare_values: decide equality as the test asks for it, and when the values differ, find
// the first difference and describe it (the message format is documented in compare.h).
#include "grading/compare.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <unordered_map>
#include <vector>

#include "value/repr_layout.h"
#include "value/value_hash.h"

namespace autograde {
namespace {

constexpr std::size_t k_short_repr = 80;    // longer reprs are shown as a window around the difference
constexpr std::size_t k_window_lead = 25;   // bytes of a window shown before the difference
constexpr std::size_t k_part_repr = 60;     // longest repr of a part (an element, a key) in a note
constexpr std::size_t k_text_lead = 20;     // characters of a long str shown before the first difference
constexpr std::size_t k_text_tail = 40;     // ... and from it on
constexpr std::size_t k_listed_elements = 3;

// ---- text helpers -------------------------------------------------------------------------

bool is_utf8_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// `text`'s bytes [first, last), widened to whole UTF-8 characters, with "..." where cut.
std::string excerpt(const std::string& text, std::size_t first, std::size_t last) {
    while (first > 0 && is_utf8_continuation(text[first])) --first;
    while (last < text.size() && is_utf8_continuation(text[last])) ++last;
    return (first > 0 ? "..." : "") + text.substr(first, last - first) + (last < text.size() ? "..." : "");
}

// A long repr cut to about k_short_repr bytes around `focus` (a byte offset in it).
std::string window(const std::string& repr, std::size_t focus) {
    if (repr.size() <= k_short_repr) return repr;
    std::size_t first = focus > k_window_lead ? focus - k_window_lead : 0;
    first = std::min(first, repr.size() - k_short_repr);
    std::size_t last = first + k_short_repr;
    if (first > 0 && repr[first] == ' ') ++first;  // cut at items rather than inside ", "
    if (last < repr.size() && repr[last - 1] == ' ') --last;
    return excerpt(repr, first, last);
}

std::string short_repr(const Value& value, std::size_t limit = k_short_repr) {
    std::string repr = python_repr(value);
    return repr.size() <= limit ? repr : excerpt(repr, 0, limit);
}

// "[2]", "['key']": one step of a path.
std::string subscript(const std::string& index) {
    std::string step = "[";
    return step.append(index).append("]");
}

std::string format_number(double d) {
    char text[32];
    std::snprintf(text, sizeof text, "%.3g", d);
    return text;
}

// "a list", "an int", "None", "a Foo object": a type as the subject of a sentence.
std::string type_phrase(const Value& value) {
    switch (value.kind()) {
    case Value::Kind::none: return "None";
    case Value::Kind::integer: return "an int";
    case Value::Kind::bytes: return "a bytes object";
    case Value::Kind::opaque: {
        std::string name = value.opaque_type();
        bool vowel = !name.empty() && std::string_view("aeiouAEIOU").find(name[0]) != std::string_view::npos;
        return (vowel ? "an " : "a ") + name + " object";
    }
    default: return "a " + value.type_name();
    }
}

// "missing element 3", "missing elements 3, 4, 5 and 2 more"
std::string element_note(std::string_view adjective, std::string_view noun, const std::vector<const Value*>& values) {
    std::string note = std::string(adjective) + " " + std::string(noun) + (values.size() > 1 ? "s " : " ");
    std::size_t listed = std::min(values.size(), k_listed_elements);
    for (std::size_t i = 0; i < listed; ++i) {
        if (i > 0) note += i + 1 == listed && values.size() == listed ? " and " : ", ";
        note += short_repr(*values[i], k_part_repr);
    }
    if (values.size() > listed) note += " and " + std::to_string(values.size() - listed) + " more";
    return note;
}

// ---- differences --------------------------------------------------------------------------

// Where to centre the window of a long repr: the start of a part, or the end of a container.
struct Focus {
    const Value* part = nullptr;  // null: the whole value
    bool at_end = false;
};

struct Difference {
    std::string path;                     // "[2]['key']"; empty when the whole values differ
    const Value* expected_part = nullptr; // the two sub-values that differ, when there are two
    const Value* got_part = nullptr;
    Focus expected_focus, got_focus;
    std::string note;                     // why, e.g. "a list is not a tuple"; may be empty
};

// Walks both values in step and stops at the first difference.
class Differ {
public:
    explicit Differ(const CompareOptions& options) : m_options(options) {}

    std::optional<Difference> values(const Value& expected, const Value& got);
    std::optional<Difference> as_multisets(const Value& expected, const Value& got, std::string_view noun);
    bool equivalent(const Value& expected, const Value& got) const;

private:
    bool floats_match(double expected, double got) const;
    UnmatchedElements unmatched(const Value& expected, const Value& got) const;
    std::optional<Difference> sequences(const Value& expected, const Value& got);
    std::optional<Difference> dicts(const Value& expected, const Value& got);
    Difference pair(const Value& expected, const Value& got, std::string note = {}) const;
    std::string float_note(double expected, double got) const;

    // One step of the path for as long as it lives.
    class Step {
    public:
        Step(Differ& differ, std::string step) : m_differ(differ) { m_differ.m_path.push_back(std::move(step)); }
        ~Step() { m_differ.m_path.pop_back(); }
        Step(const Step&) = delete;
        Step& operator=(const Step&) = delete;

    private:
        Differ& m_differ;
    };

    std::string path() const {
        std::string joined;
        for (const auto& step : m_path) joined += step;
        return joined;
    }

    const CompareOptions& m_options;
    std::vector<std::string> m_path;
};

bool Differ::floats_match(double expected, double got) const {
    if (std::isnan(expected) || std::isnan(got)) return std::isnan(expected) && std::isnan(got);
    if (!m_options.approx || std::isinf(expected) || std::isinf(got)) return expected == got;
    double allowed = std::max(m_options.approx->abs, m_options.approx->rel * std::fabs(expected));
    return std::fabs(got - expected) <= allowed;
}

// Equality under the options, without building a description.
bool Differ::equivalent(const Value& expected, const Value& got) const {
    if (!m_options.approx) return strictly_equal(expected, got);
    if (expected.kind() != got.kind()) return false;
    switch (expected.kind()) {
    case Value::Kind::floating: return floats_match(expected.as_float(), got.as_float());
    case Value::Kind::list:
    case Value::Kind::tuple:
    case Value::Kind::dict:
    case Value::Kind::set:
    case Value::Kind::frozenset: {
        if (expected.size() != got.size()) return false;
        if (expected.kind() == Value::Kind::list || expected.kind() == Value::Kind::tuple) {
            for (std::size_t i = 0; i < expected.items().size(); ++i) {
                if (!equivalent(expected.items()[i], got.items()[i])) return false;
            }
            return true;
        }
        UnmatchedElements left = unmatched(expected, got);
        return left.only_in_a.empty() && left.only_in_b.empty();
    }
    default: return strictly_equal(expected, got);
    }
}

std::vector<ElementRef> element_refs(const Value& container) {
    std::vector<ElementRef> refs;
    if (container.kind() == Value::Kind::dict) {
        for (auto [key, value] : container.entries()) refs.push_back({key, value});
    } else {
        for (const Value& item : container.items()) refs.push_back({&item, nullptr});
    }
    return refs;
}

// Pairs equal elements (dict entries: equal keys, equivalent values). Exact pairs first, in
// linear time; then, with a tolerance, what is left is paired greedily within it. Greedy
// pairing can miss a pairing that exists when tolerances overlap; exercises rarely have
// two expected floats that close.
UnmatchedElements Differ::unmatched(const Value& expected, const Value& got) const {
    std::vector<ElementRef> a = element_refs(expected), b = element_refs(got);
    UnmatchedElements left = unmatched_elements(a, b);
    if (!m_options.approx || left.only_in_a.empty() || left.only_in_b.empty()) return left;
    auto match = [this](const ElementRef& x, const ElementRef& y) {
        if (x.second == nullptr) return equivalent(*x.first, *y.first);
        return strictly_equal(*x.first, *y.first) && equivalent(*x.second, *y.second);
    };
    UnmatchedElements paired;
    std::vector<bool> taken(left.only_in_b.size(), false);
    for (std::size_t i : left.only_in_a) {
        bool found = false;
        for (std::size_t k = 0; k < left.only_in_b.size() && !found; ++k) {
            found = !taken[k] && match(a[i], b[left.only_in_b[k]]);
            if (found) taken[k] = true;
        }
        if (!found) paired.only_in_a.push_back(i);
    }
    for (std::size_t k = 0; k < left.only_in_b.size(); ++k) {
        if (!taken[k]) paired.only_in_b.push_back(left.only_in_b[k]);
    }
    return paired;
}

std::string Differ::float_note(double expected, double got) const {
    if (!m_options.approx || !std::isfinite(expected) || !std::isfinite(got)) return {};
    double allowed = std::max(m_options.approx->abs, m_options.approx->rel * std::fabs(expected));
    return "off by " + format_number(std::fabs(got - expected)) + ", more than the tolerance " + format_number(allowed) +
           " (abs " + python_repr(Value::floating(m_options.approx->abs)) + ", rel " +
           python_repr(Value::floating(m_options.approx->rel)) + ")";
}

Difference Differ::pair(const Value& expected, const Value& got, std::string note) const {
    return Difference{path(), &expected, &got, Focus{&expected}, Focus{&got}, std::move(note)};
}

std::optional<Difference> Differ::values(const Value& expected, const Value& got) {
    if (expected.kind() != got.kind()) return pair(expected, got, type_phrase(got) + " is not " + type_phrase(expected));
    switch (expected.kind()) {
    case Value::Kind::floating:
        if (floats_match(expected.as_float(), got.as_float())) return std::nullopt;
        return pair(expected, got, float_note(expected.as_float(), got.as_float()));
    case Value::Kind::list:
    case Value::Kind::tuple: return sequences(expected, got);
    case Value::Kind::dict: return dicts(expected, got);
    case Value::Kind::set:
    case Value::Kind::frozenset: return as_multisets(expected, got, "element");
    case Value::Kind::opaque:
        if (expected.opaque_type() != got.opaque_type()) {
            return pair(expected, got, type_phrase(got) + " is not " + type_phrase(expected));
        }
        return pair(expected, got, expected.opaque_type() + " objects cannot be compared");
    default:
        if (strictly_equal(expected, got)) return std::nullopt;
        return pair(expected, got);
    }
}

std::optional<Difference> Differ::sequences(const Value& expected, const Value& got) {
    const auto& e = expected.items();
    const auto& g = got.items();
    std::size_t common = std::min(e.size(), g.size());
    for (std::size_t i = 0; i < common; ++i) {
        Step step(*this, subscript(std::to_string(i)));
        if (auto difference = values(e[i], g[i])) return difference;
    }
    if (e.size() == g.size()) return std::nullopt;
    Step step(*this, subscript(std::to_string(common)));
    std::string counts = " (got " + std::to_string(g.size()) + (g.size() == 1 ? " item" : " items") + " instead of " +
                         std::to_string(e.size()) + ")";
    if (g.size() > common) {
        return Difference{path(), nullptr, nullptr, Focus{&expected, true}, Focus{&g[common]},
                          "unexpected extra item " + short_repr(g[common], k_part_repr) + counts};
    }
    return Difference{path(), nullptr, nullptr, Focus{&e[common]}, Focus{&got, true},
                      "missing item " + short_repr(e[common], k_part_repr) + counts};
}

// Keys compare strictly (a tolerance applies to values only). A different key set is
// reported before a different value.
std::optional<Difference> Differ::dicts(const Value& expected, const Value& got) {
    auto e = expected.entries();
    auto g = got.entries();
    std::vector<ElementRef> e_keys, g_keys;
    for (auto [key, value] : e) e_keys.push_back({key, nullptr});
    for (auto [key, value] : g) g_keys.push_back({key, nullptr});
    UnmatchedElements keys = unmatched_elements(e_keys, g_keys);
    if (!keys.only_in_a.empty() || !keys.only_in_b.empty()) {
        std::vector<const Value*> missing, unexpected;
        for (std::size_t i : keys.only_in_a) missing.push_back(e[i].first);
        for (std::size_t j : keys.only_in_b) unexpected.push_back(g[j].first);
        std::string note = missing.empty() ? "" : element_note("missing", "key", missing);
        if (!unexpected.empty()) note += (note.empty() ? "" : "; ") + element_note("unexpected", "key", unexpected);
        return Difference{path(), nullptr, nullptr, Focus{missing.empty() ? &expected : missing.front()},
                          Focus{unexpected.empty() ? &got : unexpected.front()}, note};
    }
    std::unordered_multimap<std::size_t, std::size_t> got_by_hash;
    for (std::size_t j = 0; j < g.size(); ++j) got_by_hash.emplace(strict_hash(*g[j].first), j);
    for (auto [key, value] : e) {
        auto [it, end] = got_by_hash.equal_range(strict_hash(*key));
        while (it != end && !strictly_equal(*g[it->second].first, *key)) ++it;
        if (it == end) continue;  // not reached: the key sets are equal
        Step step(*this, subscript(short_repr(*key, k_part_repr)));
        if (auto difference = values(*value, *g[it->second].second)) return difference;
    }
    return std::nullopt;
}

// Sets, and the top level of an unordered comparison: which elements lack a partner.
std::optional<Difference> Differ::as_multisets(const Value& expected, const Value& got, std::string_view noun) {
    UnmatchedElements left = unmatched(expected, got);
    if (left.only_in_a.empty() && left.only_in_b.empty()) return std::nullopt;
    std::vector<const Value*> missing, unexpected;
    for (std::size_t i : left.only_in_a) missing.push_back(&expected.items()[i]);
    for (std::size_t j : left.only_in_b) unexpected.push_back(&got.items()[j]);
    std::string note = missing.empty() ? "" : element_note("missing", noun, missing);
    if (!unexpected.empty()) note += (note.empty() ? "" : "; ") + element_note("unexpected", noun, unexpected);
    return Difference{path(), nullptr, nullptr, Focus{missing.empty() ? &expected : missing.front()},
                      Focus{unexpected.empty() ? &got : unexpected.front()}, note};
}

// ---- the message --------------------------------------------------------------------------

// How two differing values are shown: their reprs, or windows of them.
struct Shown {
    std::string expected;
    std::string got;
};

// A window of a long str or bytes around index `at`, as a repr with "..." outside the
// quotes where it was cut: ...'xyz abc'...
template <class Text>
std::string text_excerpt(const Text& text, std::size_t at, Value (*make)(Text)) {
    std::size_t first = at > k_text_lead ? at - k_text_lead : 0;
    std::size_t last = std::min(text.size(), at + k_text_tail);
    return (first > 0 ? "..." : "") + python_repr(make(text.substr(first, last - first))) +
           (last < text.size() ? "..." : "");
}

template <class Text>
std::size_t first_mismatch(const Text& e, const Text& g) {
    return static_cast<std::size_t>(std::mismatch(e.begin(), e.end(), g.begin(), g.end()).first - e.begin());
}

// Where two str or two bytes values first differ; nothing for other values.
std::optional<std::size_t> text_mismatch(const Value& expected, const Value& got) {
    if (expected.kind() != got.kind()) return std::nullopt;
    if (expected.kind() == Value::Kind::str) return first_mismatch(expected.as_str(), got.as_str());
    if (expected.kind() == Value::Kind::bytes) return first_mismatch(expected.as_bytes(), got.as_bytes());
    return std::nullopt;
}

// Two differing parts: whole reprs when short; a long str or bytes pair is cut around
// where it differs, and the index goes into `note`.
Shown show_parts(const Value& expected, const Value& got, std::string& note) {
    bool is_long = python_repr(expected).size() > k_short_repr || python_repr(got).size() > k_short_repr;
    std::optional<std::size_t> at = text_mismatch(expected, got);
    if (!is_long || !at) return {short_repr(expected), short_repr(got)};
    note = "they differ at index " + std::to_string(*at) + (note.empty() ? "" : "; " + note);
    if (expected.kind() == Value::Kind::str) {
        return {text_excerpt(expected.as_str(), *at, &Value::str), text_excerpt(got.as_str(), *at, &Value::str)};
    }
    return {text_excerpt(expected.as_bytes(), *at, &Value::bytes), text_excerpt(got.as_bytes(), *at, &Value::bytes)};
}

// The byte offset in root's repr to centre its window on. Inside a str or bytes part, the
// offset of the first differing character is estimated as if no character were escaped.
std::size_t focus_offset(const Value& root, const Focus& focus, std::size_t text_index) {
    if (focus.part == nullptr) return 0;
    std::size_t offset = repr_offset_of(root, focus.part).value_or(0);
    if (focus.at_end) return offset + python_repr(*focus.part).size();
    return offset + text_index;
}

// The whole values as the first line(s) of the message show them.
Shown show_wholes(const Value& expected, const Value& got, const Difference& difference, std::string& note) {
    if (difference.path.empty() && difference.expected_part != nullptr) return show_parts(expected, got, note);
    std::size_t text_index = 0;
    if (difference.expected_part != nullptr) {
        // Past the opening quote (and a bytes literal's b) to the differing character.
        if (auto at = text_mismatch(*difference.expected_part, *difference.got_part)) {
            text_index = *at + (difference.expected_part->kind() == Value::Kind::bytes ? 2 : 1);
        }
    }
    return {window(python_repr(expected), focus_offset(expected, difference.expected_focus, text_index)),
            window(python_repr(got), focus_offset(got, difference.got_focus, text_index))};
}

// Short values:  expected E, got G[: detail]
// Long values:   expected <window of E>
//                     got <window of G>
//                detail
// where detail is "first difference at PATH[: expected e, got g][: note]", or the note alone
// when the difference is at the top.
std::string format_message(const Value& expected, const Value& got, const Difference& difference, bool unordered) {
    bool is_long = python_repr(expected).size() > k_short_repr || python_repr(got).size() > k_short_repr;
    std::string note = difference.note;
    Shown wholes = show_wholes(expected, got, difference, note);
    std::string detail = note;
    if (!difference.path.empty()) {
        detail = "first difference at " + difference.path;
        if (difference.expected_part != nullptr) {
            Shown parts = show_parts(*difference.expected_part, *difference.got_part, note);
            detail += ": expected " + parts.expected + ", got " + parts.got;
        }
        if (!note.empty()) detail += ": " + note;
    }
    std::string any_order = unordered ? " in any order" : "";
    if (is_long) {
        std::string message = "expected " + wholes.expected + any_order + "\n     got " + wholes.got;
        return detail.empty() ? message : message + "\n" + detail;
    }
    std::string message = "expected " + wholes.expected + any_order + ", got " + wholes.got;
    return detail.empty() ? message : message + ": " + detail;
}

bool is_sequence(const Value& value) {
    return value.kind() == Value::Kind::list || value.kind() == Value::Kind::tuple;
}

}  // namespace

Comparison compare_values(const Value& expected, const Value& got, const CompareOptions& options) {
    Differ differ(options);
    bool unordered = options.unordered && is_sequence(expected);
    std::optional<Difference> difference;
    if (unordered && expected.kind() == got.kind()) {
        difference = differ.as_multisets(expected, got, "element");
    } else if (!differ.equivalent(expected, got)) {
        difference = differ.values(expected, got);
    }
    if (!difference) return Comparison{true, {}};
    return Comparison{false, format_message(expected, got, *difference, unordered)};
}

}  // namespace autograde
