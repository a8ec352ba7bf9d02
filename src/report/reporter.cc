#include "report/reporter.h"

#include "report/exercism_reporter.h"
#include "report/github_reporter.h"
#include "report/gradescope_reporter.h"
#include "report/json_reporter.h"
#include "report/junit_reporter.h"
#include "report/text_reporter.h"

namespace autograde {

void Reporter::write_many(std::ostream& out, const std::vector<GradeResult>& results) const {
    for (std::size_t i = 0; i < results.size(); ++i) {
        if (i > 0) out << '\n';
        write(out, results[i]);
    }
}

const std::vector<ReporterEntry>& reporters() {
    static const std::vector<ReporterEntry> k_table = {
        {"text", "for a person in a terminal (the default)", "txt", &make_text_reporter},
        {"json", "one JSON object for scripts; keys as in CONTRACT.md", "json", &make_json_reporter},
        {"junit", "JUnit XML for CI (GitHub, GitLab, Jenkins): a testcase per test", "junit.xml", &make_junit_reporter},
        {"gradescope", "Gradescope autograder results.json", "gradescope.json", &make_gradescope_reporter},
        {"exercism", "Exercism test-runner results.json, version 3", "exercism.json", &make_exercism_reporter},
        {"github", "GitHub Actions annotations: an ::error per failed test, a ::notice with the score",
         "github.txt", &make_github_reporter},
    };
    return k_table;
}

const ReporterEntry* find_reporter(std::string_view name) {
    for (const ReporterEntry& entry : reporters()) {
        if (entry.name == name) return &entry;
    }
    return nullptr;
}

std::unique_ptr<Reporter> make_reporter(std::string_view name, const ReportOptions& options) {
    const ReporterEntry* entry = find_reporter(name);
    return entry ? entry->make(options) : nullptr;
}

std::optional<HiddenVisibility> hidden_visibility_from_string(std::string_view name) {
    if (name == "after_published") return HiddenVisibility::after_published;
    if (name == "hidden") return HiddenVisibility::hidden;
    return std::nullopt;
}

std::string_view to_string(HiddenVisibility visibility) {
    switch (visibility) {
        case HiddenVisibility::after_published: return "after_published";
        case HiddenVisibility::hidden: return "hidden";
    }
    return "hidden";  // never shown by mistake
}

}  // namespace autograde
