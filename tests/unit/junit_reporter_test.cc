#include <catch2/catch.hpp>

#include <sstream>

#include "approval.h"
#include "consumer_check.h"
#include "report/junit_reporter.h"
#include "report/reporter.h"
#include "sample_results.h"

using namespace autograde;
using namespace autograde::testing;

namespace {

std::string junit_report(const GradeResult& result) {
    std::ostringstream out;
    make_reporter("junit", {})->write(out, result);
    return out.str();
}

std::string junit_reports(const std::vector<GradeResult>& results) {
    std::ostringstream out;
    make_reporter("junit", {})->write_many(out, results);
    return out.str();
}

void require_accepted(const std::string& report) {
    const ConsumerCheck check = check_as_consumer("junit", report);
    INFO(check.problems);
    INFO(report);
    REQUIRE(check.exit_code == 0);
}

}  // namespace

TEST_CASE("A graded submission's JUnit report matches the approved file") {
    check_approved("junit_graded", "xml", junit_report(mixed_result()));
}

TEST_CASE("A submission that did not load gets a failing 'loads the submission' testcase, its message in system-err, and its tests skipped") {
    const std::string report = junit_report(syntax_error_result());
    check_approved("junit_syntax_error", "xml", report);
    CHECK_THAT(report, Catch::Contains("<testcase name=\"loads the submission\""));
    CHECK_THAT(report, Catch::Contains("<error message=\"syntax error: solution.py:3:22: invalid syntax\" type=\"syntax_error\">"));
    CHECK_THAT(report, Catch::Contains("<system-err>solution.py:3:22: invalid syntax\n"));
    CHECK_THAT(report, Catch::Contains("tests=\"4\" failures=\"0\" errors=\"1\" skipped=\"3\""));
}

TEST_CASE("Every JUnit report parses as XML and keeps to the schema and counts that CI tools read") {
    for (const GradeResult& result : {mixed_result(), syntax_error_result(), full_score_result(), hostile_result()}) {
        INFO(result.submission);
        require_accepted(junit_report(result));
    }
    require_accepted(junit_reports({mixed_result(), syntax_error_result(), hostile_result()}));
    require_accepted(junit_reports({}));
}

TEST_CASE("Hidden tests in a JUnit report have their name, verdict and generic message only, even if the result held more") {
    const std::string report = junit_report(hostile_result());
    CHECK(report.find("SECRET") == std::string::npos);
    CHECK_THAT(report, Catch::Contains("<testcase name=\"secret\" classname=\"autograde.01-list-vs-tuple\" time=\"0\">\n"
                                       "      <failure message=\"wrong answer\" type=\"wrong_answer\"/>\n"
                                       "    </testcase>"));
}

TEST_CASE("A JUnit report of hostile strings has no control characters nor invalid UTF-8, and says U+FFFD instead") {
    const std::string report = junit_report(hostile_result());
    for (const char c : report) {
        const auto byte = static_cast<unsigned char>(c);
        INFO(static_cast<int>(byte));
        CHECK((byte >= 0x20 || c == '\n'));
    }
    CHECK(report.find("\xc2\x9b") == std::string::npos);  // a C1 control (CSI)
    CHECK_THAT(report, Catch::Contains("\xEF\xBF\xBD[2J\xEF\xBF\xBD[31mred&#13;\"quoted\" back\\slash \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD nul:\xEF\xBF\xBD"));
    CHECK_THAT(report, Catch::Contains("<property name=\"submission\" value=\"evil\xEF\xBF\xBD]0;owned\xEF\xBF\xBD.py\"/>"));
}

TEST_CASE("Verdicts become failure for a wrong answer, error for errors, crashes and limits, skipped when not run") {
    const std::string report = junit_report(mixed_result());
    CHECK_THAT(report, Catch::Contains("<failure message=\"expected a frozenset, got a tuple\" type=\"wrong_answer\">"));
    CHECK_THAT(report, Catch::Contains("<error message=\"took longer than the time limit of 2 s\" type=\"time_limit\">"));
    CHECK_THAT(report, Catch::Contains("<error message=\"raised ValueError where TypeError was expected\" type=\"error\">"));
    CHECK_THAT(report, Catch::Contains("type=\"crashed\""));
    CHECK_THAT(report, Catch::Contains("type=\"memory_limit\""));
    CHECK_THAT(report, Catch::Contains("type=\"output_limit\""));
    CHECK_THAT(report, Catch::Contains("tests=\"9\" failures=\"2\" errors=\"5\" skipped=\"0\" time=\"2.043\""));
    CHECK_THAT(junit_report(syntax_error_result()), Catch::Contains("<skipped message=\"not run: syntax error\"/>"));
}

TEST_CASE("Many results make one JUnit document with a suite each and totals that add up") {
    const std::string report = junit_reports({mixed_result(), syntax_error_result()});
    check_approved("junit_many", "xml", report);
    CHECK_THAT(report, Catch::StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                         "<testsuites name=\"autograde\" tests=\"13\" failures=\"2\" errors=\"6\" time=\"2.061\">\n"));
    CHECK(junit_reports({}) == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                               "<testsuites name=\"autograde\" tests=\"0\" failures=\"0\" errors=\"0\" time=\"0\"/>\n");
}

TEST_CASE("The JUnit checker refuses a document with wrong counts, a bad time or broken XML") {
    const std::string good = junit_report(mixed_result());
    std::string wrong_count = good;
    wrong_count.replace(wrong_count.find("failures=\"2\""), 12, "failures=\"3\"");
    CHECK(check_as_consumer("junit", wrong_count).exit_code == 1);
    std::string bad_time = good;
    bad_time.replace(bad_time.find("time=\"0.001\""), 12, "time=\"soon\" ");
    CHECK(check_as_consumer("junit", bad_time).exit_code == 1);
    CHECK(check_as_consumer("junit", good.substr(0, good.size() / 2)).exit_code == 1);
    CHECK(check_as_consumer("junit", "<?xml version=\"1.0\"?>\n<testsuites name=\"x\" tests=\"0\" failures=\"0\" "
                                     "errors=\"0\" time=\"0\">\x01</testsuites>\n")
              .exit_code == 1);
}

TEST_CASE("A batch's JUnit document names each suite CANDIDATE/EXERCISE and gives it a candidate property") {
    const GradeResult mixed = mixed_result(), broken = syntax_error_result();
    std::ostringstream out;
    JunitReporter().write_candidates(out, {{"alice/solution", mixed}, {"bob <&>", broken}});
    const std::string report = out.str();
    require_accepted(report);
    const std::size_t alice = report.find("<testsuite name=\"alice/solution/" + mixed.exercise + "\"");
    const std::size_t bob = report.find("<testsuite name=\"bob &lt;&amp;&gt;/" + broken.exercise + "\"");
    REQUIRE(alice != std::string::npos);
    REQUIRE(bob != std::string::npos);
    CHECK(alice < bob);
    CHECK_THAT(report, Catch::Contains("<properties>\n      <property name=\"candidate\" value=\"alice/solution\"/>") &&
                           Catch::Contains("<property name=\"candidate\" value=\"bob &lt;&amp;&gt;\"/>"));
    // Without candidates, suites stay named by the exercise alone.
    CHECK(junit_reports({mixed}).find("name=\"candidate\"") == std::string::npos);
}
