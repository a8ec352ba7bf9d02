#include "sandbox/pump.h"

#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "util/diagnostic.h"

namespace autograde {
namespace {

constexpr std::size_t k_kept_output_bytes = 8 << 10;  // of what a phase printed, for the report
constexpr std::size_t k_read_chunk = 64 << 10;

// read() that retries on EINTR: >0 bytes, 0 at EOF, -1 when nothing is waiting (EAGAIN)
// or the pipe failed.
ssize_t read_some(int fd, char* buffer, std::size_t size) {
    ssize_t n;
    do n = read(fd, buffer, size);
    while (n < 0 && errno == EINTR);
    return n;
}

}  // namespace

Pump::Pump(HarnessProcess& process, FrameReader& reader, std::uint64_t output_limit, Clock::time_point deadline,
           std::string request)
    : m_process(process),
      m_reader(reader),
      m_output_limit(output_limit),
      m_start(Clock::now()),
      m_deadline(deadline),
      m_request(std::move(request)),
      m_stdout_fd(process.stdout_fd()),
      m_stderr_fd(process.stderr_fd()) {}

double Pump::elapsed_ms() const {
    return std::chrono::duration<double, std::milli>(Clock::now() - m_start).count();
}

Pump::Event Pump::next() {
    for (;;) {
        if (m_stopped) return *m_stopped;
        if (std::optional<std::string> frame = m_reader.next_frame()) {
            auto decoded = decode_record(*frame);
            if (auto* error = std::get_if<ProtocolError>(&decoded))
                return Event{std::nullopt, Ending::protocol_error, error->message};
            return Event{std::get<Record>(std::move(decoded)), Ending::completed, {}};
        }
        if (m_reader.oversized())
            return Event{std::nullopt, Ending::protocol_error, "a record is larger than the protocol allows"};
        if (m_records_closed) return Event{std::nullopt, Ending::harness_died, {}};
        pump_once();
    }
}

bool Pump::pump_once() {
    auto now = Clock::now();
    if (now >= m_deadline) {
        m_stopped = Event{std::nullopt, Ending::time_limit, {}};
        return false;
    }
    auto wait = std::chrono::ceil<std::chrono::milliseconds>(m_deadline - now).count();
    pollfd fds[4] = {{m_process.record_fd(), POLLIN, 0}, {m_stdout_fd, POLLIN, 0}, {m_stderr_fd, POLLIN, 0},
                     {m_request.empty() ? -1 : m_process.request_fd(), POLLOUT, 0}};
    int ready = poll(fds, 4, static_cast<int>(std::min<long long>(wait, 1000)));
    if (ready < 0 && errno != EINTR) throw SandboxError(std::string("poll failed: ") + std::strerror(errno));
    if (ready <= 0) return true;
    if (fds[3].revents) write_request();
    if (fds[1].revents) read_output(m_stdout_fd);
    if (fds[2].revents) read_output(m_stderr_fd);
    if (fds[0].revents) read_records();
    return !m_stopped;
}

void Pump::write_request() {
    ssize_t n = write(m_process.request_fd(), m_request.data(), m_request.size());
    if (n > 0) m_request.erase(0, static_cast<std::size_t>(n));
    else if (n < 0 && errno != EAGAIN && errno != EINTR) m_request.clear();  // the harness is gone; EOF tells
}

void Pump::read_output(int& fd) {
    char buffer[k_read_chunk];
    ssize_t n = read_some(fd, buffer, sizeof buffer);
    if (n == 0 || (n < 0 && errno != EAGAIN)) {
        fd = -1;  // closed: poll ignores negative descriptors
        return;
    }
    if (n < 0) return;
    m_output.bytes += static_cast<std::uint64_t>(n);
    std::size_t keep = std::min(static_cast<std::size_t>(n), k_kept_output_bytes - std::min(k_kept_output_bytes, m_output.text.size()));
    m_output.text.append(buffer, keep);
    if (m_output.bytes > m_output_limit) m_stopped = Event{std::nullopt, Ending::output_limit, {}};
}

void Pump::read_records() {
    char buffer[k_read_chunk];
    ssize_t n = read_some(m_process.record_fd(), buffer, sizeof buffer);
    if (n > 0) m_reader.feed(buffer, static_cast<std::size_t>(n));
    else if (n == 0 || errno != EAGAIN) m_records_closed = true;
}

void Pump::drain_output() {
    for (int* fd : {&m_stdout_fd, &m_stderr_fd}) {
        for (int round = 0; *fd >= 0 && round < 64 && !m_stopped; ++round) {
            std::uint64_t before = m_output.bytes;
            read_output(*fd);
            if (m_output.bytes == before) break;
        }
    }
}

}  // namespace autograde
