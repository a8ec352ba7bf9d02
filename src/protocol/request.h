// Requests from the parent to the harness (protocol v1; sandbox/harness.py documents the
// wire format). A request carries one test's call or code, and the exercise's setup
// code, and is sent only when that test runs: nothing about the other tests, and never an
// expected value, enters the sandbox.
#pragma once

#include <string>

namespace autograde {

inline constexpr const char* k_protocol_version = "1";

struct RunRequest {
    int test = 0;              // index of the test in the exercise
    bool is_code = false;      // `code` snippet (sets `result`) or `call` expression
    std::string source;
    std::string setup;         // may be empty
};

// The framed bytes to write to the harness's request pipe: a 4-byte little-endian length,
// then the request as Python marshal data (a dict of str and int).
std::string encode_request(const RunRequest& request);

}  // namespace autograde
