#pragma once
/// @file imapsessionpool.h
/// @brief Keeps the logged-in IMAP session of each account between two syncs (issue 17), so a
/// poll or an IDLE-triggered sync skips the TCP connect, the TLS handshake and LOGIN.

#include "sources/imap/imapaccount.h"
#include "sources/imap/imapsession.h"

#include <memory>

namespace fi::imap {

/**
 * @brief Process-wide pool of idle, authenticated sessions, at most one per account.
 *
 * Off by default, so a one-shot process (`focusinbox sync`) logs out at the end of its sync;
 * the app (SourceKind::keepConnections, from its SyncScheduler) and the benchmark turn it on. A session is kept for kMaxIdleMs at most: an idle IMAP
 * connection may be closed by the server after 30 minutes (RFC 3501 §5.4), and a kept session
 * is checked with NOOP before it is used again.
 *
 * The key is the whole account (host, port, security, user, trusted certificate, limits,
 * timeouts) and a hash of the password, so a changed setting or password never reuses a
 * session opened under the old one.
 *
 * Thread safety: every function may be called from any thread (a mutex guards the pool). A
 * session is used by one thread at a time: take() hands it over, put() takes it back. Blocking
 * work (NOOP, LOGOUT) happens on the calling thread, outside the mutex.
 */
class SessionPool {
public:
    /// Longest time a session waits in the pool (ms). Polls come every 2 minutes by default.
    static constexpr qint64 kMaxIdleMs = 10 * 60 * 1000;

    /// Keep sessions (true) or stop keeping them (false). Counted: the pool is on while more
    /// keep(true) than keep(false) calls were made. When it goes off, the sessions kept so far
    /// are closed (clear()).
    static void keep(bool on);
    static bool isEnabled();

    /// The kept session of @p account logged in with @p password, if one is kept, not older than
    /// kMaxIdleMs, and answering NOOP (on the calling thread, bounded by the account's limits);
    /// else nullptr. The session leaves the pool. Its guard() is the one to cancel it with.
    static std::unique_ptr<Session> take(const Account &account, const QString &password);
    /// Keep @p session (logged in to @p account with @p password, nothing pending) for the next
    /// take(). Its selected mailbox stays selected (syncFolder() asks NOOP and STATUS of it). When the pool is off, or the connection was lost, it is logged out or closed
    /// instead. A session kept earlier for the same account is replaced (and logged out).
    static void put(const Account &account, const QString &password, std::unique_ptr<Session> session);
    /// Sessions kept now (tests).
    static int size();
    /// Close every kept session at once, without LOGOUT (it may run on the GUI thread at exit,
    /// where a silent server must not hold the app up). Any thread.
    static void clear();
};

} // namespace fi::imap
