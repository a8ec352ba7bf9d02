// autograde: grade Python submissions against exercises, in a sandbox.
#include <signal.h>
#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "cli/command.h"
#include "sandbox/process_tree.h"
#include "util/diagnostic.h"
#include "util/text.h"

namespace autograde {
namespace {

// Options every subcommand accepts.
const std::vector<OptionSpec> k_common_options = {
    {"--exercises", "DIR", "the exercises folder (default: the repository's exercises/)"},
    {"--color", "WHEN", "colour the output: auto, always or never (default: auto)"},
    {"--help", "", "show this help"},
};

void print_usage(std::ostream& out) {
    out << "usage: autograde COMMAND [ARGS...] [OPTIONS]\n\ncommands:\n";
    for (const Command& command : commands())
        out << "  " << command.name << std::string(10 - command.name.size(), ' ') << command.summary << "\n";
    out << "\nRun 'autograde COMMAND --help' for a command's options. 'autograde --version' prints the version.\n";
}

void print_command_help(const Command& command, std::ostream& out) {
    out << "usage: autograde " << command.name << (command.synopsis.empty() ? "" : " ") << command.synopsis
        << " [OPTIONS]\n\n" << command.summary << "\n";
    if (!command.details.empty()) out << "\n" << command.details << "\n";
    out << "\noptions:\n";
    auto print_option = [&](const OptionSpec& spec) {
        std::string left = spec.name + (spec.value_name.empty() ? "" : " " + spec.value_name);
        out << "  " << left << std::string(left.size() < 20 ? 20 - left.size() : 1, ' ') << spec.help << "\n";
    };
    for (const OptionSpec& spec : command.options) print_option(spec);
    for (const OptionSpec& spec : k_common_options) print_option(spec);
}

std::filesystem::path default_exercises_dir() {
    std::error_code error;
    auto exe = std::filesystem::read_symlink("/proc/self/exe", error);
    if (!error) {
        auto beside = exe.parent_path().parent_path() / "exercises";
        if (std::filesystem::is_directory(beside, error)) return beside;
    }
    return std::filesystem::path(AUTOGRADE_SOURCE_DIR) / "exercises";
}

bool want_color(const ParsedArgs& args) {
    std::string when = args.value("--color").value_or("auto");
    if (when == "always") return true;
    if (when == "never") return false;
    if (when != "auto") throw UsageError("autograde: --color takes auto, always or never, not '" + when + "'");
    const char* no_color = std::getenv("NO_COLOR");
    return isatty(STDOUT_FILENO) && !(no_color && *no_color);
}

// On Ctrl-C or a termination request, the sandboxes go down with us.
void on_termination_signal(int signal_number) {
    kill_all_harnesses_from_signal_handler();
    _exit(128 + signal_number);
}

void install_signal_handlers() {
    become_subreaper();  // orphans of the candidate's processes come to us to be killed
    signal(SIGPIPE, SIG_IGN);  // a harness that closed its pipe is an event, not our death
    for (int signal_number : {SIGINT, SIGTERM, SIGHUP}) signal(signal_number, on_termination_signal);
}

const Command* find_command(const std::string& name) {
    for (const Command& command : commands())
        if (command.name == name) return &command;
    std::vector<std::string> names;
    for (const Command& command : commands()) names.emplace_back(command.name);
    std::string message = "autograde: unknown command '" + name + "'";
    if (auto near = closest_match(name, names)) message += "; did you mean '" + *near + "'?";
    else message += " (see 'autograde --help')";
    throw UsageError(message);
}

int run(const std::vector<std::string>& argv) {
    if (argv.empty()) {
        print_usage(std::cerr);
        return k_exit_usage;
    }
    if (argv[0] == "--help" || argv[0] == "-h" || argv[0] == "help") {
        print_usage(std::cout);
        return 0;
    }
    if (argv[0] == "--version") {
        std::cout << "autograde " << AUTOGRADE_VERSION << "\n";
        return 0;
    }
    const Command& command = *find_command(argv[0]);
    std::vector<OptionSpec> specs = command.options;
    specs.insert(specs.end(), k_common_options.begin(), k_common_options.end());
    ParsedArgs args(std::string(command.name), {argv.begin() + 1, argv.end()}, specs);
    if (args.flag("--help")) {
        print_command_help(command, std::cout);
        return 0;
    }
    CommandContext context{args, args.value("--exercises").value_or(default_exercises_dir().string()), want_color(args)};
    return command.run(context);
}

}  // namespace
}  // namespace autograde

int main(int argc, char** argv) {
    using namespace autograde;
    install_signal_handlers();
    try {
        return run({argv + 1, argv + argc});
    } catch (const UsageError& error) {
        std::cerr << error.what() << "\n";
        return k_exit_usage;
    } catch (const InputError& error) {
        for (const Diagnostic& diagnostic : error.diagnostics()) std::cerr << format_diagnostic(diagnostic) << "\n";
        return k_exit_usage;
    } catch (const SandboxError& error) {
        std::cerr << "autograde: sandbox error: " << error.what() << "\n";
        return k_exit_internal;
    } catch (const std::exception& error) {
        std::cerr << "autograde: internal error: " << error.what() << "\n";
        return k_exit_internal;
    }
}
