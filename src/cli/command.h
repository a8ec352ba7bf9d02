// The subcommands of `autograde`, from one table that also prints the help (as ninja's
// tools do). Each handler lives in its own cmd_NAME.cc.
#pragma once

#include <filesystem>
#include <string_view>
#include <vector>

#include "cli/options.h"
#include "grading/grader.h"

namespace autograde {

// Exit codes (CONTRACT.md).
inline constexpr int k_exit_full_score = 0;
inline constexpr int k_exit_below_full = 1;
inline constexpr int k_exit_usage = 2;     // usage error or invalid exercise
inline constexpr int k_exit_internal = 3;  // internal or sandbox failure

struct CommandContext {
    const ParsedArgs& args;
    std::filesystem::path exercises_dir;  // --exercises, or the repository's exercises/
    bool color = false;                   // stdout is a terminal (or --color=always)
};

struct Command {
    std::string_view name;
    std::string_view synopsis;  // arguments after the name
    std::string_view summary;   // one line for `autograde --help`
    std::string_view details;   // more for `autograde NAME --help`; may be empty
    std::vector<OptionSpec> options;
    int (*run)(const CommandContext& context);
};

const std::vector<Command>& commands();

int run_list(const CommandContext& context);
int run_show(const CommandContext& context);
int run_submit(const CommandContext& context);
int run_check(const CommandContext& context);
int run_sandbox(const CommandContext& context);

// --sandbox MODE and --unsafe-local (sandbox_option.cc): the options' specs, and the
// GradeOptions they ask for. Throws UsageError for a bad mode, or none without
// --unsafe-local.
std::vector<OptionSpec> sandbox_option_specs();
GradeOptions grade_options_for(const CommandContext& context, std::string_view command);
int run_grade(const CommandContext& context);
int run_merge(const CommandContext& context);

}  // namespace autograde
