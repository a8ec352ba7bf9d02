// What happened to one test, and to the submission as a whole. The names are the
// contract's (CONTRACT.md): reports print them as they are spelled here.
#pragma once

#include <string_view>

namespace autograde {

enum class Verdict {
    passed,
    wrong_answer,   // returned (or raised) something other than expected
    error,          // raised where a value was expected, or broke the protocol
    time_limit,     // wall-clock limit of the test exceeded
    memory_limit,   // memory limit of the sandbox exceeded
    output_limit,   // printed more than the test's output limit
    crashed,        // the test's process died (signal, os._exit) before reporting
    not_run,        // the submission could not be imported, so no test ran
};

// The outcome of loading the submission, before any test runs.
enum class SubmissionStatus {
    graded,         // the module imported and defined every entry; tests ran
    syntax_error,
    import_error,   // an exception while executing the module
    missing_entry,  // imported, but a name of `entry` is not defined
    time_limit,     // importing took longer than the time limit
    memory_limit,
    output_limit,
    crashed,
};

std::string_view to_string(Verdict verdict);
std::string_view to_string(SubmissionStatus status);

}  // namespace autograde
