#include "sources/imap/imapsource.h"

#include "secrets/secretstore.h"
#include "sources/imap/imapfoldersync.h"
#include "sources/imap/imapidle.h"
#include "sources/imap/imapsessionpool.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSemaphore>

#include <atomic>
#include <chrono>
#include <future>
#include <thread>

namespace fi::imap {
namespace {


QMutex g_providerMutex;
PasswordProvider &defaultProvider()
{
    static PasswordProvider p;
    return p;
}

std::optional<QString> keychainPassword(const Account &account, QString *error)
{
    return secrets::readSecret(account.secretKey(), error);
}

} // namespace

/// What one run shares with its worker thread. It outlives the ImapSource when a worker that
/// is still connecting is left behind at destruction (see ~ImapSource): nothing in it points
/// back to the source except owner, which is cleared under mutex first.
struct ImapSource::Run {
    static constexpr int kBatchesInFlight = 2;
    static inline std::atomic<quint64> s_lastId{0};
    const quint64 id = ++s_lastId;  ///< Unique per run (an address could be reused).
    QMutex mutex;                   ///< Guards owner against post().
    ImapSource *owner = nullptr;    ///< Null once the source is gone or a newer run started.
    std::atomic_bool abort{false};
    QSemaphore inFlight{kBatchesInFlight};
    QMutex guardMutex;              ///< Guards guard.
    /// Cancels the run's connection: a new session's, or the one taken from the SessionPool;
    /// null once the session went back to the pool (stopping the run must not end it there).
    std::shared_ptr<StreamGuard> guard = std::make_shared<StreamGuard>();
    std::promise<void> done;        ///< Set when the worker returns.
    std::shared_future<void> finished = done.get_future().share();

    /// Run @p fn on the owner's thread, unless the owner is gone or moved on to another run.
    void post(std::function<void()> fn);
    /// Stop the worker: it returns at its next check, and a blocked read fails at once.
    void stop()
    {
        abort = true;
        QMutexLocker lock(&guardMutex);
        if (guard)
            guard->cancel();
    }
    /// Cancel through @p g from now on (null: through nothing). False, with @p g cancelled, when
    /// the run was stopped already.
    bool adopt(std::shared_ptr<StreamGuard> g)
    {
        QMutexLocker lock(&guardMutex);
        guard = std::move(g);
        if (abort && guard) {
            guard->cancel();
            return false;
        }
        return !abort;
    }
    std::shared_ptr<StreamGuard> currentGuard()
    {
        QMutexLocker lock(&guardMutex);
        return guard;
    }
};

class ImapSource::Private {
public:
    static void work(ImapSource *q, const std::shared_ptr<Run> &run, Account account, KnownItemsProvider known,
                     QMap<QString, QByteArray> state, PasswordProvider provider);
    /// Detach the current run from the source and stop it; wait at most @p waitMs for it.
    void release(int waitMs);

