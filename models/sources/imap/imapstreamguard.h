#pragma once
/// @file imapstreamguard.h
/// @brief Bounds what one IMAP connection may cost (issue 9): a byte-counting mailstream_low
/// driver wrapped around libetpan's socket/TLS driver, a per-command deadline enforced by a
/// watchdog thread, and cancellation from another thread.
///
/// How it bounds a hostile server:
/// - Memory: every byte received for the current command is counted; literal headers `{N}`
///   are recognised in the stream (their content is skipped, so message text cannot fake one)
///   and an announced N above Limits::maxLiteralBytes fails the read before libetpan allocates
///   N bytes. More than Limits::maxResponseBytes for one command fails it too (a flood of
///   untagged responses, which libetpan keeps until the tagged reply).
/// - Time: libetpan's timeout restarts with every byte, so a watchdog shuts the socket down
///   (shutdown(2)) when a command passes Limits::commandDeadlineSeconds.
/// - Quitting: cancel() shuts the socket down from any thread, so a worker blocked in a read
///   returns at once instead of after the network timeout.
/// A tripped guard stays tripped: the connection is unusable afterwards and every later read
/// and write fails. trip() tells why, so Session can report a specific error.
///
/// Thread affinity: attach()/begin()/end() on the session's worker thread; cancel(),
/// cancelled() and trip() from any thread. Owned through std::shared_ptr (the owner of a
/// worker keeps one to cancel it; the wrapped stream keeps one while it lives).

#include "sources/imap/imaplimits.h"

#include <QtGlobal>

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>

struct _mailstream;
struct _mailstream_low;

namespace fi::imap {

/// Why a guard stopped the connection.
enum class GuardTrip {
    None,
    LiteralTooLarge,  ///< A literal larger than Limits::maxLiteralBytes was announced.
    ResponseTooLarge, ///< More than Limits::maxResponseBytes arrived for one command.
    Deadline,         ///< The command ran past Limits::commandDeadlineSeconds.
    ReadTimeout,      ///< Nothing arrived for the network timeout (Account::timeoutSeconds).
    Cancelled,        ///< cancel() was called (the owner quits or aborts).
};

class StreamGuard : public std::enable_shared_from_this<StreamGuard> {
public:
    StreamGuard();
    ~StreamGuard();
    StreamGuard(const StreamGuard &) = delete;
    StreamGuard &operator=(const StreamGuard &) = delete;

    /// Wrap @p stream's current low-level driver (idempotent; again after STARTTLS replaced it).
    /// The guard must be owned by a std::shared_ptr (std::make_shared).
    void attach(_mailstream *stream);

    /// Before attach() (the greeting, CAPABILITY and STARTTLS inside Session::connect(), read
    /// by libetpan on a stream it creates itself): count and scan @p size bytes received on
    /// @p stream, seen through libetpan's stream logger. The first call starts a "connect"
    /// command under @p limits. A broken limit shuts the socket down, so libetpan's next read
    /// fails (at most one read buffer later). Ignored once the stream is wrapped by attach().
    void observe(_mailstream *stream, const char *data, size_t size, const Limits &limits);

    /// Start a command: reset the byte counters, arm the deadline.
    void begin(const Limits &limits);
    /// The command is over: disarm the deadline.
    void end();

    /// Any thread: stop the connection now (shutdown(2) of the socket) and refuse every later
    /// read and write. Safe before the stream exists (it is refused when attached) and after.
    void cancel();
    /// Any thread: cancel() every guard alive in the process (every IMAP connection: syncs,
    /// IDLE, write-back, body loads, account probes), so no worker holds the exit on a silent
    /// server. Connected to QCoreApplication::aboutToQuit by the first guard created while an
    /// application object exists.
    static void cancelAll();
    bool cancelled() const { return m_trip.load() == GuardTrip::Cancelled; }

    GuardTrip trip() const { return m_trip.load(); }
    /// LiteralTooLarge: the announced size; ResponseTooLarge: the bytes received.
    qint64 tripBytes() const { return m_tripBytes.load(); }
    /// The limits of the current (or last) command.
    const Limits &limits() const { return m_limits; }
    /// Bytes received for the current command.
    qint64 commandBytes() const { return m_commandBytes; }

private:
    struct Driver;
    friend struct Driver;
    friend class Watchdog;
    /// Set the trip reason (the first one wins) and shut the socket down.
    void tripWith(GuardTrip why, qint64 bytes = 0);
    /// Counts and scans received bytes; false when they break a limit.
    bool account(const char *data, qint64 size);
    void setFd(int fd);
    void clearFd(int fd);

    std::atomic<GuardTrip> m_trip{GuardTrip::None};
    std::atomic<qint64> m_tripBytes{0};
    std::mutex m_fdMutex;
    int m_fd = -1; ///< Socket of the wrapped stream; -1 when none. Guarded by m_fdMutex.
    quint64 m_watchId = 0;
    bool m_observing = false; ///< observe() started the connect phase.
    Limits m_limits;
    // Worker thread only: the literal scanner.
    qint64 m_commandBytes = 0;
    quint64 m_literalLeft = 0;
    int m_scan = 0;          ///< Scanner state (see account()).
    quint64 m_number = 0;
    int m_digits = 0;
};

} // namespace fi::imap
