// autograde show EXERCISE: what a candidate may see of an exercise — the question, the
// model answer, the task and the visible tests. Hidden tests are only counted: their
// names, calls and expected values are never printed.
#include <iostream>
#include <sstream>

#include "cli/command.h"
#include "exercise/catalogue.h"
#include "exercise/loader.h"
#include "util/ansi.h"
#include "value/value.h"

namespace autograde {
namespace {

// Every line of `text` indented; trailing blank lines dropped.
std::string indented(const std::string& text, const std::string& indent) {
    std::istringstream lines(text);
    std::string line, out, pending;
    while (std::getline(lines, line)) {
        if (line.find_first_not_of(" \t") == std::string::npos) {
            pending += "\n";
            continue;
        }
        out += pending + indent + line + "\n";
        pending.clear();
    }
    return out;
}

std::string limits_text(const Limits& limits) {
    auto ms = limits.time.count();
    std::string time = ms % 1000 == 0 ? std::to_string(ms / 1000) + " s" : std::to_string(ms) + " ms";
    return time + " per test, " + std::to_string(limits.memory >> 20) + " MiB of memory, " +
           std::to_string(limits.output >> 10) + " KiB of output per test";
}

std::string expectation(const TestCase& test) {
    if (test.raises) return "raises " + *test.raises + (test.match ? " matching /" + *test.match + "/" : "");
    std::string text = python_repr(*test.expect);
    if (test.compare.unordered) text += "   (in any order)";
    if (test.compare.approx) text += "   (floats approximately)";
    return text;
}

void print_test(const TestCase& test, bool color, std::ostream& out) {
    out << "  " << styled(test.name, Style::bold, color);
    if (test.weight != 1.0) {
        std::ostringstream weight;
        weight << test.weight;
        out << styled("  [weight " + weight.str() + "]", Style::dim, color);
    }
    out << "\n";
    if (test.kind == TestCase::Kind::call) out << "    >>> " << test.source << "\n";
    else out << indented(test.source, "    | ");
    out << "    " << styled("=> " + expectation(test), Style::green, color) << "\n";
}

}  // namespace

int run_show(const CommandContext& context) {
    const auto& positionals = context.args.positionals();
    if (positionals.size() != 1)
        throw UsageError("autograde show: expected one EXERCISE (see 'autograde show --help')");
    Exercise exercise = load_exercise(resolve_exercise(positionals[0], context.exercises_dir));
    bool color = context.color;
    auto heading = [&](const std::string& text) { return styled(text, Style::bold, color) + "\n"; };
    std::ostream& out = std::cout;

    out << styled(exercise.id, Style::cyan, color) << "  " << heading(exercise.title) << "\n";
    if (!exercise.question.text.empty()) out << heading("Question") << indented(exercise.question.text, "  ") << "\n";
    if (!exercise.question.answer.empty()) out << heading("Model answer") << indented(exercise.question.answer, "  ") << "\n";
    if (!exercise.task.empty()) out << heading("Task") << indented(exercise.task, "  ") << "\n";

    std::string entries;
    for (const std::string& name : exercise.entry) entries += (entries.empty() ? "" : ", ") + name;
    out << heading("Interface") << "  define: " << entries << "\n  limits: " << limits_text(exercise.limits) << "\n\n";
    if (!exercise.setup.empty()) out << heading("Setup (runs before every test)") << indented(exercise.setup, "  | ") << "\n";

    std::size_t hidden = 0;
    double hidden_weight = 0;
    for (const TestCase& test : exercise.tests)
        if (test.hidden) ++hidden, hidden_weight += test.weight;
    std::ostringstream summary;
    summary << "Visible tests (" << exercise.tests.size() - hidden << " of " << exercise.tests.size() << "; " << hidden
            << " hidden, worth " << hidden_weight << " of " << exercise.max_score() << " points)";
    out << heading(summary.str());
    for (const TestCase& test : exercise.tests)
        if (!test.hidden) print_test(test, color, out);
    return 0;
}

}  // namespace autograde
