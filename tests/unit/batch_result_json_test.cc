// Reading reports back: the cache and `merge` depend on an exact round trip.
#include <catch2/catch.hpp>

#include "grading/judge.h"

#include <sstream>

#include "batch/batch_files.h"
#include "batch/merge.h"
#include "batch_support.h"
#include "report/json_reporter.h"
#include "report/result_json.h"
#include "sample_results.h"
#include "util/diagnostic.h"

using namespace autograde;
using namespace autograde::testing;

namespace {

std::string json_of(const GradeResult& result) {
    std::ostringstream out;
    JsonReporter().write(out, result);
    return out.str();
}

std::string error_merging(const std::vector<std::filesystem::path>& files) {
    try {
        merge_batch_files(files);
    } catch (const InputError& error) {
        return error.what();
    }
    return "(merged)";
}

}  // namespace

TEST_CASE("a JSON report read back and written again is the same bytes") {
    for (const GradeResult& result : {mixed_result(), syntax_error_result(), full_score_result(), hostile_result()}) {
        const std::string first = json_of(result);
        const std::string second = json_of(grade_result_from_json(parse_json(first)));
        CHECK(second == first);
    }
}

TEST_CASE("a report read back keeps what the grader decided") {
    const GradeResult original = mixed_result();
    const GradeResult read = grade_result_from_json(parse_json(json_of(original)));
    CHECK(read.status == original.status);
    CHECK(read.score == original.score);
    CHECK(read.max_score == original.max_score);
    REQUIRE(read.tests.size() == original.tests.size());
    for (std::size_t i = 0; i < read.tests.size(); ++i) {
        CHECK(read.tests[i].verdict == original.tests[i].verdict);
        CHECK(read.tests[i].hidden == original.tests[i].hidden);
        CHECK(read.tests[i].weight == original.tests[i].weight);
    }
    CHECK(read.sandbox.tier == original.sandbox.tier);
    CHECK(read.sandbox.layers == original.sandbox.layers);
}

TEST_CASE("a report read back keeps its review notes, and a hidden test only its verdict's sentence and no time") {
    GradeResult original = mixed_result();
    std::string text = json_of(original);
    const std::string sentence = "\"message\": \"wrong answer\"";  // hidden test 2, as written today
    REQUIRE(text.find(sentence) != std::string::npos);
    text.replace(text.find(sentence), sentence.size(), "\"message\": \"raised 'solution.Leak4242424242'\"");
    const std::string zero_time = "\"time_ms\": 0,";
    text.replace(text.rfind(zero_time), zero_time.size(), "\"time_ms\": 4242,");
    const GradeResult read = grade_result_from_json(parse_json(text));
    const TestResult& hidden = read.tests.back();
    REQUIRE(hidden.hidden);
    CHECK(hidden.message == hidden_test_sentence(hidden.verdict));
    CHECK(hidden.time_ms == 0);
    REQUIRE(read.review.size() == 1);
    CHECK(read.review[0].line == original.review[0].line);
    CHECK(read.review[0].note == original.review[0].note);
}

TEST_CASE("a report with an unknown verdict, a missing key or a wrong type is refused with a JsonError") {
    std::string text = json_of(mixed_result());
    std::string unknown_verdict = text;
    const std::string passed = "\"verdict\": \"passed\"";
    REQUIRE(unknown_verdict.find(passed) != std::string::npos);
    unknown_verdict.replace(unknown_verdict.find(passed), passed.size(), "\"verdict\": \"perfect\"");
    CHECK_THROWS_AS(grade_result_from_json(parse_json(unknown_verdict)), JsonError);
    std::string no_tests = text;
    no_tests.replace(no_tests.find("\"tests\""), 7, "\"testz\"");
    CHECK_THROWS_AS(grade_result_from_json(parse_json(no_tests)), JsonError);
    CHECK_THROWS_AS(grade_result_from_json(parse_json("{\"exercise\": 1}")), JsonError);
    CHECK_THROWS_AS(grade_result_from_json(parse_json("[]")), JsonError);
}

TEST_CASE("a batch's --json holds each report as submit prints it, with its candidate first") {
    const std::vector<BatchRow> rows = {{"alice", mixed_result()}, {"bob", full_score_result()}};
    const JsonValue document = parse_json(batch_json(rows, Shard{1, 2}));
    CHECK(document.at("shard").as_string() == "1/2");
    const JsonValue& first = document.at("results").at(std::size_t{0});
    CHECK(first.keys().front() == "candidate");
    CHECK(first.at("candidate").as_string() == "alice");
    JsonValue::Object report(first.as_object().begin() + 1, first.as_object().end());
    CHECK(JsonValue::object(report) == parse_json(json_of(mixed_result())));
}

TEST_CASE("a batch's --json read back gives the same rows and the same file") {
    const std::vector<BatchRow> rows = {{"alice", mixed_result()}, {"bob", hostile_result()}};
    const std::string text = batch_json(rows, std::nullopt);
    const std::vector<BatchRow> read = rows_from_batch_json(parse_json(text));
    REQUIRE(read.size() == 2);
    CHECK(read[1].candidate == "bob");
    CHECK(batch_json(read, std::nullopt) == text);
}

TEST_CASE("the CSV has a header and one row per result, quoting fields with commas and quotes") {
    GradeResult result = full_score_result();
    result.submission = "subs/o'neil, \"jr\".py";
    const std::string csv = batch_csv({{"o'neil, jr", result}});
    CHECK(csv.starts_with("candidate,exercise,submission,sha256,status,score,max_score,passed,failed,review,time_ms\n"));
    CHECK_THAT(csv, Catch::Contains("\"o'neil, jr\",") && Catch::Contains("\"subs/o'neil, \"\"jr\"\".py\""));
    CHECK(std::count(csv.begin(), csv.end(), '\n') == 2);
}

TEST_CASE("merge joins shards sorted by candidate and refuses a result found twice") {
    ScratchFolder scratch;
    const auto first = scratch.write("1.json", batch_json({{"zoe", mixed_result()}}, Shard{1, 2}));
    const auto second = scratch.write("2.json", batch_json({{"adam", full_score_result()}}, Shard{2, 2}));
    const std::vector<BatchRow> rows = merge_batch_files({first, second});
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].candidate == "adam");
    CHECK(rows[1].candidate == "zoe");
    CHECK_THAT(error_merging({first, second, first}),
               Catch::Contains("1.json: error: candidate 'zoe' has a result for 01-list-vs-tuple in") &&
                   Catch::Contains("each once"));
}

TEST_CASE("merge says which file is not a batch's --json output") {
    ScratchFolder scratch;
    const auto broken = scratch.write("broken.json", "{\"results\": [");
    CHECK_THAT(error_merging({broken}), Catch::Contains("broken.json:1:") && Catch::Contains("not JSON"));
    const auto report = scratch.write("report.json", json_of(mixed_result()));
    CHECK_THAT(error_merging({report}), Catch::Contains("report.json: error: not the --json output of 'autograde grade'"));
    CHECK_THAT(error_merging({scratch.dir() / "nope.json"}), Catch::Contains("nope.json: error: no such file"));
}
