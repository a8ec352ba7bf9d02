#include "grading/judge.h"

#include <sys/wait.h>

#include <csignal>
#include <cstring>
#include <map>
#include <regex>

#include "exercise/python_names.h"
#include "grading/compare.h"
#include "sandbox/containment.h"
#include "util/text.h"
#include "value/literal.h"

namespace autograde {
namespace {

using Outcome = ResultRecord::Outcome;

std::string seconds_text(std::chrono::milliseconds limit) {
    auto ms = limit.count();
    if (ms % 1000 == 0) return std::to_string(ms / 1000) + " s";
    return std::to_string(ms) + " ms";
}

std::string bytes_text(std::uint64_t bytes) {
    if (bytes % (1ull << 20) == 0) return std::to_string(bytes >> 20) + " MiB";
    if (bytes % (1ull << 10) == 0) return std::to_string(bytes >> 10) + " KiB";
    return std::to_string(bytes) + " bytes";
}

// Whether `base`, one class of the raised exception's MRO as the harness names it, is the
// class a `raises:` rule names, as `except RULE:` in the test's namespace would see it.
// The harness names a builtin class bare ("ValueError", checked by identity before the
// submission ran) and every other class by module and qualified name
// ("solution.NotPositive", "solution.Stack.EmptyError", "json.decoder.JSONDecodeError").
// - A builtin's name (`ValueError`; the aliases IOError and EnvironmentError) matches
//   only the builtin, never a candidate's class that calls itself ValueError.
// - Another bare name (`NotPositive`, or `EmptyError` for a nested Stack.EmptyError) or a
//   dotted one that starts in the test's namespace (`Stack.EmptyError`) matches that class
//   of the submission or of the exercise's setup and test code, which all run in module
//   `solution`; never another module's class of the same name (`except ParseError` does
//   not catch xml's ParseError).
// - A module's class (`json.JSONDecodeError`) matches that class where the standard
//   library defines it: in the module, a submodule or its C module
//   (json.decoder.JSONDecodeError, _queue.Empty). When it is a builtin under another name
//   (`asyncio.TimeoutError`, `socket.timeout`), the builtin.
bool names_class(std::string_view base, std::string_view rule) {
    static const std::map<std::string_view, std::string_view> k_builtin_aliases = {
        {"IOError", "OSError"}, {"EnvironmentError", "OSError"}, {"socket.timeout", "TimeoutError"},
        {"socket.error", "OSError"}, {"select.error", "OSError"}, {"os.error", "OSError"}};
    if (auto alias = k_builtin_aliases.find(rule); alias != k_builtin_aliases.end()) rule = alias->second;
    if (base == rule) return true;
    if (is_builtin_exception_name(rule)) return false;
    const std::size_t rule_dot = rule.rfind('.');
    const std::string_view name = rule_dot == std::string_view::npos ? rule : rule.substr(rule_dot + 1);
    if (rule_dot != std::string_view::npos && is_builtin_exception_name(name) && base == name)
        return true;  // asyncio.TimeoutError, concurrent.futures.TimeoutError: the builtin since 3.11
    if (base == "solution." + std::string(rule)) return true;
    const std::size_t base_dot = base.rfind('.');
    if (base_dot == std::string_view::npos) return false;
    if (rule_dot == std::string_view::npos)  // a bare name: also a class nested in one of the test's own
        return base.starts_with("solution.") && base.substr(base_dot + 1) == name;
    if (base.substr(base_dot + 1) != name) return false;
    const std::string module(rule.substr(0, rule_dot));
    const std::string_view base_module = base.substr(0, base_dot);
    if (base_module.starts_with("solution")) return false;  // the test's own classes match as themselves only
    for (const std::string& candidate : {module, "_" + module})
        if (base_module == candidate || base_module.starts_with(candidate + ".")) return true;
    return false;
}

// Like Python's `except EXPECTED:`, as far as the names of the raised class's MRO tell.
bool is_instance_of(const ResultRecord& raised, std::string_view expected) {
    for (const std::string& base : raised.bases)
        if (names_class(base, expected)) return true;
    return false;
}

std::string exception_text(const ResultRecord& raised) {
    return raised.message.empty() ? raised.type : raised.type + ": " + raised.message;
}

// `match:` is searched in the message, like Python's re.search. The loader validated the
// pattern; a pattern too complex for std::regex on this message counts as no match. The
// message comes from the sandbox and libstdc++'s regex recurses per character, so only
// its first k_matched_message_bytes are searched (the harness sends at most 4096).
constexpr std::size_t k_matched_message_bytes = 4096;

bool message_matches(const std::string& message, const std::string& pattern) {
    try {
        return std::regex_search(message.substr(0, k_matched_message_bytes), std::regex(pattern));
    } catch (const std::regex_error&) {
        return false;
    }
}

// Sets verdict, message and (visible tests) `got` from a reported result.
void judge_raises(const TestCase& test, const ResultRecord& result, TestResult& out) {
    const std::string& expected = *test.raises;
    if (result.outcome == Outcome::raised) {
        out.got = exception_text(result);
        if (!is_instance_of(result, expected)) {
            out.verdict = Verdict::wrong_answer;
            out.message = "expected " + expected + " to be raised, got " + quote_for_log(out.got, 300);
        } else if (test.match && !message_matches(result.message, *test.match)) {
            out.verdict = Verdict::wrong_answer;
            out.message = "raised " + result.type + ", but its message " + quote_for_log(result.message, 300) +
                          " does not match /" + *test.match + "/";
        } else {
            out.verdict = Verdict::passed;
        }
        return;
    }
    out.verdict = Verdict::wrong_answer;
    if (result.outcome == Outcome::returned) {
        out.got = python_repr(result.value);
        out.message = "expected " + expected + " to be raised, but it returned " + quote_for_log(out.got, 300);
    } else {
        out.message = "expected " + expected + " to be raised, but nothing was raised";
    }
}

void judge_expect(const TestCase& test, const ResultRecord& result, TestResult& out) {
    switch (result.outcome) {
        case Outcome::returned: {
            out.got = python_repr(result.value);
            Comparison comparison = compare_values(*test.expect, result.value, test.compare);
            out.verdict = comparison.equal ? Verdict::passed : Verdict::wrong_answer;
            out.message = comparison.message;
            return;
        }
        case Outcome::raised:
            out.got = exception_text(result);
            out.verdict = Verdict::error;
            out.message = "raised " + quote_for_log(out.got, 300);
            return;
        case Outcome::no_result:
            out.verdict = Verdict::error;
            out.message = "the test code did not set 'result'";
            return;
        case Outcome::unreportable:
            out.verdict = Verdict::wrong_answer;
            out.message = "returned a value that cannot be compared: " + result.reason;
            return;
    }
}

void judge_completed(const TestCase& test, const TestRun& run, const SandboxLimits& limits, TestResult& out) {
    if (!run.result) {
        bool signaled = run.exit && run.exit->signaled;
        if (signaled && run.exit->code == SIGKILL && run.out_of_memory) {
            out.verdict = Verdict::memory_limit;
            out.message = "was killed by the sandbox's memory limit (" + bytes_text(group_memory_limit(limits)) + ")";
            return;
        }
        out.verdict = signaled && run.exit->code == SIGXCPU ? Verdict::time_limit : Verdict::crashed;
        out.message = signaled ? "the test's process was killed by " + describe_signal(run.exit->code)
                               : "the test's process exited (status " + std::to_string(run.exit ? run.exit->code : 0) +
                                     ") before reporting a result";
        return;
    }
    if (run.result->outcome == Outcome::raised && is_instance_of(*run.result, "MemoryError") &&
        !(test.raises && *test.raises == "MemoryError")) {
        out.verdict = Verdict::memory_limit;
        out.message = "ran out of memory (the limit is " + bytes_text(limits.address_space) + ")";
        return;
    }
    if (test.raises) judge_raises(test, *run.result, out);
    else judge_expect(test, *run.result, out);
}

void judge_ending(const TestCase& test, const TestRun& run, const SandboxLimits& limits, TestResult& out) {
    switch (run.ending) {
        case Ending::completed:
            judge_completed(test, run, limits, out);
            return;
        case Ending::time_limit:
            out.verdict = Verdict::time_limit;
            out.message = "took longer than " + seconds_text(test.time_limit);
            return;
        case Ending::output_limit:
            out.verdict = Verdict::output_limit;
            out.message = "printed more than " + bytes_text(test.output_limit);
            return;
        case Ending::protocol_error:
            out.verdict = Verdict::error;
            out.message = "broke the sandbox protocol: " + run.detail;
            return;
        case Ending::harness_died:
            if (run.out_of_memory) {
                out.verdict = Verdict::memory_limit;
                out.message = "the sandbox was killed by its memory limit (" + bytes_text(group_memory_limit(limits)) + ")";
                return;
            }
            bool cpu = WIFSIGNALED(run.harness_status) && WTERMSIG(run.harness_status) == SIGXCPU;
            out.verdict = cpu ? Verdict::time_limit : Verdict::crashed;
            out.message = cpu ? "used up the CPU time of the whole run"
                              : "the sandbox " + describe_wait_status(run.harness_status) + " during the test";
            return;
    }
}

}  // namespace

TestResult judge_test(const TestCase& test, const TestRun& run, const SandboxLimits& limits) {
    TestResult out;
    out.name = test.name;
    out.hidden = test.hidden;
    out.weight = test.weight;
    out.time_ms = run.time_ms;
    judge_ending(test, run, limits, out);
    if (out.verdict == Verdict::passed) out.message.clear();
    if (test.hidden) {
        // Only the verdict survives: a fixed sentence for it, and no time (the candidate
        // can sleep for as many milliseconds as a hidden argument says).
        TestResult redacted{out.name, true, out.weight, out.verdict, 0.0, std::string(hidden_test_sentence(out.verdict)),
                            {}, {}, {}, {}};
        return redacted;
    }
    out.call = test.source;
    out.expected = test.expect ? python_repr(*test.expect)
                               : "raises " + *test.raises + (test.match ? " matching /" + *test.match + "/" : "");
    out.output = run.output.text;
    return out;
}

std::string_view hidden_test_sentence(Verdict verdict) {
    switch (verdict) {
        case Verdict::passed: return "";
        case Verdict::wrong_answer: return "wrong answer";
        case Verdict::error: return "raised an exception or gave no result where a value was expected";
        case Verdict::time_limit: return "time limit exceeded";
        case Verdict::memory_limit: return "memory limit exceeded";
        case Verdict::output_limit: return "output limit exceeded";
        case Verdict::crashed: return "crashed";
        case Verdict::not_run: return "not run";
    }
    return "failed";
}

std::string describe_signal(int signal_number) {
    const char* name = sigabbrev_np(signal_number);
    const char* what = sigdescr_np(signal_number);
    std::string text = name ? std::string("SIG") + name : "signal " + std::to_string(signal_number);
    if (what) text += std::string(" (") + what + ")";
    return text;
}

std::string describe_wait_status(int status) {
    if (status < 0) return "ended";
    if (WIFSIGNALED(status)) return "was killed by " + describe_signal(WTERMSIG(status));
    return "exited with status " + std::to_string(WEXITSTATUS(status));
}

}  // namespace autograde
