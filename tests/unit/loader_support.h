// Shared by the loader tests: fixtures under tests/data and the text a user sees.
#pragma once

#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include "exercise/loader.h"
#include "util/diagnostic.h"

namespace autograde::testing {

inline std::string test_data(const std::string& relative) { return std::string(AUTOGRADE_TEST_DATA) + "/" + relative; }

inline std::string read_test_data(const std::string& relative) {
    std::ifstream in(test_data(relative), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return std::move(text).str();
}

// Everything a user is shown when `yaml` is loaded from a file named `path`: all the
// diagnostics, formatted; or a note that it loaded.
inline std::string errors_in_text(std::string_view yaml, const std::string& path = "exercise.yaml") {
    try {
        load_exercise_from_text(yaml, path, "test");
    } catch (const InputError& error) {
        return error.what();
    }
    return "(loaded without errors)";
}

// The same for the fixture tests/data/bad-exercises/<name>, named "bad-exercises/<name>".
inline std::string errors_in(const std::string& name) {
    return errors_in_text(read_test_data("bad-exercises/" + name), "bad-exercises/" + name);
}

inline Exercise load_text(std::string_view yaml) { return load_exercise_from_text(yaml, "exercise.yaml", "test"); }

}  // namespace autograde::testing
