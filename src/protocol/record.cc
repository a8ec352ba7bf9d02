#include "protocol/record.h"

#include <charconv>
#include <optional>
#include <set>

#include "util/text.h"
#include "value/literal.h"

namespace autograde {
namespace {

// A record's fields by name, checked as they are taken; whatever is left at the end is
// an unknown key. Every accessor throws ProtocolError on a missing or mistyped field.
class Fields {
public:
    explicit Fields(const Value& dict) {
        for (auto [key, value] : dict.entries()) {
            if (key->kind() != Value::Kind::str) throw ProtocolError{"a record has a key that is not a str"};
            m_fields.emplace_back(to_utf8(key->as_str()), value);
        }
    }

    const Value* find(std::string_view name) {
        for (auto& [key, value] : m_fields)
            if (key == name && value != nullptr) {
                m_taken.insert(key);
                return value;
            }
        return nullptr;
    }
    const Value& require(std::string_view name) {
        const Value* value = find(name);
        if (value == nullptr) throw ProtocolError{"a record lacks the key '" + std::string(name) + "'"};
        return *value;
    }
    std::string str(std::string_view name) { return as_str(require(name), name); }
    std::string optional_str(std::string_view name) {
        const Value* value = find(name);
        return value ? as_str(*value, name) : std::string();
    }
    int integer(std::string_view name) { return as_int(require(name), name); }
    int optional_int(std::string_view name) {
        const Value* value = find(name);
        return value ? as_int(*value, name) : 0;
    }
    std::vector<std::string> str_list(std::string_view name) {
        const Value& list = require(name);
        if (list.kind() != Value::Kind::list) throw mistyped(name, "a list");
        std::vector<std::string> out;
        for (const Value& item : list.items()) out.push_back(as_str(item, name));
        return out;
    }
    void expect_no_other_keys() const {
        for (const auto& [key, value] : m_fields)
            if (!m_taken.count(key)) throw ProtocolError{"a record has an unknown key " + quote_for_log(key, 40)};
    }

private:
    static ProtocolError mistyped(std::string_view name, std::string_view what) {
        return ProtocolError{"the record field '" + std::string(name) + "' is not " + std::string(what)};
    }
    static std::string as_str(const Value& value, std::string_view name) {
        if (value.kind() != Value::Kind::str) throw mistyped(name, "a str");
        return to_utf8(value.as_str());
    }
    static int as_int(const Value& value, std::string_view name) {
        if (value.kind() != Value::Kind::integer) throw mistyped(name, "an int");
        const std::string& digits = value.as_integer();
        int n = 0;
        auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
        if (error != std::errc() || end != digits.data() + digits.size() || n < 0)
            throw mistyped(name, "a small non-negative int");
        return n;
    }

    std::vector<std::pair<std::string, const Value*>> m_fields;
    std::set<std::string> m_taken;
};

ImportFailedRecord decode_import_failed(Fields& fields) {
    ImportFailedRecord record;
    record.status = fields.str("status");
    if (record.status == "missing_entry") {
        record.names = fields.str_list("names");
    } else if (record.status == "syntax_error" || record.status == "import_error") {
        record.type = fields.str("type");
        record.message = fields.str("message");
        record.line = fields.optional_int("line");
        record.column = fields.optional_int("column");
        record.text = fields.optional_str("text");
        record.traceback = fields.optional_str("traceback");
        if (fields.find("bases")) record.bases = fields.str_list("bases");
    } else {
        throw ProtocolError{"an import record has an unknown status " + quote_for_log(record.status, 40)};
    }
    return record;
}

ResultRecord decode_result(Fields& fields) {
    ResultRecord record;
    record.test = fields.integer("test");
    std::string outcome = fields.str("outcome");
    if (outcome == "returned") {
        record.outcome = ResultRecord::Outcome::returned;
        record.value = fields.require("value");
    } else if (outcome == "raised") {
        record.outcome = ResultRecord::Outcome::raised;
        record.type = fields.str("type");
        record.bases = fields.str_list("bases");
        record.message = fields.str("message");
    } else if (outcome == "no_result") {
        record.outcome = ResultRecord::Outcome::no_result;
    } else if (outcome == "unreportable") {
        record.outcome = ResultRecord::Outcome::unreportable;
        record.reason = fields.str("reason");
    } else {
        throw ProtocolError{"a result record has an unknown outcome " + quote_for_log(outcome, 40)};
    }
    return record;
}

ExitRecord decode_exit(Fields& fields) {
    ExitRecord record;
    record.test = fields.integer("test");
    std::string how = fields.str("how");
    if (how != "exited" && how != "signaled") throw ProtocolError{"an exit record has an unknown 'how'"};
    record.signaled = how == "signaled";
    record.code = fields.integer("code");
    // A wait status holds an exit status of 8 bits or a signal number below 65.
    if (record.code > (record.signaled ? 64 : 255)) throw ProtocolError{"an exit record's code is out of range"};
    if (record.signaled && record.code == 0) throw ProtocolError{"an exit record's code is out of range"};
    return record;
}

Record decode_fields(Fields& fields) {
    std::string kind = fields.str("kind");
    if (kind == "started") return StartedRecord{};
    if (kind == "ready") return ReadyRecord{};
    if (kind == "import_failed") return decode_import_failed(fields);
    if (kind == "result") return decode_result(fields);
    if (kind == "exit") return decode_exit(fields);
    throw ProtocolError{"a record has an unknown kind " + quote_for_log(kind, 40)};
}

}  // namespace

std::variant<Record, ProtocolError> decode_record(std::string_view payload) {
    LiteralOptions options;
    options.allow_opaque = true;
    LiteralResult parsed = parse_python_literal(payload, options);
    if (auto* error = std::get_if<LiteralError>(&parsed))
        return ProtocolError{"a record is not a valid literal: " + error->message};
    const Value& dict = std::get<Value>(parsed);
    if (dict.kind() != Value::Kind::dict) return ProtocolError{"a record is not a dict"};
    try {
        Fields fields(dict);
        Record record = decode_fields(fields);
        fields.expect_no_other_keys();
        return record;
    } catch (const ProtocolError& error) {
        return error;
    }
}

}  // namespace autograde
