#include "sandbox/session.h"

#include "sandbox/process_tree.h"
#include "sandbox/pump.h"
#include "sandbox/stale_sweep.h"

namespace autograde {
namespace {

// Bound on one record: a reported value is at most 1 MiB of literal text (the harness's
// own limit), plus the record's other fields.
constexpr std::size_t k_max_record_bytes = 2 << 20;

// How long a harness that died on its own gets to be reaped before it is killed: at
// tier A its status travels through init and the forwarder (namespaces.h).
constexpr std::chrono::milliseconds k_exit_grace{500};

// Cleans up after killed runs first (stale_sweep.h): the sweep must run before this
// session's directory exists, and once per process.
SessionConfig sweep_then(SessionConfig config) {
    sweep_stale_sandboxes_once();
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

    Pump pump(m_process, m_reader, m_config.import_output_limit, Clock::now() + m_config.import_time_limit, {});
    Pump::Event event = pump.next();
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
