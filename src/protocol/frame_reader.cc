#include "protocol/frame_reader.h"

#include <cstdint>

namespace autograde {

void FrameReader::feed(const char* data, std::size_t size) {
    if (m_oversized) return;
    m_buffer.append(data, size);
}

std::optional<std::string> FrameReader::next_frame() {
    if (m_oversized || m_buffer.size() < 4) return std::nullopt;
    std::uint32_t length = 0;
    for (int i = 3; i >= 0; --i) length = (length << 8) | static_cast<unsigned char>(m_buffer[static_cast<std::size_t>(i)]);
    if (length > m_max_frame) {
        m_oversized = true;
        m_buffer.clear();
        return std::nullopt;
    }
    if (m_buffer.size() < 4 + std::size_t{length}) return std::nullopt;
    std::string payload = m_buffer.substr(4, length);
    m_buffer.erase(0, 4 + std::size_t{length});
    return payload;
}

}  // namespace autograde
