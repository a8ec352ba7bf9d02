// --sandbox MODE and --unsafe-local, shared by the subcommands that grade.
#include "cli/command.h"
#include "sandbox/tier.h"

namespace autograde {

std::vector<OptionSpec> sandbox_option_specs() {
    return {{"--sandbox", "MODE",
             std::string("sandbox tier: ") + k_sandbox_mode_names +
                 " (default: best; strict: tier A or exit 3; B: force tier B; none needs --unsafe-local)"},
            {"--unsafe-local", "", "allow --sandbox none: run submissions WITHOUT a sandbox (your own code only)"}};
}

GradeOptions grade_options_for(const CommandContext& context, std::string_view command) {
    GradeOptions options = default_grade_options();
    std::string text = context.args.value("--sandbox").value_or("best");
    std::optional<SandboxMode> mode = parse_sandbox_mode(text);
    std::string prefix = "autograde " + std::string(command) + ": ";
    if (!mode) throw UsageError(prefix + "--sandbox takes " + k_sandbox_mode_names + ", not '" + text + "'");
    if (*mode == SandboxMode::none && !context.args.flag("--unsafe-local"))
        throw UsageError(prefix + "--sandbox none runs the submission without any protection; add --unsafe-local "
                                  "to say that you mean it");
    if (*mode != SandboxMode::none && context.args.flag("--unsafe-local"))
        throw UsageError(prefix + "--unsafe-local goes only with --sandbox none");
    options.mode = *mode;
    return options;
}

}  // namespace autograde
