#include "report/reporter.h"

#include "report/json_reporter.h"
#include "report/text_reporter.h"

namespace autograde {

const std::vector<ReporterEntry>& reporters() {
    static const std::vector<ReporterEntry> k_table = {
        {"text", "for a person in a terminal (the default)", &make_text_reporter},
        {"json", "one JSON object for scripts; keys as in CONTRACT.md", &make_json_reporter},
    };
    return k_table;
}

std::unique_ptr<Reporter> make_reporter(std::string_view name, const ReportOptions& options) {
    for (const ReporterEntry& entry : reporters()) {
        if (entry.name == name) return entry.make(options);
    }
    return nullptr;
}

}  // namespace autograde
