#include "protocol/request.h"

#include <cstdint>

namespace autograde {
namespace {

// The few marshal type codes the harness needs (CPython's Python/marshal.c, version 4).
constexpr char k_marshal_dict = '{';
constexpr char k_marshal_dict_end = '0';
constexpr char k_marshal_int32 = 'i';
constexpr char k_marshal_unicode = 'u';  // UTF-8 bytes, length-prefixed

void put_uint32(std::string& out, std::uint32_t n) {
    for (int shift = 0; shift < 32; shift += 8) out.push_back(static_cast<char>((n >> shift) & 0xff));
}

void put_str(std::string& out, const std::string& utf8) {
    out.push_back(k_marshal_unicode);
    put_uint32(out, static_cast<std::uint32_t>(utf8.size()));
    out += utf8;
}

void put_int(std::string& out, int n) {
    out.push_back(k_marshal_int32);
    put_uint32(out, static_cast<std::uint32_t>(n));
}

}  // namespace

std::string encode_request(const RunRequest& request) {
    std::string body;
    body.push_back(k_marshal_dict);
    put_str(body, "test");
    put_int(body, request.test);
    put_str(body, "kind");
    put_str(body, request.is_code ? "code" : "call");
    put_str(body, "source");
    put_str(body, request.source);
    put_str(body, "setup");
    put_str(body, request.setup);
    body.push_back(k_marshal_dict_end);

    std::string framed;
    put_uint32(framed, static_cast<std::uint32_t>(body.size()));
    return framed + body;
}

}  // namespace autograde
