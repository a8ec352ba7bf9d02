#include "grading/tamper_scan.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <utility>

#include "util/utf8_step.h"

namespace autograde {
namespace {

// A token of Python source, as far as the rules below need: names, numbers, operators and
// string literals (their text, without quotes). Comments are dropped.
struct Token {
    enum class Kind { name, number, op, string };
    Kind kind;
    std::string text;
    int line;
};

// Notes quote names from the source: at most this many bytes of one, and only valid UTF-8
// (a note ends up in JSON, XML and Python strings).
constexpr std::size_t k_max_quoted_name = 60;

std::string valid_utf8(const std::string& text) {
    std::string out;
    for (std::size_t at = 0; at < text.size();) {
        const Utf8Step step = next_utf8(text, at);
        if (step.valid) out.append(text, at, step.length);
        else out += k_utf8_replacement;
        at += step.length;
    }
    return out;
}

bool is_name_start(unsigned char c) { return std::isalpha(c) || c == '_' || c >= 0x80; }
bool is_name_char(unsigned char c) { return std::isalnum(c) || c == '_' || c >= 0x80; }

class Lexer {
public:
    explicit Lexer(std::string_view source) : m_source(source) {}

    std::vector<Token> tokens() {
        std::vector<Token> out;
        while (m_at < m_source.size()) {
            unsigned char c = static_cast<unsigned char>(m_source[m_at]);
            if (c == '\n') {
                ++m_line;
                ++m_at;
            } else if (c == '#') {
                while (m_at < m_source.size() && m_source[m_at] != '\n') ++m_at;
            } else if (std::isspace(c) || c == '\\') {
                ++m_at;
            } else if (c == '"' || c == '\'') {
                out.push_back(string_literal());
            } else if (is_name_start(c)) {
                std::size_t start = m_at;
                while (m_at < m_source.size() && is_name_char(static_cast<unsigned char>(m_source[m_at]))) ++m_at;
                if (m_at < m_source.size() && (m_source[m_at] == '"' || m_source[m_at] == '\'') && m_at - start <= 2)
                    out.push_back(string_literal());  // a prefix: r"", b'', f"", rb"", ...
                else
                    out.push_back({Token::Kind::name, std::string(m_source.substr(start, std::min(m_at - start, k_max_quoted_name))), m_line});
            } else if (std::isdigit(c)) {
                std::size_t start = m_at;
                while (m_at < m_source.size() && (std::isalnum(static_cast<unsigned char>(m_source[m_at])) || m_source[m_at] == '_'))
                    ++m_at;
                out.push_back({Token::Kind::number, std::string(m_source.substr(start, m_at - start)), m_line});
            } else {
                out.push_back(operator_token());
            }
        }
        return out;
    }

private:
    // A quoted string starting at m_at (single or triple quotes); keeps its first bytes.
    Token string_literal() {
        int line = m_line;
        char quote = m_source[m_at];
        bool triple = m_source.substr(m_at, 3) == std::string(3, quote);
        m_at += triple ? 3 : 1;
        std::string text;
        while (m_at < m_source.size()) {
            char c = m_source[m_at];
            if (c == '\\' && m_at + 1 < m_source.size()) {
                if (m_source[m_at + 1] == '\n') ++m_line;
                m_at += 2;
                continue;
            }
            if (c == quote && (!triple || m_source.substr(m_at, 3) == std::string(3, quote))) {
                m_at += triple ? 3 : 1;
                break;
            }
            if (c == '\n') {
                ++m_line;
                if (!triple) break;  // an unterminated string ends at the line's end
            }
            if (text.size() < 256) text.push_back(c);
            ++m_at;
        }
        return {Token::Kind::string, std::move(text), line};
    }

    Token operator_token() {
        static const std::vector<std::string> two = {"==", "!=", "<=", ">=", "+=", "-=", "*=", "/=", "%=",
                                                     "&=", "|=", "^=", "->", ":=", "**", "//", "<<", ">>", "@="};
        for (const auto& op : two)
            if (m_source.substr(m_at, 2) == op) {
                m_at += 2;
                return {Token::Kind::op, op, m_line};
            }
        return {Token::Kind::op, std::string(1, m_source[m_at++]), m_line};
    }

