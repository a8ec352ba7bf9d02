#include "report/junit_reporter.h"

#include <cmath>

#include "report/report_text.h"
#include "util/xml.h"

namespace autograde {

namespace {

constexpr std::string_view k_load_test_name = "loads the submission";

struct Counts {
    std::size_t tests = 0;
    std::size_t failures = 0;
    std::size_t errors = 0;
    std::size_t skipped = 0;
    double seconds = 0.0;
};

std::string seconds(double ms) { return format_decimal(ms / 1000.0, 3); }

bool loaded(const GradeResult& result) { return result.status == SubmissionStatus::graded; }

// What a suite's testcases are, counted by kind (the load testcase included).
Counts count(const GradeResult& result) {
    Counts counts;
    counts.tests = result.tests.size();
    for (const TestResult& test : result.tests) {
        if (test.verdict == Verdict::wrong_answer) ++counts.failures;
        else if (test.verdict == Verdict::not_run) ++counts.skipped;
        else if (test.verdict != Verdict::passed) ++counts.errors;
    }
    if (!loaded(result)) {
        ++counts.tests;
        ++counts.errors;
    }
    counts.seconds = std::round(result.time_ms) / 1000.0;  // whole ms, so that sums agree with what is shown
    return counts;
}

std::vector<XmlAttribute> count_attributes(const Counts& counts, bool with_skipped) {
    std::vector<XmlAttribute> attributes = {{"tests", std::to_string(counts.tests)},
                                            {"failures", std::to_string(counts.failures)},
                                            {"errors", std::to_string(counts.errors)}};
    if (with_skipped) attributes.push_back({"skipped", std::to_string(counts.skipped)});
    attributes.push_back({"time", format_decimal(counts.seconds, 3)});
    return attributes;
}

std::string first_line(std::string_view text) { return std::string(text.substr(0, text.find('\n'))); }

// A suite's result and candidate; an empty candidate (submit, write_many) adds nothing.
using Suite = CandidateResult;

void write_properties(XmlWriter& xml, const Suite& suite) {
    const GradeResult& result = suite.result;
    xml.start("properties");
    const auto property = [&](std::string_view name, std::string value) {
        xml.empty("property", {{"name", std::string(name)}, {"value", std::move(value)}});
    };
    if (!suite.candidate.empty()) property("candidate", std::string(suite.candidate));
    property("title", result.title);
    property("submission", result.submission);
    property("sha256", result.submission_sha256);
    property("status", std::string(to_string(result.status)));
    property("score", format_decimal(result.score, 6));
    property("max_score", format_decimal(result.max_score, 6));
    property("sandbox_tier", result.sandbox.tier);
    xml.end();
}

void write_testcase(XmlWriter& xml, const GradeResult& result, const TestResult& test, const std::string& classname) {
    std::vector<XmlAttribute> attributes = {
        {"name", test.name}, {"classname", classname}, {"time", seconds(test.hidden ? 0.0 : test.time_ms)}};
    // Defensive: a hidden test's output never leaves the grader, even if the result held it.
    const std::string output = test.hidden ? std::string() : test.output;
    if (test.verdict == Verdict::passed && output.empty()) return xml.empty("testcase", attributes);
    xml.start("testcase", attributes);
    const std::string verdict(to_string(test.verdict));
    const std::string message = test.message.empty() ? verdict : first_line(test.message);
    if (test.verdict == Verdict::not_run) {
        xml.empty("skipped", {{"message", "not run: " + std::string(status_sentence(result.status))}});
    } else if (test.verdict != Verdict::passed) {
        const std::string_view element = test.verdict == Verdict::wrong_answer ? "failure" : "error";
        // A hidden test's message is all it has: the attribute says it, no text repeats it.
        xml.leaf(element, {{"message", message}, {"type", verdict}}, test.hidden ? "" : test_explanation(test));
    }
    if (!output.empty()) xml.leaf("system-out", {}, output);
    xml.end();
}

// The extra testcase of a submission that did not load: an error, so that CI shows red.
void write_load_testcase(XmlWriter& xml, const GradeResult& result, const std::string& classname) {
    xml.start("testcase", {{"name", std::string(k_load_test_name)}, {"classname", classname}, {"time", "0"}});
    const std::string sentence(status_sentence(result.status));
    const std::string message = result.status_message.empty() ? sentence : sentence + ": " + first_line(result.status_message);
    xml.leaf("error", {{"message", message}, {"type", std::string(to_string(result.status))}}, result.status_message);
    xml.end();
}

void write_suite(XmlWriter& xml, const Suite& suite) {
    const GradeResult& result = suite.result;
    const std::string name =
        suite.candidate.empty() ? result.exercise : std::string(suite.candidate) + "/" + result.exercise;
    std::vector<XmlAttribute> attributes = {{"name", name}};
    for (XmlAttribute& attribute : count_attributes(count(result), true)) attributes.push_back(std::move(attribute));
    xml.start("testsuite", attributes);
    write_properties(xml, suite);
    const std::string classname = "autograde." + result.exercise;
    if (!loaded(result)) write_load_testcase(xml, result, classname);
    for (const TestResult& test : result.tests) write_testcase(xml, result, test, classname);
    if (!loaded(result)) xml.leaf("system-err", {}, result.status_message);
    xml.end();
}

void write_document(std::ostream& out, const std::vector<Suite>& suites) {
    Counts total;
    for (const Suite& suite : suites) {
        const Counts counts = count(suite.result);
        total.tests += counts.tests;
        total.failures += counts.failures;
        total.errors += counts.errors;
        total.skipped += counts.skipped;
        total.seconds += counts.seconds;
    }
    XmlWriter xml(out);
    std::vector<XmlAttribute> attributes = {{"name", "autograde"}};
    for (XmlAttribute& attribute : count_attributes(total, false)) attributes.push_back(std::move(attribute));
    if (suites.empty()) return xml.empty("testsuites", attributes);
    xml.start("testsuites", attributes);
    for (const Suite& suite : suites) write_suite(xml, suite);
    xml.end();
}

}  // namespace

void JunitReporter::write(std::ostream& out, const GradeResult& result) const { write_document(out, {Suite{{}, result}}); }

void JunitReporter::write_many(std::ostream& out, const std::vector<GradeResult>& results) const {
    std::vector<Suite> suites;
    for (const GradeResult& result : results) suites.push_back(Suite{{}, result});
    write_document(out, suites);
}

void JunitReporter::write_candidates(std::ostream& out, const std::vector<CandidateResult>& results) const {
    write_document(out, results);
}

std::unique_ptr<Reporter> make_junit_reporter(const ReportOptions&) { return std::make_unique<JunitReporter>(); }

}  // namespace autograde