    std::shared_ptr<Run> run;
    std::thread thread;
    bool running = false;
    PasswordProvider provider;
    Error lastError;
    RunStats stats;
};

void ImapSource::Run::post(std::function<void()> fn)
{
    QMutexLocker lock(&mutex);
    if (!owner)
        return;
    ImapSource *q = owner;
    // Delivered only while this is still the source's current run (not after a restart).
    QMetaObject::invokeMethod(
        q, [q, id = id, fn = std::move(fn)] { if (q->d->run && q->d->run->id == id) fn(); },
        Qt::QueuedConnection);
}

void ImapSource::Private::release(int waitMs)
{
    if (!run)
        return;
    {
        QMutexLocker lock(&run->mutex);
        run->owner = nullptr;
    }
    run->stop();
    if (thread.joinable()) {
        // After stop() the worker returns as soon as its socket read fails. Only one still
        // connecting (DNS, TCP connect, TLS handshake, a greeting trickling in) can take longer;
        // it owns its Run and posts nothing any more, so it is left to end on its own.
        if (run->finished.wait_for(std::chrono::milliseconds(waitMs)) == std::future_status::ready)
            thread.join();
        else
            thread.detach();
    }
    run.reset();
}

/// @p q is only dereferenced in functions posted through Run::post (on q's thread, while alive).
void ImapSource::Private::work(ImapSource *q, const std::shared_ptr<Run> &run, Account account, KnownItemsProvider known,
                               QMap<QString, QByteArray> state, PasswordProvider pw)
{
    SyncResult result;
    RunStats runStats;
    Error error;
    auto finish = [&] {
        if (run->abort) {
            error = {}; // stopped on purpose: not a failure of the server
            result.aborted = true;
        }
        result.ok = !error.isError() && !result.aborted;
        if (error.isError()) {
            result.error = error.message;
            result.retryable = error.isTransient();
        }
        run->post([q, result, error, runStats] {
            q->d->running = false;
            q->d->lastError = error;
            q->d->stats = runStats;
            Q_EMIT q->finished(result);
        });
    };

    // The password takes a keychain round trip over D-Bus. When no kept session can serve this
    // run (the pool is off, as in `focusinbox sync`), connect and the TLS handshake run meanwhile
    // (issue 17: a whole-process sync).
    QString why;
    const auto readPassword = [&pw, &account, &why] { return pw ? pw(account, &why) : keychainPassword(account, &why); };
    std::unique_ptr<Session> kept;
    std::optional<QString> password;
    bool connected = false;
    if (SessionPool::isEnabled()) {
        password = readPassword();
    } else {
        std::future<std::optional<QString>> pending = std::async(std::launch::async, readPassword);
        kept = std::make_unique<Session>(run->currentGuard());
        connected = kept->connect(account, &error);
        password = pending.get();
    }
    if (!password) {
        error = {ErrorKind::Auth, QCoreApplication::translate("fi::imap::ImapSource", "No password for %1: %2").arg(account.secretKey(), why), {}};
        finish();
        return;
    }
    // A session kept from the last sync (SessionPool) skips connect, TLS and LOGIN (issue 17).
    bool reused = false;
    if (!kept) {
        kept = SessionPool::take(account, *password);
        reused = kept != nullptr;
        if (kept && !run->adopt(kept->guard())) {
            finish();
            return;
        }
    }
    if (!reused) {
        if (!kept) {
            kept = std::make_unique<Session>(run->currentGuard());
            connected = kept->connect(account, &error);
        }
        // QRESYNC (when the server has it) before any SELECT: expunges then come as VANISHED.
        if (!connected || !kept->login(account.user, *password, &error) || !kept->enableQResync(&error)) {
            finish();
            return;
        }
    }
    Session &session = *kept;
    FolderSyncSink sink;
    sink.abort = &run->abort;
    sink.batch = [&](SourceBatch batch) {
        ++runStats.batches;
        // Back-pressure: at most kBatchesInFlight batches wait on the owner thread, so memory
        // stays bounded and the worker never runs far ahead of what the receiver has applied.
        while (!run->inFlight.tryAcquire(1, 100)) {
            if (run->abort.load())
                return;
        }
        run->post([q, run, batch = std::move(batch)] {
            Q_EMIT q->batchReady(batch);
            run->inFlight.release();
        });
    };
    sink.itemFailed = [&](SourceError e) { run->post([q, e] { Q_EMIT q->itemFailed(e); }); };
    sink.progress = [&](int done, int total) { run->post([q, done, total] { Q_EMIT q->progress(done, total); }); };
    for (const QString &folder : std::as_const(account.folders)) {
        FolderSyncStats fs;
        const bool ok = syncFolder(session, folder, known, state.value(folder), FolderSyncOptions{}, sink, &fs, &error);
        result.added += fs.added;
        result.updated += fs.updated;
        result.removed += fs.removed;
        result.failed += fs.failed;
        runStats.bodiesFetched += fs.bodiesFetched;
        runStats.unchangedFolders += fs.unchanged ? 1 : 0;
        runStats.uidListings += fs.uidsListed ? 1 : 0;
        if (!ok) {
            if (!error.isError())
                result.aborted = true;
            else
                error.message = QCoreApplication::translate("fi::imap::ImapSource", "Folder %1: %2").arg(folder, error.message);
            break;
        }
    }
    runStats.knownItemsRead = known.wasLoaded();
    runStats.sessionReused = reused;
    runStats.qresync = session.qresyncEnabled();
    // A clean end keeps the session for the next sync (or logs out when the pool is off). After
    // an error or an abort it is closed: a command may still be pending on it.
    if (!error.isError() && !result.aborted && run->adopt(nullptr))
        SessionPool::put(account, *password, std::move(kept));
    finish();
}

ImapSource::ImapSource(SourceConfig config, QObject *parent)
    : Source(std::move(config), parent), d(std::make_unique<Private>())
{
}

ImapSource::~ImapSource() { d->release(kStopWaitMs); }

void ImapSource::setPasswordProvider(PasswordProvider provider) { d->provider = std::move(provider); }

void ImapSource::setDefaultPasswordProvider(PasswordProvider provider)
{
    QMutexLocker lock(&g_providerMutex);
    defaultProvider() = std::move(provider);
}

std::optional<QString> ImapSource::passwordFor(const Account &account, QString *error)
{
    PasswordProvider provider;
    {
        QMutexLocker lock(&g_providerMutex);
        provider = defaultProvider();
    }
    return provider ? provider(account, error) : keychainPassword(account, error);
}

const Error &ImapSource::lastError() const { return d->lastError; }

RunStats ImapSource::lastRunStats() const { return d->stats; }

void ImapSource::start(const KnownItemsProvider &known, const QMap<QString, QByteArray> &syncState)
{
    auto failNow = [this](const QString &why) {
        SyncResult r;
        r.ok = false;
        r.error = why;
        QMetaObject::invokeMethod(this, [this, r] { Q_EMIT finished(r); }, Qt::QueuedConnection);
    };
    if (d->running) {
        failNow(QCoreApplication::translate("fi::imap::ImapSource", "A sync of this IMAP account is already running."));
        return;
    }
    QString why;
    std::optional<Account> account = Account::fromConfig(config(), &why);
    if (!account) {
        d->lastError = {ErrorKind::Protocol, why, {}};
        failNow(why);
        return;
    }
    PasswordProvider provider = d->provider;
    if (!provider) {
        QMutexLocker lock(&g_providerMutex);
        provider = defaultProvider();
    }
    d->release(kStopWaitMs); // a previous run has posted finished() and is about to return
    d->running = true;
    auto run = std::make_shared<Run>();
    run->owner = this;
    d->run = run;
    d->thread = std::thread([this, run, a = *account, known, syncState, provider] {
        Private::work(this, run, a, known, syncState, provider);
        run->done.set_value();
    });
}

void ImapSource::abort()
{
    if (d->run)
        d->run->stop();
}

} // namespace fi::imap