    std::string_view m_source;
    std::size_t m_at = 0;
    int m_line = 1;
};

// Modules whose only use in an answer to these exercises is reaching into the interpreter.
const std::set<std::string> k_internals = {"ctypes", "gc", "inspect", "importlib", "marshal", "builtins", "__main__"};

// Names that reach stack frames or every live object, where the grader's own data lives.
const std::set<std::string> k_frame_names = {"f_back",   "f_locals",  "f_globals",    "tb_frame",       "gi_frame",
                                             "cr_frame", "ag_frame",  "_getframe",    "currentframe",   "getouterframes",
                                             "stack",    "get_referrers", "get_referents", "get_objects", "getframeinfo"};

bool is_op(const std::vector<Token>& t, std::size_t i, std::string_view op) {
    return i < t.size() && t[i].kind == Token::Kind::op && t[i].text == op;
}
bool is_name(const std::vector<Token>& t, std::size_t i, std::string_view name = {}) {
    return i < t.size() && t[i].kind == Token::Kind::name && (name.empty() || t[i].text == name);
}
bool is_assignment(const std::vector<Token>& t, std::size_t i) {
    static const std::set<std::string> ops = {"=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@="};
    return i < t.size() && t[i].kind == Token::Kind::op && ops.count(t[i].text) > 0;
}

class Scanner {
public:
    explicit Scanner(std::vector<Token> tokens) : m_t(std::move(tokens)) {}

    std::vector<ReviewNote> run() {
        for (std::size_t i = 0; i < m_t.size() && m_notes.size() < k_max_review_notes; ++i) {
            if (is_name(m_t, i, "import")) m_import_end = read_import(i);
            if (i < m_import_end) continue;  // the names an import binds are not uses
            check_attribute_assignment(i);
            check_frames(i);
            check_protocol_descriptor(i);
            check_dynamic_code(i);
            check_setattr_call(i);
            if (is_name(m_t, i, "__builtins__")) note(i, "builtins", "uses __builtins__: changing built-in functions also changes what the tests use");
            if (m_t[i].kind == Token::Kind::string && m_t[i].text.find("/proc/") != std::string::npos)
                note(i, "proc", "names a /proc path: a submission has no need to read process information");
        }
        return std::move(m_notes);
    }

private:
    void note(std::size_t i, const char* rule, std::string text) {
        if (m_notes.size() >= k_max_review_notes) return;
        if (!m_noted.insert({m_t[i].line, rule}).second) return;
        m_notes.push_back({m_t[i].line, std::move(text)});
    }

    // `import a.b as c, d` or `from a.b import c as d, e`: records the names bound, and
    // notes the modules that reach into the interpreter. Returns the index after it.
    std::size_t read_import(std::size_t i) {
        std::string from_module;
        if (i >= 2 && is_name(m_t, i - 2, "from") && is_name(m_t, i - 1)) from_module = m_t[i - 1].text;
        else if (i >= 1 && m_t[i - 1].kind == Token::Kind::name && i >= 3 && is_op(m_t, i - 2, ".")) {
            std::size_t j = i - 1;  // `from a.b import`: walk back over the dotted name
            while (j >= 2 && is_op(m_t, j - 1, ".") && is_name(m_t, j - 2)) j -= 2;
            if (j >= 1 && is_name(m_t, j - 1, "from"))
                for (std::size_t k = j; k < i; ++k) from_module += m_t[k].text;
        }
        if (!from_module.empty()) check_internal_module(i, from_module);
        std::size_t j = i + 1;
        if (is_op(m_t, j, "(")) ++j;
        while (is_name(m_t, j) && m_t[j].line == m_t[i].line) {
            std::string module = m_t[j].text;
            std::string bound = module;
            ++j;
            while (is_op(m_t, j, ".") && is_name(m_t, j + 1)) {
                module += "." + m_t[j + 1].text;
                j += 2;
            }
            if (is_name(m_t, j, "as") && is_name(m_t, j + 1)) {
                bound = m_t[j + 1].text;
                j += 2;
            }
            m_imported[bound] = from_module.empty() ? module : from_module + "." + module;
            if (from_module.empty()) check_internal_module(i, module);
            if (!is_op(m_t, j, ",")) break;
            ++j;
        }
        return j;
    }

