// Splits the bytes read from the harness's record pipe into frames: a 4-byte
// little-endian length, then that many bytes. The harness is untrusted, so a frame
// longer than the bound is not buffered: the reader reports it and stops.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

namespace autograde {

class FrameReader {
public:
    explicit FrameReader(std::size_t max_frame_bytes) : m_max_frame(max_frame_bytes) {}

    void feed(const char* data, std::size_t size);
    // The next complete frame's payload, if one has arrived.
    std::optional<std::string> next_frame();
    // A frame announced more than max_frame_bytes; nothing more will be returned.
    bool oversized() const { return m_oversized; }
    // Bytes received that are not yet a complete frame (a truncated record at EOF).
    bool has_partial_frame() const { return !m_buffer.empty(); }

private:
    std::size_t m_max_frame;
    std::string m_buffer;
    bool m_oversized = false;
};

}  // namespace autograde
