#include "sources/imap/imapidle.h"

#include "sources/imap/imapsession.h"
#include "sources/imap/imapsource.h"

#include <QCoreApplication>
#include <QMutex>

#include <libetpan/libetpan.h>

#include <atomic>
#include <chrono>
#include <future>
#include <thread>

namespace fi::imap {

class IdleWatcher::Private {
public:
    Account account;
    QString mailbox;
    std::thread thread;
    std::atomic_bool stopping{false};
    QMutex postMutex;                    ///< Orders post() against stop()
    std::promise<void> done;             ///< Set when run() returns
    std::shared_future<void> finished = done.get_future().share();
    QMutex streamMutex;
    mailstream *stream = nullptr; ///< Set while IDLE is set up; guarded by streamMutex.
    /// Bounds the connection; stop() cancels it so a thread blocked on a silent server returns.
    const std::shared_ptr<StreamGuard> guard = std::make_shared<StreamGuard>();
    /// Set once at construction. Nothing is posted after stop() (postMutex), and events posted
    /// before are discarded by Qt when the owner is destroyed, so posting to it is safe.
    IdleWatcher *owner = nullptr;

    /// Emit @p signal on the owner thread unless stop() was called meanwhile.
    void post(void (PushWatcher::*signal)())
    {
        QMutexLocker lock(&postMutex);
        if (!stopping)
            QMetaObject::invokeMethod(
                owner, [this, signal] { if (!stopping) Q_EMIT(owner->*signal)(); }, Qt::QueuedConnection);
    }
    void post(void (PushWatcher::*signal)(const QString &), const QString &reason)
    {
        QMutexLocker lock(&postMutex);
        if (!stopping)
            QMetaObject::invokeMethod(
                owner, [this, signal, reason] { if (!stopping) Q_EMIT(owner->*signal)(reason); },
                Qt::QueuedConnection);
    }
    void run();
    bool idleOnce(Session &session, bool *changed, Error *error);
};

namespace {
/// Whether the responses parsed by the last command report a change of the mailbox.
bool responsesShowChange(mailimap *imap, quint32 existsBefore)
{
    const mailimap_selection_info *sel = imap->imap_selection_info;
    if (sel && sel->sel_exists != existsBefore)
        return true;
    const mailimap_response_info *rsp = imap->imap_response_info;
    if (!rsp)
        return false;
    return (rsp->rsp_expunged && !clist_isempty(rsp->rsp_expunged))
        || (rsp->rsp_fetch_list && !clist_isempty(rsp->rsp_fetch_list));
}
} // namespace

bool IdleWatcher::Private::idleOnce(Session &session, bool *changed, Error *error)
{
    mailimap *imap = session.handle();
    const quint32 existsBefore = imap->imap_selection_info ? imap->imap_selection_info->sel_exists : 0;
    {
        Session::Command command(session);
        if (mailimap_idle(imap) != MAILIMAP_NO_ERROR) {
            *error = {ErrorKind::Protocol, tr("The server refused IDLE."), {}};
            return false;
        }
    }
    // The wait itself is no command: it may last kRenewSeconds (interrupted by stop()).
    const int waited = mailstream_wait_idle(imap->imap_stream, kRenewSeconds);
    // DONE ends IDLE (RFC 2177 §3); libetpan parses the untagged responses that came meanwhile.
    int done = MAILIMAP_ERROR_STREAM;
    {
        Session::Command command(session);
        done = mailimap_idle_done(imap);
    }
    if (waited == MAILSTREAM_IDLE_ERROR || done != MAILIMAP_NO_ERROR) {
        *error = {ErrorKind::Protocol, tr("The connection to the server was lost while waiting for new mail."), {}};
        return false;
    }
    *changed = waited == MAILSTREAM_IDLE_HASDATA && responsesShowChange(imap, existsBefore);
    return true;
}

void IdleWatcher::Private::run()
{
    Error error;
    QString why;
    const std::optional<QString> password = ImapSource::passwordFor(account, &why);
    if (!password) {
        post(&PushWatcher::failed, tr("No password for %1: %2").arg(account.secretKey(), why));
        return;
    }
    Session session(guard);
    if (!session.connect(account, &error) || !session.login(account.user, *password, &error)
        || !session.select(mailbox, &error)) {
        if (!stopping)
            post(&PushWatcher::failed, error.message);
        return;
    }
    if (!session.hasIdle()) {
        session.logout();
        post(&PushWatcher::unavailable, tr("The server does not support IDLE; new mail arrives with the next poll."));
        return;
    }
    mailstream *stream = session.handle()->imap_stream;
    if (mailstream_setup_idle(stream) < 0) {
        post(&PushWatcher::unavailable, tr("IDLE could not be set up on this connection."));
        return;
    }
    {
        QMutexLocker lock(&streamMutex);
        this->stream = stream;
    }
    post(&PushWatcher::established);
    bool ok = true;
    while (ok && !stopping) {
        bool changed = false;
        ok = idleOnce(session, &changed, &error);
        if (ok && changed && !stopping)
            post(&PushWatcher::changed);
    }
    {
        QMutexLocker lock(&streamMutex);
        this->stream = nullptr;
    }
    mailstream_unsetup_idle(stream);
    if (!ok && !stopping)
        post(&PushWatcher::failed, error.message);
    if (ok)
        session.logout();
}

IdleWatcher::IdleWatcher(Account account, QString mailbox, QObject *parent)
    : PushWatcher(parent), d(std::make_shared<Private>())
{
    d->account = std::move(account);
    d->mailbox = std::move(mailbox);
    d->owner = this;
}

IdleWatcher::~IdleWatcher() { stop(); }

QString IdleWatcher::mailbox() const { return d->mailbox; }

void IdleWatcher::start()
{
    if (d->thread.joinable())
        return;
    d->thread = std::thread([p = d] {
        p->run();
        p->done.set_value();
    });
}

void IdleWatcher::stop()
{
    {
        QMutexLocker lock(&d->postMutex);
        d->stopping = true;
    }
    {
        QMutexLocker lock(&d->streamMutex);
        if (d->stream)
            mailstream_interrupt_idle(d->stream);
    }
    // A thread blocked in a command (LOGIN, SELECT, DONE) on a silent server returns at once.
    d->guard->cancel();
    if (!d->thread.joinable())
        return;
    // In IDLE the interrupt ends the thread at once. While it is still connecting (an
    // unreachable server takes up to Account::timeoutSeconds) it is left to finish on its own:
    // it owns its state (shared Private) and posts nothing any more, so quitting stays instant.
    if (d->finished.wait_for(std::chrono::milliseconds(kStopWaitMs)) == std::future_status::ready)
        d->thread.join();
    else
        d->thread.detach();
}

} // namespace fi::imap
