// One submission's conversation with its harness: start it (the submission is imported
// once), then run tests one at a time. The session enforces, from outside, each phase's
// wall-clock and output limits and the size of records, and kills the whole sandbox when
// one is exceeded; after that the next test starts a fresh harness (restart()).
//
// It reports observations only (what came back, how the process ended, what it printed);
// deciding verdicts is the grader's job (grading/judge.h).
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

#include "protocol/frame_reader.h"
#include "protocol/record.h"
#include "protocol/request.h"
#include "sandbox/containment.h"
#include "sandbox/launcher.h"
#include "sandbox/tier.h"
#include "sandbox/workdir.h"

namespace autograde {

struct SessionConfig {
    std::filesystem::path python;
    std::string harness_source;
    std::string submission_bytes;
    std::vector<std::string> entry;
    SandboxLimits limits;
    std::optional<SandboxUser> user;
    std::chrono::milliseconds import_time_limit{2000};
    std::uint64_t import_output_limit = 64ull << 10;
    TierPlan tier;  // the layers to set up (tier.h); prepared once, reused by restarts
};

// How a phase (the import, or one test) ended.
enum class Ending {
    completed,       // the harness answered: ready/import_failed, or a test's exit record
    time_limit,      // the wall-clock limit passed; the sandbox was killed
    output_limit,    // stdout+stderr exceeded the limit; the sandbox was killed
    harness_died,    // the harness exited or closed its record pipe; see `harness_status`
    protocol_error,  // a malformed, unexpected or oversized record; the sandbox was killed
};

struct PhaseOutput {
    std::string text;            // stdout and stderr in the order read, the first few KiB
    std::uint64_t bytes = 0;     // total printed
};

struct ImportOutcome {
    Ending ending = Ending::completed;
    std::optional<ImportFailedRecord> failure;  // completed but not ready
    std::string detail;          // protocol_error: what was wrong
    int harness_status = -1;     // harness_died: wait status
    bool out_of_memory = false;  // the cgroup's OOM killer killed a process meanwhile
    PhaseOutput output;
    double time_ms = 0;
};

struct TestRun {
    Ending ending = Ending::completed;
    std::optional<ResultRecord> result;
    std::optional<ExitRecord> exit;
    std::string detail;
    int harness_status = -1;
    bool out_of_memory = false;  // the cgroup's OOM killer killed a process during the test
    PhaseOutput output;
    double time_ms = 0;
};

class HarnessSession {
public:
    // Prepares the private directory; does not start anything yet. Throws SandboxError.
    explicit HarnessSession(SessionConfig config);
    ~HarnessSession();

    // Starts a harness and waits until the submission is imported. Throws SandboxError
    // when the sandbox itself cannot start, or (the first time only: a restart's failure
    // may be the candidate's doing, and is an outcome) when Python does not start in it.
    ImportOutcome start();
    bool running() const { return m_process.running(); }

    TestRun run(const RunRequest& request, std::chrono::milliseconds time_limit, std::uint64_t output_limit);

    // Kills the sandbox and every process it left behind.
    void stop();

private:
    std::string accept_test_record(Record& record, int test, TestRun& run);
    int end_harness(Ending ending);

    SessionConfig m_config;
    Workdir m_workdir;
    Containment m_containment;
    HarnessProcess m_process;
    FrameReader m_reader{0};  // lives as long as the harness (a partial record carries over)
    bool m_first_start = true;
};

}  // namespace autograde
