// The protocol between the parent and the harness: what the parent accepts from the
// (untrusted) harness, and what it sends.
#include <catch2/catch.hpp>

#include "protocol/frame_reader.h"
#include "protocol/record.h"
#include "protocol/request.h"

using namespace autograde;

namespace {

std::string problem_with(std::string_view payload) {
    auto decoded = decode_record(payload);
    if (auto* error = std::get_if<ProtocolError>(&decoded)) return error->message;
    return "";
}

std::string framed(const std::string& payload) {
    std::string out(4, '\0');
    for (int i = 0; i < 4; ++i) out[static_cast<std::size_t>(i)] = static_cast<char>((payload.size() >> (8 * i)) & 0xff);
    return out + payload;
}

}  // namespace

TEST_CASE("a returned value is decoded with its exact types") {
    auto decoded = decode_record("{'kind': 'result', 'test': 2, 'outcome': 'returned', 'value': (1, [True], <'Foo'>)}");
    auto& record = std::get<ResultRecord>(std::get<Record>(decoded));
    CHECK(record.test == 2);
    CHECK(record.outcome == ResultRecord::Outcome::returned);
    CHECK(python_repr(record.value) == "(1, [True], <Foo object>)");
}

TEST_CASE("a raised exception is decoded with its class hierarchy") {
    auto decoded = decode_record(
        "{'kind': 'result', 'test': 0, 'outcome': 'raised', 'type': 'KeyError', 'bases': ['KeyError', 'LookupError'], "
        "'message': \"'x'\"}");
    auto& record = std::get<ResultRecord>(std::get<Record>(decoded));
    CHECK(record.type == "KeyError");
    CHECK(record.bases == std::vector<std::string>{"KeyError", "LookupError"});
    CHECK(record.message == "'x'");
}

TEST_CASE("the harness's first record, 'started', carries nothing else") {
    CHECK(std::holds_alternative<StartedRecord>(std::get<Record>(decode_record("{'kind': 'started'}"))));
    CHECK(problem_with("{'kind': 'started', 'test': 0}") == "a record has an unknown key 'test'");
}

TEST_CASE("records the harness never sends are protocol errors, not crashes") {
    CHECK(problem_with("") == "a record is not a valid literal: empty input: expected a Python literal");
    CHECK(problem_with("[1, 2]") == "a record is not a dict");
    CHECK(problem_with("{'kind': 'result', 'test': 0, 'outcome': 'returned', 'value': 1, 'verdict': 'passed'}") ==
          "a record has an unknown key 'verdict'");
    CHECK(problem_with("{'kind': 'passed'}") == "a record has an unknown kind 'passed'");
    CHECK(problem_with("{'kind': 'result', 'test': '0', 'outcome': 'returned', 'value': 1}") ==
          "the record field 'test' is not an int");
    CHECK(problem_with("{'kind': 'result', 'test': -1, 'outcome': 'returned', 'value': 1}") ==
          "the record field 'test' is not a small non-negative int");
    CHECK(problem_with("{'kind': 'result', 'test': 99999999999999999999, 'outcome': 'returned', 'value': 1}") ==
          "the record field 'test' is not a small non-negative int");
    CHECK(problem_with("{'kind': 'result', 'test': 0, 'outcome': 'returned'}") == "a record lacks the key 'value'");
    CHECK(problem_with("{1: 2}") == "a record has a key that is not a str");
    CHECK(problem_with("{'kind': 'exit', 'test': 0, 'how': 'vanished', 'code': 0}") == "an exit record has an unknown 'how'");
    CHECK(problem_with("{'kind': 'import_failed', 'status': 'graded'}") == "an import record has an unknown status 'graded'");
}

TEST_CASE("an exit record's code must be one a wait status can hold") {
    CHECK(problem_with("{'kind': 'exit', 'test': 0, 'how': 'exited', 'code': 256}") == "an exit record's code is out of range");
    CHECK(problem_with("{'kind': 'exit', 'test': 0, 'how': 'signaled', 'code': 65}") == "an exit record's code is out of range");
    CHECK(problem_with("{'kind': 'exit', 'test': 0, 'how': 'signaled', 'code': 0}") == "an exit record's code is out of range");
    CHECK(problem_with("{'kind': 'exit', 'test': 0, 'how': 'exited', 'code': 255}").empty());
    CHECK(problem_with("{'kind': 'exit', 'test': 0, 'how': 'signaled', 'code': 9}").empty());
}

TEST_CASE("a record nested deeper than the parser allows is refused, not a stack overflow") {
    std::string deep = "{'kind': 'result', 'test': 0, 'outcome': 'returned', 'value': " + std::string(100000, '[') +
                       std::string(100000, ']') + "}";
    CHECK_THAT(problem_with(deep), Catch::StartsWith("a record is not a valid literal: nesting is deeper than"));
}

TEST_CASE("frames are reassembled from arbitrary chunks") {
    FrameReader reader(1024);
    std::string bytes = framed("{'kind': 'ready'}") + framed("abc");
    for (char byte : bytes) reader.feed(&byte, 1);
    CHECK(reader.next_frame() == "{'kind': 'ready'}");
    CHECK(reader.next_frame() == "abc");
    CHECK_FALSE(reader.next_frame());
    CHECK_FALSE(reader.has_partial_frame());
}

TEST_CASE("a frame announcing more than the bound is refused without buffering it") {
    FrameReader reader(16);
    std::string header = framed(std::string(17, 'x')).substr(0, 4);
    reader.feed(header.data(), header.size());
    CHECK_FALSE(reader.next_frame());
    CHECK(reader.oversized());
}

TEST_CASE("a request carries one test's source and setup as marshal data") {
    std::string bytes = encode_request(RunRequest{3, true, "result = 1", "import os"});
    std::uint32_t length = 0;
    for (int i = 3; i >= 0; --i) length = (length << 8) | static_cast<unsigned char>(bytes[static_cast<std::size_t>(i)]);
    CHECK(length == bytes.size() - 4);
    CHECK(bytes[4] == '{');
    CHECK(bytes.find("result = 1") != std::string::npos);
    CHECK(bytes.find("code") != std::string::npos);
    CHECK(bytes.back() == '0');
}
