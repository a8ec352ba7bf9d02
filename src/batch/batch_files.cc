#include "batch/batch_files.h"

#include <charconv>
#include <cmath>
#include <sstream>

#include "report/json_reporter.h"
#include "report/result_json.h"

namespace autograde {
namespace {

// The shortest text that reads back as the same double ("7", "6.5", "1234.5").
std::string number(double value) {
    char buffer[64];
    auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return error == std::errc() ? std::string(buffer, end) : std::string("nan");
}

std::string csv_field(const std::string& text) {
    if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string quoted = "\"";
    for (char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

std::size_t passed_tests(const GradeResult& result) {
    std::size_t passed = 0;
    for (const TestResult& test : result.tests) passed += test.verdict == Verdict::passed ? 1 : 0;
    return passed;
}

// The row's report as the json reporter prints it, with "candidate" put first.
JsonValue row_object(const BatchRow& row) {
    std::ostringstream report;
    JsonReporter().write(report, row.result);
    JsonValue::Object members{{"candidate", JsonValue::string(row.candidate)}};
    const JsonValue parsed = parse_json(report.str());  // named: as_object() refers into it
    for (const JsonValue::Member& member : parsed.as_object()) members.push_back(member);
    return JsonValue::object(std::move(members));
}

}  // namespace

std::string batch_csv(const std::vector<BatchRow>& rows) {
    std::string csv = "candidate,exercise,submission,sha256,status,score,max_score,passed,failed,review,time_ms\n";
    for (const BatchRow& row : rows) {
        const GradeResult& r = row.result;
        const std::size_t passed = passed_tests(r);
        for (const std::string& field : {csv_field(row.candidate), csv_field(r.exercise), csv_field(r.submission),
                                         csv_field(r.submission_sha256), std::string(to_string(r.status)),
                                         number(r.score), number(r.max_score), std::to_string(passed),
                                         std::to_string(r.tests.size() - passed), std::to_string(r.review.size())})
            csv += field + ",";
        csv += number(std::round(r.time_ms * 10.0) / 10.0) + "\n";
    }
    return csv;
}

std::string batch_json(const std::vector<BatchRow>& rows, const std::optional<Shard>& shard) {
    std::ostringstream out;
    JsonWriter json(out);
    json.begin_object();
    json.member("autograde_version", AUTOGRADE_VERSION);
    json.key("shard");
    if (shard) json.value(shard->to_string());
    else json.null();
    json.key("results");
    json.begin_array();
    for (const BatchRow& row : rows) json.value(row_object(row));
    json.end_array();
    json.end_object();
    out << "\n";
    return out.str();
}

std::vector<BatchRow> rows_from_batch_json(const JsonValue& document) {
    std::vector<BatchRow> rows;
    for (const JsonValue& item : document.at("results").as_array())
        rows.push_back(BatchRow{item.at("candidate").as_string(), grade_result_from_json(item)});
    return rows;
}

}  // namespace autograde
