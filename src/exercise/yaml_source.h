// One exercise file while it is being loaded: its lines (for the source line under a
// diagnostic, and for finding positions inside scalars) and every problem found in it
// so far. Private to the loader.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "util/diagnostic.h"

namespace autograde {

class YamlSource {
public:
    // `path` is how diagnostics name the file; the text is copied.
    YamlSource(std::string_view text, std::string path);

    // The text of a line without its line break; `line` is 1-based. Empty past the end.
    std::string_view line(int line) const;

    // Reports a problem. yaml-cpp marks are 0-based; an invalid mark (a node built by
    // yaml-cpp without a position) gives a diagnostic without one.
    void error(const YAML::Mark& mark, std::string message);
    void error_at(int line, int column, std::string message);  // 1-based
    void error_without_position(std::string message);

    bool has_errors() const { return !m_diagnostics.empty(); }

    // Throws InputError with every diagnostic in file order, when there is any.
    void throw_if_errors() const;

private:
    std::string m_path;
    std::vector<std::string> m_lines;
    std::vector<Diagnostic> m_diagnostics;
};

}  // namespace autograde
