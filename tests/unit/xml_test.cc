#include <catch2/catch.hpp>

#include <sstream>
#include <stdexcept>

#include "util/xml.h"

using namespace autograde;

TEST_CASE("XML text escapes markup characters and keeps a carriage return as a character reference") {
    CHECK(xml_escape_text("a < b && c > d]]>") == "a &lt; b &amp;&amp; c &gt; d]]&gt;");
    CHECK(xml_escape_text("\"quoted\"\tline\r\nnext") == "\"quoted\"\tline&#13;\nnext");
}

TEST_CASE("XML attribute values also escape quotes, tabs and newlines") {
    CHECK(xml_escape_attribute("say \"hi\"\ta\nb\r") == "say &quot;hi&quot;&#9;a&#10;b&#13;");
}

TEST_CASE("Characters XML 1.0 cannot hold or discourages, and invalid UTF-8, become U+FFFD") {
    const std::string fffd = "\xEF\xBF\xBD";
    CHECK(xml_valid_chars(std::string("nul:\0.", 6)) == "nul:" + fffd + ".");
    CHECK(xml_valid_chars("\x1b[31m\x7f") == fffd + "[31m" + fffd);
    CHECK(xml_valid_chars("c1:\xc2\x9b nbsp:\xc2\xa0") == "c1:" + fffd + " nbsp:\xc2\xa0");
    CHECK(xml_valid_chars("\xef\xbf\xbe\xef\xbf\xbf") == fffd + fffd);              // U+FFFE, U+FFFF
    CHECK(xml_valid_chars("\xed\xa0\x80") == fffd + fffd + fffd);                    // a surrogate
    CHECK(xml_valid_chars("\xc0\xaf \xe2\x82 \xf4\x90\x80\x80") == fffd + fffd + " " + fffd + " " + fffd + fffd + fffd + fffd);
    CHECK(xml_valid_chars("é €  \xf0\x9f\x98\x80") == "é €  \xf0\x9f\x98\x80");  // valid text passes through
}

TEST_CASE("The XML writer indents elements, never the text inside a leaf, and ends the document with a newline") {
    std::ostringstream out;
    XmlWriter xml(out);
    xml.start("root", {{"a", "1 < 2"}});
    xml.empty("child");
    xml.leaf("leaf", {}, "two\n  lines");
    xml.leaf("none", {{"b", "x"}}, "");
    xml.end();
    CHECK(xml.done());
    CHECK(out.str() == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                       "<root a=\"1 &lt; 2\">\n"
                       "  <child/>\n"
                       "  <leaf>two\n  lines</leaf>\n"
                       "  <none b=\"x\"/>\n"
                       "</root>\n");
}

TEST_CASE("Misusing the XML writer is a logic error") {
    std::ostringstream out;
    XmlWriter xml(out);
    CHECK_THROWS_AS(xml.end(), std::logic_error);
    xml.empty("root");
    CHECK_THROWS_AS(xml.empty("second"), std::logic_error);
}
