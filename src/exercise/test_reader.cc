#include "exercise/test_reader.h"

#include <regex>
#include <string>

#include "exercise/expect_reader.h"
#include "exercise/python_names.h"
#include "exercise/regex_dialect.h"
#include "exercise/scalar_offsets.h"
#include "exercise/sections.h"

namespace autograde {
namespace {

const std::vector<std::string> k_test_keys = {"name",   "call",   "code",   "expect",    "raises", "match",
                                              "hidden", "weight", "approx", "unordered", "limits"};
const std::vector<std::string> k_approx_keys = {"abs", "rel"};
const std::vector<std::pair<std::string, std::string>> k_test_misplaced = {
    {"title", "'title' is for the whole exercise: put it at the top level"},
    {"entry", "'entry' is for the whole exercise: put it at the top level"},
    {"setup", "'setup' is for the whole exercise: put it at the top level"},
    {"task", "'task' is for the whole exercise: put it at the top level"},
    {"question", "'question' is for the whole exercise: put it at the top level"},
    {"time", "'time' goes in the test's 'limits', as limits: {time: 2s}"},
    {"output", "'output' goes in the test's 'limits', as limits: {output: 64KiB}"},
    {"memory", "'memory' can only be set for the whole exercise, in the top-level 'limits'"},
};

// Weights are bounded so that a score is exact: the largest exercise total over the
// smallest positive weight stays far below 2^53, where doubles start to drop units (a
// weight of 1e17 beside a weight of 1 made a failed test cost nothing).
constexpr double k_max_weight = 1000000;
constexpr double k_min_positive_weight = 0.001;

// One test while it is read: where it is and how messages name it.
struct TestContext {
    std::string prefix;  // "tests[2]."
    std::string label;   // "test 'flat list'", or "tests[2]" when it has no usable name
    YAML::Mark mark;     // its first key
};

TestContext make_context(const YAML::Node& node, std::size_t index) {
    const std::string path = "tests[" + std::to_string(index) + "]";
    const YAML::Node name = node["name"];
    const bool named = name.IsDefined() && name.IsScalar() && !name.Scalar().empty();  // IsScalar throws on a missing key
    return {path + '.', named ? "test " + quote_key(name.Scalar()) : path, node.Mark()};
}

// The one given of two keys that exclude each other. Reports both (at the later one)
// and neither; returns the first given.
const Field* one_of(YamlSource& source, const Fields& fields, const char* a, const char* b, const TestContext& test) {
    const Field* first = fields.find(a);
    const Field* second = fields.find(b);
    if (first == nullptr && second == nullptr) {
        if (!fields.mentions(a) && !fields.mentions(b)) source.error(test.mark, test.label + " needs '" + a + "' or '" + b + "'");
        return nullptr;
    }
    if (first == nullptr || second == nullptr) return first != nullptr ? first : second;
    if (second->key_node.Mark().pos < first->key_node.Mark().pos) std::swap(first, second);
    source.error(second->key_node.Mark(), test.label + " has both '" + a + "' and '" + b + "'; give only one");
    return first;
}

void read_source(YamlSource& source, const Fields& fields, const TestContext& context, TestCase& test) {
    const Field* field = one_of(source, fields, "call", "code", context);
    if (field == nullptr) return;
    test.kind = field->key == "call" ? TestCase::Kind::call : TestCase::Kind::code;
    test.source = read_non_empty_string(source, *field).value_or("");
}

void read_raises(YamlSource& source, const Field& field, TestCase& test) {
    const auto name = read_non_empty_string(source, field);
    if (!name) return;
    if (!is_dotted_name(*name)) {
        source.error(field.value_mark(), quote_key(field.path) + " must be an exception class name such as ValueError");
        return;
    }
    test.raises = *name;
}

void read_match(YamlSource& source, const Field& field, TestCase& test) {
    const auto pattern = read_non_empty_string(source, field);
    if (!pattern) return;
    const auto python_only = find_python_regex_constructs(*pattern);
    for (const PythonRegexConstruct& construct : python_only) {
        const std::string message = quote_key(field.path) + " is an ECMAScript regular expression: " + construct.message;
        if (const auto position = locate_in_scalar(source, field.value, construct.offset)) {
            source.error_at(position->line, position->column, message);
        } else {
            source.error(field.value_mark(), message);
        }
    }
    if (!python_only.empty()) return;
    try {
        [[maybe_unused]] const std::regex compiled(*pattern, std::regex::ECMAScript);
        test.match = *pattern;
    } catch (const std::regex_error& error) {
        source.error(field.value_mark(), quote_key(field.path) + " is not a valid regular expression: " + error.what());
    }
}

void read_outcome(YamlSource& source, const Fields& fields, const TestContext& context, TestCase& test) {
    const Field* outcome = one_of(source, fields, "expect", "raises", context);
    if (outcome != nullptr && outcome->key == "expect") read_expect(source, *outcome, test);
    if (outcome != nullptr && outcome->key == "raises") read_raises(source, *outcome, test);

    const Field* match = fields.find("match");
    if (match != nullptr && fields.find("raises") == nullptr) {
        source.error(match->key_node.Mark(), "'match' needs 'raises': it is searched for in the exception's message");
    } else if (match != nullptr) {
        read_match(source, *match, test);
    }
}

// `approx: true`, `approx: false`, or `approx: {abs: 1e-9, rel: 1e-6}`. As in pytest.approx,
// giving only `abs` turns the relative tolerance off, and giving only `rel` keeps the
// default absolute one (for values near zero).
void read_approx(YamlSource& source, const Field& field, TestCase& test) {
    if (!field.value.IsMap()) {
        if (const auto on = as_bool(field.value)) {
            if (*on) test.compare.approx = Tolerance{};
            return;
        }
        source.error(field.value_mark(), quote_key(field.path) + " must be true, false or a mapping with 'abs' and/or 'rel'");
        return;
    }
    const Fields fields = read_fields(source, field.value, {&k_approx_keys, field.path + '.', "in " + quote_key(field.path)});
    const Field* abs = fields.find("abs");
    const Field* rel = fields.find("rel");
    if (abs == nullptr && rel == nullptr) {
        source.error(field.value_mark(), quote_key(field.path) + " must give 'abs' or 'rel' (or be true, for the default tolerance)");
        return;
    }
    Tolerance tolerance;
    if (abs != nullptr) {
        tolerance.abs = read_non_negative_number(source, *abs).value_or(tolerance.abs);
        if (rel == nullptr) tolerance.rel = 0;
    }
    if (rel != nullptr) tolerance.rel = read_non_negative_number(source, *rel).value_or(tolerance.rel);
    test.compare.approx = tolerance;
}

bool contains_float(const Value& value) {
    if (value.kind() == Value::Kind::floating) return true;
    for (const Value& item : value.items()) {
        if (contains_float(item)) return true;
    }
    return false;
}

// `approx` and `unordered` say how to compare an expected value, so they need one.
void read_compare(YamlSource& source, const Fields& fields, TestCase& test) {
    const bool has_expect = fields.find("expect") != nullptr;
    for (const char* key : {"approx", "unordered"}) {
        const Field* field = fields.find(key);
        if (field != nullptr && !has_expect) {
            source.error(field->key_node.Mark(), quote_key(key) + " only applies to tests with 'expect'");
        } else if (field != nullptr && field->key == "approx") {
            read_approx(source, *field, test);
        } else if (field != nullptr) {
            test.compare.unordered = read_bool(source, *field).value_or(false);
        }
    }
    const Field* approx = fields.find("approx");
    if (test.compare.approx && test.expect && !contains_float(*test.expect)) {
        source.error(approx->key_node.Mark(), "'approx' has no effect: the expected value contains no float (it is of type " +
                                                  test.expect->type_name() + ")");
    }
    const Field* unordered = fields.find("unordered");
    const bool sequence = test.expect && (test.expect->kind() == Value::Kind::list || test.expect->kind() == Value::Kind::tuple);
    if (test.compare.unordered && test.expect && !sequence) {
        source.error(unordered->key_node.Mark(), "'unordered' compares a list or tuple in any order, but the expected value is of type " +
                                                     test.expect->type_name());
    }
}

double read_weight(YamlSource& source, const Field& field) {
    const auto weight = read_non_negative_number(source, field);
    if (!weight) return 1.0;
    if (*weight > k_max_weight || (*weight > 0 && *weight < k_min_positive_weight)) {
        source.error(field.value_mark(), quote_key(field.path) + " must be 0 or between 0.001 and 1000000");
        return 1.0;
    }
    return *weight;
}

TestCase read_test(YamlSource& source, const YAML::Node& node, std::size_t index, const Limits& limits) {
    const TestContext context = make_context(node, index);
    TestCase test;
    test.line = context.mark.line + 1;
    test.time_limit = limits.time;
    test.output_limit = limits.output;
    const Fields fields = read_fields(source, node, {&k_test_keys, context.prefix, "in " + context.label, &k_test_misplaced});

    if (const Field* name = fields.find("name")) {
        test.name = read_non_empty_string(source, *name).value_or("");
    } else if (!fields.mentions("name")) {
        source.error(context.mark, "missing required key 'name' in " + context.label);
    }
    read_source(source, fields, context, test);
    read_outcome(source, fields, context, test);
    read_compare(source, fields, test);
    if (const Field* hidden = fields.find("hidden")) test.hidden = read_bool(source, *hidden).value_or(false);
    if (const Field* weight = fields.find("weight")) test.weight = read_weight(source, *weight);
    if (const Field* own_limits = fields.find("limits")) read_test_limits(source, *own_limits, test);
    return test;
}

// A name given twice is reported at the second, with the line of the first.
void check_unique_names(YamlSource& source, const std::vector<TestCase>& tests, const std::vector<YAML::Mark>& name_marks) {
    for (std::size_t i = 0; i < tests.size(); ++i) {
        for (std::size_t first = 0; first < i; ++first) {
            if (tests[i].name.empty() || tests[first].name != tests[i].name) continue;
            source.error(name_marks[i], "duplicate test name " + quote_key(tests[i].name) + "; the first is on line " +
                                            std::to_string(name_marks[first].line + 1));
            break;
        }
    }
}

}  // namespace

std::vector<TestCase> read_tests(YamlSource& source, const Field& field, const Limits& limits) {
    if (!field.value.IsSequence() || field.value.size() == 0) {
        source.error(field.value_mark(), "'tests' must be a non-empty list of tests");
        return {};
    }
    std::vector<TestCase> tests;
    std::vector<YAML::Mark> name_marks;
    for (std::size_t i = 0; i < field.value.size(); ++i) {
        const YAML::Node node = field.value[i];
        if (!node.IsMap()) {
            source.error(node.IsNull() ? field.value_mark() : node.Mark(),
                         "'tests[" + std::to_string(i) + "]' must be a mapping with 'name', 'call' or 'code', and 'expect' or 'raises'");
            continue;
        }
        tests.push_back(read_test(source, node, i, limits));
        const YAML::Node name = node["name"];
        name_marks.push_back(name.IsDefined() && !name.IsNull() ? name.Mark() : node.Mark());
    }
    check_unique_names(source, tests, name_marks);
    return tests;
}

}  // namespace autograde
