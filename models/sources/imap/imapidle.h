#pragma once
/// @file imapidle.h
/// @brief IMAP IDLE (RFC 2177) on one mailbox of an account, so new mail, flag changes and
/// expunges reach the inbox without waiting for the next poll.

#include "sources/imap/imapaccount.h"
#include "sources/source.h"

#include <memory>

namespace fi::imap {

/**
 * @brief Keeps one extra IMAP connection per account in IDLE on @p mailbox (the account's
 * first folder, normally INBOX) and emits PushWatcher::changed() when the server reports
 * EXISTS, EXPUNGE or FETCH (flag) responses. Keep-alive lines ("* OK Still here") are ignored.
 * IDLE is re-issued every kRenewSeconds (RFC 2177 §3: clients should not idle longer than
 * 29 minutes).
 *
 * Threading: created and used on one thread (the GUI thread in the app); the connection runs on
 * a private std::thread; signals arrive queued on the owner thread. stop()/the destructor
 * interrupt the IDLE wait at once (mailstream_interrupt_idle), shut the connection down (a
 * command blocked on a silent server fails at once, StreamGuard::cancel) and join; a thread
 * still connecting after kStopWaitMs (an unreachable server) is detached and ends on its own
 * within Account::timeoutSeconds, emitting nothing.
 *
 * Errors: failed() with a translated reason (unknown host, refused, certificate, wrong password,
 * connection dropped…) ends the watcher; unavailable() when the server lacks IDLE. The password
 * comes from ImapSource::passwordFor() (keychain, or the test provider).
 */
class IdleWatcher : public PushWatcher {
    Q_OBJECT
public:
    static constexpr int kRenewSeconds = 25 * 60;
    static constexpr int kStopWaitMs = 300;

    IdleWatcher(Account account, QString mailbox, QObject *parent = nullptr);
    ~IdleWatcher() override;

    void start() override;
    /// Interrupt and join the worker. No signal is emitted afterwards.
    void stop();
    QString mailbox() const;

private:
    class Private;
    std::shared_ptr<Private> d;
};

} // namespace fi::imap
