#include "sources/imap/imapsource.h"

#include "secrets/secretstore.h"
#include "sources/imap/imapfoldersync.h"
#include "sources/imap/imapidle.h"

#include <QCoreApplication>
#include <QFuture>
#include <QMutex>
#include <QSemaphore>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

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

class ImapSource::Private {
public:
    explicit Private(ImapSource *owner) : q(owner) { pool.setMaxThreadCount(1); }

    void post(quint64 run, std::function<void()> fn)
    {
        QMetaObject::invokeMethod(
            q, [this, run, fn = std::move(fn)] { if (run == generation) fn(); }, Qt::QueuedConnection);
    }
    void work(quint64 run, Account account, KnownItems known, QMap<QString, QByteArray> state,
              PasswordProvider provider);

    ImapSource *q;
    QThreadPool pool;
    QFuture<void> future;
    std::atomic_bool abortFlag{false};
    static constexpr int kBatchesInFlight = 2;
    QSemaphore inFlight{kBatchesInFlight};
    quint64 generation = 0;
    bool running = false;
    PasswordProvider provider;
    Error lastError;
    RunStats stats;
};

void ImapSource::Private::work(quint64 run, Account account, KnownItems known,
                               QMap<QString, QByteArray> state, PasswordProvider pw)
{
    SyncResult result;
    RunStats runStats;
    Error error;
    auto finish = [&] {
        result.ok = !error.isError() && !result.aborted;
        if (error.isError()) {
            result.error = error.message;
            result.retryable = error.isTransient();
        }
        post(run, [this, result, error, runStats] {
            running = false;
            lastError = error;
            stats = runStats;
            Q_EMIT q->finished(result);
        });
    };

    QString why;
    const std::optional<QString> password = pw ? pw(account, &why) : keychainPassword(account, &why);
    if (!password) {
        error = {ErrorKind::Auth, QCoreApplication::translate("fi::imap::ImapSource", "No password for %1: %2").arg(account.secretKey(), why), {}};
        finish();
        return;
    }
    Session session;
    if (!session.connect(account, &error) || !session.login(account.user, *password, &error)) {
        finish();
        return;
    }
    FolderSyncSink sink;
    sink.abort = &abortFlag;
    sink.batch = [&](SourceBatch batch) {
        ++runStats.batches;
        // Back-pressure: at most kBatchesInFlight batches wait on the owner thread, so memory
        // stays bounded and the worker never runs far ahead of what the receiver has applied.
        while (!inFlight.tryAcquire(1, 100)) {
            if (abortFlag.load())
                return;
        }
        post(run, [this, batch = std::move(batch)] {
            Q_EMIT q->batchReady(batch);
            inFlight.release();
        });
    };
    sink.itemFailed = [&](SourceError e) { post(run, [this, e] { Q_EMIT q->itemFailed(e); }); };
    sink.progress = [&](int done, int total) { post(run, [this, done, total] { Q_EMIT q->progress(done, total); }); };
    for (const QString &folder : std::as_const(account.folders)) {
        FolderSyncStats fs;
        const bool ok = syncFolder(session, folder, known, state.value(folder), FolderSyncOptions{}, sink, &fs, &error);
        result.added += fs.added;
        result.updated += fs.updated;
        result.removed += fs.removed;
        result.failed += fs.failed;
        runStats.bodiesFetched += fs.bodiesFetched;
        if (!ok) {
            if (!error.isError())
                result.aborted = true;
            else
                error.message = QCoreApplication::translate("fi::imap::ImapSource", "Folder %1: %2").arg(folder, error.message);
            break;
        }
    }
    if (!error.isError())
        session.logout();
    finish();
}

ImapSource::ImapSource(SourceConfig config, QObject *parent)
    : Source(std::move(config), parent), d(std::make_unique<Private>(this))
{
}

ImapSource::~ImapSource()
{
    d->abortFlag = true;
    d->future.waitForFinished();
    d->pool.waitForDone();
}

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

int ImapSource::pollIntervalSeconds() const
{
    const auto account = Account::fromConfig(config());
    return account ? account->pollSeconds : 120;
}

std::unique_ptr<PushWatcher> ImapSource::createPushWatcher() const
{
    const auto account = Account::fromConfig(config());
    if (!account || account->folders.isEmpty())
        return nullptr;
    return std::make_unique<IdleWatcher>(*account, account->folders.constFirst());
}

void ImapSource::start(const KnownItems &known, const QMap<QString, QByteArray> &syncState)
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
    d->running = true;
    d->abortFlag = false;
    d->inFlight.release(Private::kBatchesInFlight - d->inFlight.available()); // batches of an aborted run
    const quint64 run = ++d->generation;
    d->future = QtConcurrent::run(&d->pool, [this, run, a = *account, known, syncState, provider] {
        d->work(run, a, known, syncState, provider);
    });
}

void ImapSource::abort() { d->abortFlag = true; }

} // namespace fi::imap
