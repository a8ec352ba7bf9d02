// XML 1.0 output that knows nothing of autograde: escaping for any bytes, and a small
// streaming writer for documents made of elements, attributes and text.
//
// Whatever bytes it is given, what comes out is well-formed XML 1.0 in UTF-8: valid UTF-8
// passes through, each invalid sequence becomes U+FFFD, and so does each character that
// XML 1.0 does not allow in a document at all (the C0 controls other than tab, newline and
// carriage return, and U+FFFE, U+FFFF), since no escape can carry those, and each one it
// asks authors to avoid (DEL and the C1 controls U+0080..U+009F).
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace autograde {

// `bytes` with every invalid UTF-8 sequence and every character XML 1.0 forbids or
// discourages (above) replaced by U+FFFD (one per maximal invalid subpart, as Unicode recommends). What is left is also
// free of every control character but tab, newline and carriage return, so callers that
// are not writing XML use it to make text safe for a log or a web page.
std::string xml_valid_chars(std::string_view bytes);

// For element content: xml_valid_chars, then & < > as entities and a carriage return as
// &#13; (a parser's line-end handling would otherwise turn "\r\n" into "\n").
std::string xml_escape_text(std::string_view bytes);

// For an attribute value between double quotes: as xml_escape_text, plus " as &quot; and
// tab and newline as &#9; and &#10; (attribute-value normalisation would make them spaces).
std::string xml_escape_attribute(std::string_view bytes);

struct XmlAttribute {
    std::string_view name;  // trusted: written as it is
    std::string value;      // any bytes: escaped
};

// Writes one document on `out`, pretty-printed with `indent` spaces a level:
//
//   <?xml version="1.0" encoding="UTF-8"?>
//   <root a="1">
//     <child/>
//     <leaf b="2">text, exactly as given (no indentation is added inside it)</leaf>
//   </root>
//
// Element and attribute names come from the caller's code, not from data, and are
// written as they are. Misuse (end() with nothing open, a second root) throws
// std::logic_error: it is a bug in the caller. The document ends with a newline.
class XmlWriter {
public:
    explicit XmlWriter(std::ostream& out, int indent = 2);

    void start(std::string_view name, const std::vector<XmlAttribute>& attributes = {});  // <name ...>
    void end();                                                                            // </name>
    void empty(std::string_view name, const std::vector<XmlAttribute>& attributes = {});  // <name .../>
    // <name ...>text</name>; an empty text gives <name .../>.
    void leaf(std::string_view name, const std::vector<XmlAttribute>& attributes, std::string_view text);

    bool done() const { return m_done; }  // the root element is closed

private:
    void open_tag(std::string_view name, const std::vector<XmlAttribute>& attributes);
    void before_element();

    std::ostream& m_out;
    int m_indent;
    std::vector<std::string> m_open;  // names of the open elements, outermost first
    bool m_done = false;
};

}  // namespace autograde
