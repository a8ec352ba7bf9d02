#include "sandbox/session.h"

#include <sys/wait.h>

#include <limits>
#include <utility>

#include "sandbox/process_tree.h"
#include "sandbox/pump.h"
#include "sandbox/stale_sweep.h"
#include "util/diagnostic.h"

namespace autograde {
namespace {

// Bound on one record: a reported value is at most 1 MiB of literal text (the harness's
// own limit), plus the record's other fields.
constexpr std::size_t k_max_record_bytes = 2 << 20;

// How long a harness that died on its own gets to be reaped before it is killed: at
// tier A its status travels through init and the forwarder (namespaces.h).
constexpr std::chrono::milliseconds k_exit_grace{500};

// How long Python may take to start in the sandbox before it reports 'started'. Not a
// limit of the candidate's (nothing of theirs has run yet): exceeding it is a sandbox
// failure, on a machine too overloaded to grade fairly.
constexpr std::chrono::seconds k_startup_limit{20};

std::string startup_failure(const Pump::Event& event, int status) {
    const std::string what = "the sandbox's Python did not start: ";
    switch (event.ending) {
        case Ending::time_limit:
            return what + "no sign of life within " + std::to_string(k_startup_limit.count()) +
                   " s (is the machine overloaded?)";
        case Ending::harness_died:
            return what + (WIFSIGNALED(status) ? "it was killed by signal " + std::to_string(WTERMSIG(status))
                                               : "it exited with status " + std::to_string(WEXITSTATUS(status))) +
                   " before importing the submission";
        case Ending::output_limit: return what + "it printed before importing the submission";
        case Ending::protocol_error: return what + "its first record was malformed: " + event.detail;
        case Ending::completed: break;
    }
    return what + "its first record was not 'started'";
}

// Cleans up after killed runs first (stale_sweep.h): the sweep must run before this
// session's directory exists, and once per process.
SessionConfig sweep_then(SessionConfig config) {
    sweep_stale_sandboxes_once(config.tier.cgroups);
    return config;
}

}  // namespace

HarnessSession::HarnessSession(SessionConfig config)
    : m_config(sweep_then(std::move(config))),
      m_workdir(m_config.harness_source, m_config.submission_bytes, m_config.user),
      m_containment(m_config.tier, m_workdir, m_config.limits) {}

HarnessSession::~HarnessSession() { stop(); }

void HarnessSession::stop() {
    if (m_process.pid() > 0) forget_harness(m_process.pid());
    m_process.kill_and_reap();
    m_containment.kill_all();
    kill_orphans();
}

// Ends the harness after a phase that did not complete; returns its wait status.
int HarnessSession::end_harness(Ending ending) {
    int status = ending == Ending::harness_died ? m_process.reap_within(k_exit_grace) : m_process.kill_and_reap();
    stop();
    return status;
}

ImportOutcome HarnessSession::start() {
    stop();
    m_reader = FrameReader(k_max_record_bytes);
    LaunchSpec spec{m_config.python,  m_containment.harness(), m_containment.working_dir(), m_containment.temp_dir(),
                    {k_protocol_version, Workdir::k_module_file}, m_config.limits, m_config.user, &m_containment};
    std::uint64_t oom_kills = m_containment.oom_kills();
    spec.arguments.insert(spec.arguments.end(), m_config.entry.begin(), m_config.entry.end());
    {
        auto table = lock_harness_table();
        m_process = launch_harness(spec);
        remember_harness(m_process.pid(), table);
    }

    // No output limit until 'started': the harness prints nothing, and what the submission
    // prints right after it may be read before the record is (poll order); it counts
    // against the import's limit from the next event on.
    Pump pump(m_process, m_reader, std::numeric_limits<std::uint64_t>::max(), Clock::now() + k_startup_limit, {});
    Pump::Event event = pump.next();
    const bool first_start = std::exchange(m_first_start, false);
    if (!event.record || !std::holds_alternative<StartedRecord>(*event.record)) {
        Ending ending = event.ending == Ending::completed ? Ending::protocol_error : event.ending;
        int status = end_harness(ending);
        // The first time, nothing of the candidate's has run yet: the sandbox failed, not the
        // submission. A restart may fail because of what earlier tests left (a full /tmp
        // charged to the group's memory): that is the candidate's, reported like a crash.
        if (first_start) throw SandboxError(startup_failure(event, status));
        ImportOutcome outcome;
        outcome.ending = ending == Ending::time_limit ? Ending::time_limit : Ending::harness_died;
        outcome.detail = startup_failure(event, status);
        outcome.harness_status = status;
        outcome.out_of_memory = m_containment.oom_kills() > oom_kills;
        return outcome;
    }
    pump.set_deadline(Clock::now() + m_config.import_time_limit);
    pump.set_output_limit(m_config.import_output_limit);
    event = pump.next();
    ImportOutcome outcome;
    outcome.ending = event.ending;
    outcome.detail = event.detail;
    if (event.record) {
        if (auto* failed = std::get_if<ImportFailedRecord>(&*event.record)) outcome.failure = *failed;
        else if (!std::holds_alternative<ReadyRecord>(*event.record)) {
            outcome.ending = Ending::protocol_error;
            outcome.detail = "the harness sent a test record before the submission was imported";
        }
    }
    pump.drain_output();
    if (pump.output_exceeded()) outcome.ending = Ending::output_limit;
    outcome.time_ms = pump.elapsed_ms();
    outcome.output = pump.take_output();
    if (outcome.ending != Ending::completed || outcome.failure) outcome.harness_status = end_harness(outcome.ending);
    outcome.out_of_memory = m_containment.oom_kills() > oom_kills;
    return outcome;
}

TestRun HarnessSession::run(const RunRequest& request, std::chrono::milliseconds time_limit,
                            std::uint64_t output_limit) {
    TestRun run;
    std::uint64_t oom_kills = m_containment.oom_kills();
    Pump pump(m_process, m_reader, output_limit, Clock::now() + time_limit, encode_request(request));
    for (;;) {
        Pump::Event event = pump.next();
        if (event.ending != Ending::completed) {
            run.ending = event.ending;
            run.detail = event.detail;
            break;
        }
        std::string problem = accept_test_record(*event.record, request.test, run);
        if (!problem.empty()) {
            run.ending = Ending::protocol_error;
            run.detail = problem;
            break;
        }
        if (run.exit) break;
    }
    run.time_ms = pump.elapsed_ms();
    if (run.ending == Ending::completed) pump.drain_output();
    if (pump.output_exceeded()) run.ending = Ending::output_limit;
    run.output = pump.take_output();
    if (run.ending != Ending::completed) run.harness_status = end_harness(run.ending);
    run.out_of_memory = m_containment.oom_kills() > oom_kills;
    return run;
}

// Takes one record of a running test into `run`; returns what is wrong with it, if
// anything. A test gets at most one result and then exactly one exit record.
std::string HarnessSession::accept_test_record(Record& record, int test, TestRun& run) {
    if (auto* result = std::get_if<ResultRecord>(&record)) {
        if (result->test != test) return "the harness reported a result for another test";
        if (run.result) return "the harness reported two results for one test";
        run.result = std::move(*result);
        return {};
    }
    if (auto* exit = std::get_if<ExitRecord>(&record)) {
        if (exit->test != test) return "the harness reported the end of another test";
        run.exit = *exit;
        return {};
    }
    return "the harness sent an import record while a test was running";
}

}  // namespace autograde
