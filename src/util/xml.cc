#include "util/xml.h"

#include "util/utf8_step.h"

#include <stdexcept>

namespace autograde {

namespace {

constexpr std::string_view k_replacement = k_utf8_replacement;

// A valid sequence that XML 1.0 forbids (C0 controls but tab, LF, CR; U+FFFE, U+FFFF) or
// asks to avoid (DEL, the C1 controls).
bool is_unwanted(std::string_view sequence) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(sequence[k]); };
    if (sequence.size() == 1) {
        const unsigned char c = byte(0);
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
    }
    if (sequence.size() == 2) return byte(0) == 0xC2 && byte(1) < 0xA0;  // U+0080..U+009F
    return sequence == "\xEF\xBF\xBE" || sequence == "\xEF\xBF\xBF";     // U+FFFE, U+FFFF
}

std::string escape(std::string_view bytes, bool attribute) {
    std::string out;
    out.reserve(bytes.size());
    for (const char c : xml_valid_chars(bytes)) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;  // never "]]>" in content
            case '\r': out += "&#13;"; break;
            case '"': out += attribute ? "&quot;" : "\""; break;
            case '\n': out += attribute ? "&#10;" : "\n"; break;
            case '\t': out += attribute ? "&#9;" : "\t"; break;
            default: out += c;
        }
    }
    return out;
}

}  // namespace

std::string xml_valid_chars(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size());
    std::size_t i = 0;
    while (i < bytes.size()) {
        const Utf8Step step = next_utf8(bytes, i);
        const std::string_view sequence = bytes.substr(i, step.length);
        if (step.valid && !is_unwanted(sequence)) {
            out += sequence;
        } else {
            out += k_replacement;
        }
        i += step.length;
    }
    return out;
}

std::string xml_escape_text(std::string_view bytes) { return escape(bytes, false); }

std::string xml_escape_attribute(std::string_view bytes) { return escape(bytes, true); }

XmlWriter::XmlWriter(std::ostream& out, int indent) : m_out(out), m_indent(indent) {
    m_out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
}

void XmlWriter::before_element() {
    if (m_done) throw std::logic_error("XmlWriter: a second root element");
    m_out << std::string(m_open.size() * static_cast<std::size_t>(m_indent), ' ');
}

void XmlWriter::open_tag(std::string_view name, const std::vector<XmlAttribute>& attributes) {
    before_element();
    m_out << '<' << name;
    for (const XmlAttribute& attribute : attributes) {
        m_out << ' ' << attribute.name << "=\"" << xml_escape_attribute(attribute.value) << '"';
    }
}

void XmlWriter::start(std::string_view name, const std::vector<XmlAttribute>& attributes) {
    open_tag(name, attributes);
    m_out << ">\n";
    m_open.emplace_back(name);
}

void XmlWriter::end() {
    if (m_open.empty()) throw std::logic_error("XmlWriter: end() with no open element");
    const std::string name = std::move(m_open.back());
    m_open.pop_back();
    m_out << std::string(m_open.size() * static_cast<std::size_t>(m_indent), ' ') << "</" << name << ">\n";
    m_done = m_open.empty();
}

void XmlWriter::empty(std::string_view name, const std::vector<XmlAttribute>& attributes) {
    open_tag(name, attributes);
    m_out << "/>\n";
    m_done = m_open.empty();
}

void XmlWriter::leaf(std::string_view name, const std::vector<XmlAttribute>& attributes, std::string_view text) {
    if (text.empty()) return empty(name, attributes);
    open_tag(name, attributes);
    m_out << '>' << xml_escape_text(text) << "</" << name << ">\n";
    m_done = m_open.empty();
}

}  // namespace autograde
