// Reporter::write_many: many submissions' reports as one document (the batch command's output).
#include <catch2/catch.hpp>

#include <sstream>

#include "approval.h"
#include "report/reporter.h"
#include "sample_results.h"
#include "util/json.h"

using namespace autograde;
using namespace autograde::testing;

namespace {

std::string write_one(std::string_view format, const GradeResult& result) {
    std::ostringstream out;
    make_reporter(format, {})->write(out, result);
    return out.str();
}

std::string write_many(std::string_view format, const std::vector<GradeResult>& results) {
    std::ostringstream out;
    make_reporter(format, {})->write_many(out, results);
    return out.str();
}

}  // namespace

TEST_CASE("Many results in JSON are an array of the objects each result's own report holds") {
    const std::string text = write_many("json", {mixed_result(), syntax_error_result()});
    REQUIRE(text.ends_with("]\n"));
    const JsonValue reports = parse_json(text);
    REQUIRE(reports.size() == 2);
    CHECK(reports.at(std::size_t{0}) == parse_json(write_one("json", mixed_result())));
    CHECK(reports.at(std::size_t{1}) == parse_json(write_one("json", syntax_error_result())));
    CHECK(write_many("json", {}) == "[]\n");
}

TEST_CASE("Many results in text are the reports one after another, a blank line between") {
    CHECK(write_many("text", {mixed_result(), syntax_error_result()}) ==
          write_one("text", mixed_result()) + "\n" + write_one("text", syntax_error_result()));
    CHECK(write_many("text", {}).empty());
}

TEST_CASE("Every format either writes many results or refuses them with an invalid_argument that names it") {
    for (const ReporterEntry& entry : reporters()) {
        INFO(entry.name);
        std::ostringstream out;
        try {
            make_reporter(entry.name, {})->write_many(out, {mixed_result(), full_score_result()});
            CHECK(!out.str().empty());
        } catch (const std::invalid_argument& error) {
            CHECK_THAT(error.what(), Catch::Contains(std::string(entry.name)));
        }
    }
}
