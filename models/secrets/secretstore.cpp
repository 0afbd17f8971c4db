#include "secrets/secretstore.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSemaphore>
#include <QThread>

#include <qt6keychain/keychain.h>

#include <functional>
#include <memory>

namespace fi::secrets {
namespace {

/// What a finished job left behind.
struct Outcome {
    QSemaphore done;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QString text;  ///< ReadPasswordJob::textData()
};

/**
 * QtKeychain is not thread-safe: every job is queued through one global JobExecutor that lives
 * on the thread of the first job ever started and hears of finished jobs through queued
 * signals. Jobs from several threads (one ImapSource worker per account, the account dialog's
 * pool thread, the GUI thread) therefore stall once that thread stops running an event loop,
 * or crash on a destroyed job. So all jobs run on this one thread, which runs an event loop
 * from first use until the process exits; callers block on a semaphore.
 */
class KeychainThread {
public:
    KeychainThread()
    {
        m_thread.setObjectName(QStringLiteral("keychain"));
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
        m_thread.start();
    }
    ~KeychainThread()
    {
        m_thread.quit();
        m_thread.wait();
        delete m_context;  // its thread has finished
    }

    /// Runs the job @p make creates on the keychain thread; false when it did not finish in time.
    bool run(const std::function<QKeychain::Job *()> &make, const std::shared_ptr<Outcome> &outcome, int timeoutMs)
    {
        Q_ASSERT(QThread::currentThread() != &m_thread);
        QMetaObject::invokeMethod(
            m_context,
            [make, outcome] {
                QKeychain::Job *job = make();
                job->setAutoDelete(true);
                job->setInsecureFallback(false);
                QObject::connect(job, &QKeychain::Job::finished, job, [outcome](QKeychain::Job *j) {
                    outcome->error = j->error();
                    outcome->errorString = j->errorString();
                    if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(j))
                        outcome->text = read->textData();
                    outcome->done.release();
                });
                job->start();
            },
            Qt::QueuedConnection);
        return outcome->done.tryAcquire(1, timeoutMs);
    }

private:
    QThread m_thread;
    QObject *m_context;
};

/// The keychain thread, started on first use; shutdown() ends it, the next call starts a new one.
class KeychainThreadHolder {
public:
    KeychainThread *get()
    {
        QMutexLocker lock(&m_mutex);
        if (!m_thread)
            m_thread = std::make_unique<KeychainThread>();
        return m_thread.get();
    }
    void reset()
    {
        QMutexLocker lock(&m_mutex);
        m_thread.reset();
    }

private:
    QMutex m_mutex;
    std::unique_ptr<KeychainThread> m_thread;
};

Q_GLOBAL_STATIC(KeychainThreadHolder, keychainThread)

/// Runs the job to completion. @return true without error; else @p error explains.
bool runJob(const std::function<QKeychain::Job *()> &make, QString *error, int timeoutMs,
            QString *text = nullptr, bool *notFound = nullptr)
{
    auto outcome = std::make_shared<Outcome>();
    if (!keychainThread()->get()->run(make, outcome, timeoutMs)) {
        if (error)
            *error = QCoreApplication::translate("fi::secrets", "The system keychain did not answer in time.");
        return false;
    }
    if (outcome->error == QKeychain::NoError) {
        if (text)
            *text = outcome->text;
        return true;
    }
    if (notFound)
        *notFound = outcome->error == QKeychain::EntryNotFound;
    if (error)
        *error = outcome->error == QKeychain::EntryNotFound
            ? QCoreApplication::translate("fi::secrets", "No password is stored in the keychain for this account.")
            : QCoreApplication::translate("fi::secrets", "The system keychain failed: %1").arg(outcome->errorString);
    return false;
}

} // namespace

QString serviceName() { return QStringLiteral("org.focusinbox.FocusInbox"); }

void shutdown() { keychainThread()->reset(); }

bool writeSecret(const QString &key, const QString &secret, QString *error, int timeoutMs)
{
    return runJob(
        [key, secret]() -> QKeychain::Job * {
            auto *job = new QKeychain::WritePasswordJob(serviceName());
            job->setKey(key);
            job->setTextData(secret);
            return job;
        },
        error, timeoutMs);
}

std::optional<QString> readSecret(const QString &key, QString *error, int timeoutMs)
{
    QString text;
    if (!runJob(
            [key]() -> QKeychain::Job * {
                auto *job = new QKeychain::ReadPasswordJob(serviceName());
                job->setKey(key);
                return job;
            },
            error, timeoutMs, &text))
        return std::nullopt;
    return text;
}

bool deleteSecret(const QString &key, QString *error, int timeoutMs)
{
    bool notFound = false;
    return runJob(
               [key]() -> QKeychain::Job * {
                   auto *job = new QKeychain::DeletePasswordJob(serviceName());
                   job->setKey(key);
                   return job;
               },
               error, timeoutMs, nullptr, &notFound)
        || notFound;
}

} // namespace fi::secrets
