// Records from the harness to the parent (protocol v1; sandbox/harness.py documents the
// wire format). Each frame's payload is a Python literal dict; decode_record validates it
// strictly — known kind, exactly the allowed keys, every field of the right type — because
// the harness may have been rewritten by the candidate. A record that fails validation is
// a ProtocolError, which the grader turns into a verdict, never a crash.
#pragma once

#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "value/value.h"

namespace autograde {

// The interpreter is up and the harness is about to import the submission: the import's
// time limit starts here, so that a slow start of Python on a busy machine is never
// counted against the candidate.
struct StartedRecord {};

// The submission imported and defines every entry name; tests may be sent.
struct ReadyRecord {};

// The submission could not be used: status is "syntax_error", "import_error" or
// "missing_entry".
struct ImportFailedRecord {
    std::string status;
    std::string type;       // exception class (syntax_error, import_error)
    std::vector<std::string> bases;  // import_error: the class's MRO, qualified names
    std::string message;
    // syntax_error: 1-based position in the submission (column in code points of `text`);
    // 0 if unknown. Any int the sandbox chose: bound it where it is used (grader.cc).
    int line = 0;
    int column = 0;
    std::string text;       // syntax_error: the offending source line
    std::string traceback;  // import_error: frames in the submission's own file
    std::vector<std::string> names;  // missing_entry: the names not defined
};

// What one test's call or code did.
struct ResultRecord {
    enum class Outcome { returned, raised, no_result, unreportable };
    int test = 0;
    Outcome outcome = Outcome::returned;
    Value value;                      // returned
    std::string type;                 // raised: qualified class name
    std::vector<std::string> bases;   // raised: the class's MRO, qualified names
    std::string message;              // raised: str(exception), bounded
    std::string reason;               // unreportable: why the value could not be sent
};

// How the forked process of one test ended.
struct ExitRecord {
    int test = 0;
    bool signaled = false;  // killed by signal `code`, or exited with status `code`
    int code = 0;
};

using Record = std::variant<StartedRecord, ReadyRecord, ImportFailedRecord, ResultRecord, ExitRecord>;

struct ProtocolError {
    std::string message;  // for the report, e.g. "a record has an unknown key 'verdict'"
};

std::variant<Record, ProtocolError> decode_record(std::string_view payload);

}  // namespace autograde
