#include "sample_results.h"

#include "grading/judge.h"

namespace autograde::testing {

namespace {

TestResult visible(std::string name, Verdict verdict, double time_ms, std::string call, std::string expected,
                   std::string got, std::string message = "", std::string output = "") {
    TestResult test;
    test.name = std::move(name);
    test.verdict = verdict;
    test.time_ms = time_ms;
    test.call = std::move(call);
    test.expected = std::move(expected);
    test.got = std::move(got);
    test.message = std::move(message);
    test.output = std::move(output);
    return test;
}

// A hidden test's result as the judge makes it (judge.h): its verdict's fixed sentence and
// no time, whatever the run took.
TestResult hidden(std::string name, Verdict verdict, double weight) {
    TestResult test;
    test.name = std::move(name);
    test.hidden = true;
    test.verdict = verdict;
    test.time_ms = 0;
    test.weight = weight;
    test.message = std::string(hidden_test_sentence(verdict));
    return test;
}

GradeResult freeze_exercise() {
    GradeResult result;
    result.exercise = "01-list-vs-tuple";
    result.title = "Freeze nested data";
    result.submission = "solutions/freeze.py";
    result.submission_sha256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    result.sandbox = {"B", {"rlimits", "seccomp", "pid-namespace"}, {"cgroups: no delegated cgroup v2 subtree"}};
    return result;
}

std::string numbered_lines(int count) {
    std::string text;
    for (int i = 1; i <= count; ++i) text += "line " + std::to_string(i) + "\n";
    return text;
}

}  // namespace

GradeResult mixed_result() {
    GradeResult result = freeze_exercise();
    result.score = 2;
    result.max_score = 11;
    result.time_ms = 2043.27;
    result.tests = {
        visible("flat list", Verdict::passed, 0.83, "freeze([1, 2])", "(1, 2)", "(1, 2)"),
        visible("nested dict", Verdict::wrong_answer, 1.96, "freeze({'a': [1]})", "frozenset({('a', (1,))})",
                "(('a', [1]),)", "expected a frozenset, got a tuple", "converting {'a': [1]}\n"),
        visible("infinite loop", Verdict::time_limit, 2000.44, "freeze(cycle())", "()", "",
                "took longer than the time limit of 2 s"),
        visible("rejects objects", Verdict::error, 3.25, "freeze(object())", "raises TypeError",
                "ValueError: unsupported",
                "raised ValueError where TypeError was expected\n"
                "Traceback (most recent call last):\n"
                "  File \"solution.py\", line 3, in freeze\n"
                "ValueError: unsupported"),
        visible("chatty", Verdict::output_limit, 12.5, "freeze(list(range(10)))", "(0, 1, 2, 3, 4, 5, 6, 7, 8, 9)", "",
                "printed more than 64 KiB", numbered_lines(15)),
        visible("deep recursion", Verdict::crashed, 40.06, "freeze(deep(100000))", "(...)", "",
                "the process died with signal 11 (SIGSEGV)"),
        visible("big input", Verdict::memory_limit, 310, "freeze([0] * 10**9)", "(0,) * 10**9", "",
                "used more than 256 MiB"),
        hidden("hidden test 1", Verdict::passed, 1),
        hidden("hidden test 2", Verdict::wrong_answer, 2),
    };
    result.tests[1].weight = 2;
    result.review = {{4, "assigns time.sleep: changing an imported module or class also changes what the tests use"}};
    return result;
}

GradeResult syntax_error_result() {
    GradeResult result = freeze_exercise();
    result.status = SubmissionStatus::syntax_error;
    result.status_message = "solution.py:3:22: invalid syntax\n    def freeze(value) return value\n                      ^";
    result.max_score = 3;
    result.time_ms = 18.3;
    TestResult first = visible("flat list", Verdict::not_run, 0, "freeze([1, 2])", "(1, 2)", "");
    TestResult second = visible("nested dict", Verdict::not_run, 0, "freeze({'a': [1]})", "frozenset({('a', (1,))})", "");
    result.tests = {first, second, hidden("hidden test 1", Verdict::not_run, 1)};
    return result;
}

GradeResult full_score_result() {
    GradeResult result = freeze_exercise();
    result.score = 3;
    result.max_score = 3;
    result.time_ms = 35.71;
    result.tests = {
        visible("flat list", Verdict::passed, 0.83, "freeze([1, 2])", "(1, 2)", "(1, 2)"),
        visible("nested dict", Verdict::passed, 1.2, "freeze({'a': [1]})", "frozenset({('a', (1,))})",
                "frozenset({('a', (1,))})", "", "freezing\n"),
        hidden("hidden test 1", Verdict::passed, 1),
    };
    result.sandbox = {"A", {"rlimits", "seccomp", "pid-namespace", "net-namespace", "cgroups"}, {}};
    return result;
}

GradeResult hostile_result() {
    GradeResult result = freeze_exercise();
    result.submission = "evil\x1b]0;owned\x07.py";
    result.score = 0;
    result.max_score = 2;
    const std::string nasty = "\x1b[2J\x1b[31mred\r\"quoted\" back\\slash \x9b\xff\xc3 nul:" + std::string(1, '\0') +
                              " c1:\xc2\x9b bidi:\xe2\x80\xae done";
    result.tests = {
        visible("prints escapes", Verdict::wrong_answer, 1, "freeze(nasty)", "'ok'", nasty, nasty, nasty + "\n"),
        hidden("secret", Verdict::wrong_answer, 1),
    };
    TestResult& leaky = result.tests[1];
    leaky.call = leaky.expected = leaky.got = leaky.output = "SECRET";
    return result;
}

}  // namespace autograde::testing
