#include "value/value_hash.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>

namespace autograde {
namespace {

constexpr std::size_t k_small_collection = 8;  // below this, pairing by brute force is cheaper

std::size_t mix(std::size_t h) {
    // The 64-bit finalizer of MurmurHash3: spreads every input bit over the result.
    std::uint64_t x = h;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return static_cast<std::size_t>(x);
}

std::size_t float_hash(double d) {
    if (std::isnan(d)) return 0x7ff8;
    if (d == 0.0) return 0;  // 0.0 and -0.0
    return std::hash<double>{}(d);
}

std::size_t items_hash(const Value& container, bool ordered) {
    std::size_t h = container.items().size();
    for (const Value& item : container.items()) {
        std::size_t item_hash = mix(strict_hash(item));
        h = ordered ? mix(h) ^ item_hash : h + item_hash;
    }
    return h;
}

std::size_t dict_hash(const Value& dict) {
    std::size_t h = dict.size();
    for (auto [key, value] : dict.entries()) h += mix(strict_hash(*key) ^ mix(strict_hash(*value)));
    return h;
}

bool elements_match(const ElementRef& a, const ElementRef& b) {
    if (!strictly_equal(*a.first, *b.first)) return false;
    if (a.second == nullptr || b.second == nullptr) return a.second == b.second;
    return strictly_equal(*a.second, *b.second);
}

UnmatchedElements pair_by_brute_force(const std::vector<ElementRef>& a, const std::vector<ElementRef>& b) {
    UnmatchedElements result;
    std::vector<bool> taken(b.size(), false);
    for (std::size_t i = 0; i < a.size(); ++i) {
        bool paired = false;
        for (std::size_t j = 0; j < b.size() && !paired; ++j) {
            if (!taken[j] && elements_match(a[i], b[j])) taken[j] = paired = true;
        }
        if (!paired) result.only_in_a.push_back(i);
    }
    for (std::size_t j = 0; j < b.size(); ++j) {
        if (!taken[j]) result.only_in_b.push_back(j);
    }
    return result;
}

}  // namespace

std::size_t strict_hash(const Value& value) {
    std::size_t kind = static_cast<std::size_t>(value.kind()) * 0x9e3779b97f4a7c15ULL;
    switch (value.kind()) {
    case Value::Kind::none:
    case Value::Kind::opaque: return kind;
    case Value::Kind::boolean: return kind ^ (value.as_bool() ? 1 : 0);
    case Value::Kind::integer: return kind ^ std::hash<std::string>{}(value.as_integer());
    case Value::Kind::floating: return kind ^ float_hash(value.as_float());
    case Value::Kind::str: return kind ^ std::hash<std::u32string>{}(value.as_str());
    case Value::Kind::bytes: return kind ^ std::hash<std::string>{}(value.as_bytes());
    case Value::Kind::list:
    case Value::Kind::tuple: return kind ^ items_hash(value, true);
    case Value::Kind::set:
    case Value::Kind::frozenset: return kind ^ items_hash(value, false);
    case Value::Kind::dict: return kind ^ dict_hash(value);
    }
    return kind;
}

UnmatchedElements unmatched_elements(const std::vector<ElementRef>& a, const std::vector<ElementRef>& b) {
    if (a.size() <= k_small_collection && b.size() <= k_small_collection) return pair_by_brute_force(a, b);
    std::unordered_multimap<std::size_t, std::size_t> b_by_hash;  // hash of `first` -> index in b
    b_by_hash.reserve(b.size());
    for (std::size_t j = 0; j < b.size(); ++j) b_by_hash.emplace(strict_hash(*b[j].first), j);

    UnmatchedElements result;
    for (std::size_t i = 0; i < a.size(); ++i) {
        bool paired = false;
        // An opaque value equals nothing: skip its bucket, which may be large.
        if (a[i].first->kind() != Value::Kind::opaque) {
            auto [it, end] = b_by_hash.equal_range(strict_hash(*a[i].first));
            for (; it != end; ++it) {
                if (elements_match(a[i], b[it->second])) {
                    b_by_hash.erase(it);
                    paired = true;
                    break;
                }
            }
        }
        if (!paired) result.only_in_a.push_back(i);
    }
    for (const auto& [hash, j] : b_by_hash) result.only_in_b.push_back(j);
    std::sort(result.only_in_b.begin(), result.only_in_b.end());
    return result;
}

}  // namespace autograde