    void check_internal_module(std::size_t i, const std::string& module) {
        std::string root = module.substr(0, module.find('.'));
        if (k_internals.count(root))
            note(i, "internals", "imports " + root + ", which reaches into the interpreter the tests run in");
    }

    // `time.sleep = ...`, `setattr(time, ...)`, `vars(time)[...] =`, `time.__dict__[...]`,
    // `del time.sleep`, `sys.modules[...] = ...`: changes to a module or class that the
    // tests' own code shares with the submission.
    void check_attribute_assignment(std::size_t i) {
        if (!is_name(m_t, i) || (i > 0 && is_op(m_t, i - 1, "."))) return;
        if (is_annotation(i)) return;
        const std::string& head = m_t[i].text;
        if ((head == "setattr" || head == "delattr") && is_op(m_t, i + 1, "(") && is_name(m_t, i + 2) &&
            m_imported.count(m_t[i + 2].text)) {
            note(i, "patch", head + " on " + m_t[i + 2].text + ": changing an imported module or class also changes what the tests use");
            return;
        }
        if (head == "vars" && is_op(m_t, i + 1, "(") && is_name(m_t, i + 2) && m_imported.count(m_t[i + 2].text) &&
            is_op(m_t, i + 3, ")") && is_op(m_t, i + 4, "[")) {
            note(i, "patch", "writes into vars(" + m_t[i + 2].text + "): changing an imported module also changes what the tests use");
            return;
        }
        if (!m_imported.count(head)) return;
        std::string chain = head;
        std::size_t j = i + 1;
        while (is_op(m_t, j, ".") && is_name(m_t, j + 1)) {
            chain += "." + m_t[j + 1].text;
            j += 2;
        }
        if (chain == head) return;
        bool deleted = i > 0 && is_name(m_t, i - 1, "del");
        bool through_dict = chain.size() >= 9 && chain.compare(chain.size() - 9, 9, ".__dict__") == 0;
        if (m_imported.at(head) == "sys" && chain == head + ".modules" && (is_op(m_t, j, "[") || is_op(m_t, j, ".")))
            note(i, "modules", "changes sys.modules: replacing a module also changes what the tests import");
        else if (is_assignment(m_t, j) || deleted || (through_dict && (is_op(m_t, j, "[") || is_op(m_t, j, "."))))
            note(i, "patch", (deleted ? "deletes " : "assigns ") + chain +
                                 ": changing an imported module or class also changes what the tests use");
    }

    // Whether the name at `i` starts an annotation: after `->`, or after the `:` of an
    // annotated name (`lock: threading.Lock = ...`, a parameter `x: threading.Lock`), which
    // starts its line or follows `(`, `,` or `*`. After a block's colon (`if x: time.sleep
    // = f`) the name starts a statement, which is checked.
    bool is_annotation(std::size_t i) const {
        if (i > 0 && is_op(m_t, i - 1, "->")) return true;
        if (i < 2 || !is_op(m_t, i - 1, ":") || !is_name(m_t, i - 2)) return false;
        static const std::set<std::string> keywords = {"if", "elif", "else", "while", "for", "try", "except", "finally",
                                                       "with", "def", "class", "lambda", "True", "False", "None", "match", "case"};
        if (keywords.count(m_t[i - 2].text)) return false;
        if (i < 3 || m_t[i - 3].line != m_t[i - 2].line) return true;  // the name starts its line
        return is_op(m_t, i - 3, "(") || is_op(m_t, i - 3, ",") || is_op(m_t, i - 3, "*") || is_op(m_t, i - 3, "**");
    }

