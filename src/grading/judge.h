// Deciding one test's verdict from what the sandbox observed. This is the trusted side of
// the boundary: the expected value and the `raises`/`match` rule are applied here, never
// in the sandbox.
//
// The result is already safe to report: a hidden test's result holds its name, weight,
// verdict and hidden_test_sentence(verdict) only. Its time is 0, and nothing the candidate
// controls (exception class or message, exit status, signal, a forged record's text,
// output, the value returned) reaches it: after the import, all of that is the
// candidate's to choose, so any of it could spell out the hidden arguments.
#pragma once

#include "exercise/model.h"
#include "grading/result.h"
#include "sandbox/session.h"

namespace autograde {

TestResult judge_test(const TestCase& test, const TestRun& run, const SandboxLimits& limits);

// The message of a hidden test with this verdict: one fixed sentence per verdict.
std::string_view hidden_test_sentence(Verdict verdict);

// "SIGSEGV (segmentation fault)" for a signal number.
std::string describe_signal(int signal_number);

// "exited with status 3" / "was killed by SIGKILL" for a wait status.
std::string describe_wait_status(int status);

}  // namespace autograde
