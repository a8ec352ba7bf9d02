// Reading a submission's source for code that tampers with the interpreter the tests run
// in, so that a person reviewing a hiring batch knows which submissions to read.
//
// Why: the candidate's module is imported into the process that then runs every test's
// code. Code that replaces `time.sleep` or `threading.Barrier` at import, walks the call
// stack, or writes on the protocol descriptors can fool a test that measures inside the
// sandbox, whatever the sandbox does. No scan can prove a submission honest (code can be
// hidden behind `exec` or `getattr`), so these are notes for a reviewer, never a verdict:
// they change no score.
//
// The scan reads the source text only (it runs nothing) and is linear in its size.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace autograde {

struct ReviewNote {
    int line = 0;      // 1-based line in the submission
    std::string note;  // e.g. "assigns time.sleep: a replaced module attribute also changes what the tests use"
};

// At most `k_max_review_notes` notes, in source order; one per rule and line. Only the
// first `k_max_scanned_bytes` are read, and then one more note, the last, says so: the
// scan runs in the trusted parent, on a file the candidate wrote.
inline constexpr std::size_t k_max_review_notes = 20;
inline constexpr std::size_t k_max_scanned_bytes = 256 << 10;
std::vector<ReviewNote> scan_for_tampering(std::string_view source);

}  // namespace autograde
