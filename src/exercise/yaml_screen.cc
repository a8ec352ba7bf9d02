#include "exercise/yaml_screen.h"

#include <cstdio>
#include <sstream>
#include <string>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include "util/utf8_step.h"

namespace autograde {
namespace {

// Far deeper than an exercise needs, and below the depth at which yaml-cpp gives up.
constexpr int k_max_depth = 100;

std::string hex_byte(unsigned char byte) {
    char text[8];
    std::snprintf(text, sizeof text, "0x%02X", byte);
    return text;
}

// Thrown from the event handler to stop the parse once the nesting limit is crossed.
struct TooDeep {};

class ScreeningHandler : public YAML::EventHandler {
public:
    explicit ScreeningHandler(YamlSource& source) : m_source(source) {}

    void OnDocumentStart(const YAML::Mark& mark) override {
        if (++m_documents == 2) {
            m_source.error(mark, "a second YAML document; exercise.yaml must hold one document (remove the '---' and what follows, or merge it into the first)");
        }
    }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t, const std::string&) override {
        check_tag(mark, tag);
    }
    void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t, YAML::EmitterStyle::value) override {
        open(mark, tag);
    }
    void OnSequenceEnd() override { --m_depth; }
    void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t, YAML::EmitterStyle::value) override {
        open(mark, tag);
    }
    void OnMapEnd() override { --m_depth; }

private:
    // yaml-cpp gives a node without a tag "?" (plain) or "!" (quoted, block or flow).
    void check_tag(const YAML::Mark& mark, const std::string& tag) {
        if (tag.empty() || tag == "?" || tag == "!") return;
        if (m_documents > 1) return;  // the second document is reported as a whole
        m_source.error(mark, "tags are not supported (" + tag_spelling(tag) + "); write the value without it");
    }

    void open(const YAML::Mark& mark, const std::string& tag) {
        check_tag(mark, tag);
        if (++m_depth > k_max_depth) {
            m_source.error(mark, "nested too deeply: at most " + std::to_string(k_max_depth) + " levels of lists and mappings");
            throw TooDeep{};
        }
    }

    // yaml-cpp expands `!!binary` to its full name; show it as written.
    static std::string tag_spelling(const std::string& tag) {
        const std::string core = "tag:yaml.org,2002:";
        return tag.rfind(core, 0) == 0 ? "!!" + tag.substr(core.size()) : tag;
    }

    YamlSource& m_source;
    int m_documents = 0;
    int m_depth = 0;
};

}  // namespace

bool check_text_encoding(YamlSource& source, std::string_view text) {
    bool ok = true;
    int line = 1;
    std::size_t line_start = 0;
    bool line_reported = false;
    for (std::size_t i = 0; i < text.size();) {
        if (text[i] == '\n') {
            ++line;
            line_start = ++i;
            line_reported = false;
            continue;
        }
        const Utf8Step step = text[i] == '\0' ? Utf8Step{1, false} : next_utf8(text, i);
        if (!step.valid && !line_reported) {
            const int column = static_cast<int>(i - line_start) + 1;
            source.error_at(line, column, text[i] == '\0' ? "a NUL byte; exercise.yaml must be text"
                                                          : "invalid UTF-8 (byte " + hex_byte(static_cast<unsigned char>(text[i])) +
                                                                "); exercise.yaml must be UTF-8 text");
            line_reported = true;
            ok = false;
        }
        i += step.length;
    }
    return ok;
}

void check_yaml_events(YamlSource& source, std::string_view text) {
    std::istringstream in{std::string(text)};
    ScreeningHandler handler(source);
    try {
        YAML::Parser parser(in);
        while (parser.HandleNextDocument(handler)) {
        }
    } catch (const TooDeep&) {
        // Reported; the rest is not looked at.
    } catch (const YAML::Exception&) {
        // A syntax error: the node parser reports it.
    }
}

}  // namespace autograde
