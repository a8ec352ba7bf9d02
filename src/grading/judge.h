// Deciding one test's verdict from what the sandbox observed. This is the trusted side of
// the boundary: the expected value and the `raises`/`match` rule are applied here, never
// in the sandbox.
//
// The result is already safe to report: for a hidden test, judge_test leaves out the
// call, the expected value, what came back, exception messages and output — a hidden
// test's result says only its verdict and a generic reason.
#pragma once

#include "exercise/model.h"
#include "grading/result.h"
#include "sandbox/session.h"

namespace autograde {

TestResult judge_test(const TestCase& test, const TestRun& run, const SandboxLimits& limits);

// "SIGSEGV (segmentation fault)" for a signal number.
std::string describe_signal(int signal_number);

// "exited with status 3" / "was killed by SIGKILL" for a wait status.
std::string describe_wait_status(int status);

}  // namespace autograde
