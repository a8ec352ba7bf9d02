// The outcome of grading one submission: what every reporter prints. It is built by the
// grader (grader.h) and is already safe to show: a hidden test's result carries its
// name, weight, verdict and a fixed sentence for that verdict only — never its call,
// code, expected value, the value it got, an exception's class or message, an exit status
// or signal, its output or its time (each could echo hidden inputs).
#pragma once

#include <string>
#include <vector>

#include "grading/tamper_scan.h"
#include "grading/verdict.h"
#include "sandbox/layers.h"

namespace autograde {

struct TestResult {
    std::string name;
    bool hidden = false;
    double weight = 1.0;
    Verdict verdict = Verdict::not_run;
    double time_ms = 0.0;  // wall clock of the test's run, as the parent measured it; 0 for a hidden test
    // One line or a few for a person: why it did not pass (empty when passed). For a
    // hidden test only hidden_test_sentence(verdict) (judge.h), e.g. "wrong answer".
    std::string message;
    // Visible tests only (empty for hidden ones): what was asked and seen.
    std::string call;      // the call expression or code snippet
    std::string expected;  // repr of the expected value, or "raises ValueError"
    std::string got;       // repr of the value, or "ValueError: message"
    std::string output;    // what the test printed on stdout and stderr, interleaved in the order the
                           // parent read it (so not byte-for-byte repeatable), cut to a few KiB
};

struct GradeResult {
    std::string exercise;     // exercise id, e.g. "01-list-vs-tuple"
    std::string title;
    std::string submission;   // the path as the user gave it
    std::string submission_sha256;
    SubmissionStatus status = SubmissionStatus::graded;
    std::string status_message;  // why it is not graded (the syntax error, the exception)
    double score = 0.0;
    double max_score = 0.0;
    double time_ms = 0.0;        // sandbox start to the last visible test (hidden tests' time is never shown)
    std::vector<TestResult> tests;
    // Where the source tampers with the interpreter the tests share (grading/tamper_scan.h):
    // for a person to read, never part of the score.
    std::vector<ReviewNote> review;
    SandboxSummary sandbox;

    bool full_score() const { return status == SubmissionStatus::graded && score >= max_score; }
};

}  // namespace autograde