    void check_frames(std::size_t i) {
        if (!is_name(m_t, i) || !k_frame_names.count(m_t[i].text)) return;
        bool attribute = i > 0 && is_op(m_t, i - 1, ".");
        if (m_t[i].text == "stack" && !(attribute && i >= 2 && is_name(m_t, i - 2) &&
                                          m_imported.count(m_t[i - 2].text) && m_imported.at(m_t[i - 2].text) == "inspect"))
            return;  // `stack` alone is a common variable name
        if (!attribute && !m_imported.count(m_t[i].text)) return;
        note(i, "frames", "uses " + m_t[i].text + ": reading stack frames or live objects reaches the grader's own data");
    }

    // exec(...), eval(...), compile(...), __import__(...): code or imports built at run
    // time, which a reader of the source cannot see (how the notes above are dodged).
    void check_dynamic_code(std::size_t i) {
        static const std::set<std::string> builtins = {"exec", "eval", "compile", "__import__"};
        if (!is_name(m_t, i) || !builtins.count(m_t[i].text) || !is_op(m_t, i + 1, "(")) return;
        if (i > 0 && (is_op(m_t, i - 1, ".") || is_name(m_t, i - 1, "def"))) return;  // re.compile, a method
        note(i, "dynamic", "calls " + m_t[i].text + ": code built at run time cannot be reviewed by reading the source");
    }

    // `object.__setattr__(time, ...)`: the same as assigning the attribute.
    void check_setattr_call(std::size_t i) {
        if (!is_name(m_t, i, "__setattr__") || !is_op(m_t, i + 1, "(") || !is_name(m_t, i + 2) ||
            !m_imported.count(m_t[i + 2].text))
            return;
        note(i, "patch", "__setattr__ on " + m_t[i + 2].text + ": changing an imported module or class also changes what the tests use");
    }

    // os.write(3, ...), os.fdopen(4), open(3, ...): descriptors 3 and 4 are the grader's pipes.
    void check_protocol_descriptor(std::size_t i) {
        static const std::set<std::string> calls = {"write", "fdopen", "dup2", "dup", "close", "read", "open", "writev", "fstat"};
        if (!is_name(m_t, i) || !calls.count(m_t[i].text) || !is_op(m_t, i + 1, "(")) return;
        if (i > 0 && is_op(m_t, i - 1, ".")) {  // a method: only os.write(4) and the like, not f.read(4)
            static const std::set<std::string> raw_io = {"os", "posix", "io", "_io", "builtins"};
            if (i < 2 || !is_name(m_t, i - 2) || !m_imported.count(m_t[i - 2].text) || !raw_io.count(m_imported.at(m_t[i - 2].text)))
                return;
        } else if (m_t[i].text != "open" && (!m_imported.count(m_t[i].text) || m_imported.at(m_t[i].text).rfind("os.", 0) != 0)) {
            return;  // a bare read(4) of the submission's own
        }
        std::size_t arg = i + 2;
        if (arg < m_t.size() && m_t[arg].kind == Token::Kind::number && (m_t[arg].text == "3" || m_t[arg].text == "4"))
            note(i, "descriptor", "uses descriptor " + m_t[arg].text + ", one of the grader's protocol pipes");
    }

    std::vector<Token> m_t;
    std::size_t m_import_end = 0;
    std::map<std::string, std::string> m_imported;  // a name bound by an import -> the module path
    std::set<std::pair<int, std::string>> m_noted;
    std::vector<ReviewNote> m_notes;
};

}  // namespace

std::vector<ReviewNote> scan_for_tampering(std::string_view source) {
    const bool cut = source.size() > k_max_scanned_bytes;
    std::vector<ReviewNote> notes = Scanner(Lexer(source.substr(0, k_max_scanned_bytes)).tokens()).run();
    if (cut) {
        const int line = 1 + static_cast<int>(std::count(source.begin(), source.begin() + k_max_scanned_bytes, '\n'));
        notes.push_back({line, "the source is longer than 256 KiB: what follows was not read for these notes"});
    }
    for (ReviewNote& note : notes) note.note = valid_utf8(note.note);
    std::stable_sort(notes.begin(), notes.end(), [](const ReviewNote& a, const ReviewNote& b) { return a.line < b.line; });
    return notes;
}

}  // namespace autograde
