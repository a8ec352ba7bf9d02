// Moves bytes between the parent and a running harness for one phase (the import or one
// test): writes the pending request, reads stdout/stderr (counting them against the
// output limit) and the record pipe, and stops at the next record or at whatever ends
// the phase first (deadline, output limit, harness gone, malformed record).
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

#include "protocol/frame_reader.h"
#include "protocol/record.h"
#include "sandbox/launcher.h"
#include "sandbox/session.h"

namespace autograde {

using Clock = std::chrono::steady_clock;

class Pump {
public:
    // `reader` lives as long as the harness: bytes left over from a phase stay in it.
    Pump(HarnessProcess& process, FrameReader& reader, std::uint64_t output_limit, Clock::time_point deadline,
         std::string request);

    struct Event {
        std::optional<Record> record;  // a record arrived...
        Ending ending = Ending::completed;  // ...or the phase ended (ending != completed)
        std::string detail;
    };
    Event next();
    // Moves the phase's deadline and output limit (the import's start when the harness
    // says so; output already read counts against the new limit at the next event).
    void set_deadline(Clock::time_point deadline) { m_deadline = deadline; }
    void set_output_limit(std::uint64_t limit) {
        m_output_limit = limit;
        if (output_exceeded() && !m_stopped) m_stopped = Event{std::nullopt, Ending::output_limit, {}};
    }

    // Reads what is already waiting on stdout/stderr without blocking (after the phase's
    // last record, so that output printed before it is attributed to the phase).
    void drain_output();
    bool output_exceeded() const { return m_output.bytes > m_output_limit; }
    PhaseOutput take_output() { return std::move(m_output); }
    double elapsed_ms() const;

private:
    bool pump_once();  // one poll round; false when the phase ended (m_stopped)
    void read_output(int& fd);
    void read_records();
    void write_request();

    HarnessProcess& m_process;
    FrameReader& m_reader;
    std::uint64_t m_output_limit;
    Clock::time_point m_start;
    Clock::time_point m_deadline;
    std::string m_request;
    int m_stdout_fd;
    int m_stderr_fd;
    bool m_records_closed = false;
    std::optional<Event> m_stopped;
    PhaseOutput m_output;
};

}  // namespace autograde
