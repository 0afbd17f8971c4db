#include "secrets/secretstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace fi::secrets {
namespace {


/// Runs @p job to completion in a local event loop. The job is deleted by its owner (unique_ptr).
bool runJob(QKeychain::Job &job, QString *error, int timeoutMs, bool *notFound = nullptr)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();
    if (!finished) {
        if (error)
            *error = QCoreApplication::translate("fi::secrets", "The system keychain did not answer in time.");
        return false;
    }
    if (job.error() == QKeychain::NoError)
        return true;
    if (notFound)
        *notFound = job.error() == QKeychain::EntryNotFound;
    if (error)
        *error = job.error() == QKeychain::EntryNotFound
            ? QCoreApplication::translate("fi::secrets", "No password is stored in the keychain for this account.")
            : QCoreApplication::translate("fi::secrets", "The system keychain failed: %1").arg(job.errorString());
    return false;
}

} // namespace

QString serviceName() { return QStringLiteral("org.focusinbox.FocusInbox"); }

bool writeSecret(const QString &key, const QString &secret, QString *error, int timeoutMs)
{
    QKeychain::WritePasswordJob job(serviceName());
    job.setKey(key);
    job.setTextData(secret);
    return runJob(job, error, timeoutMs);
}

std::optional<QString> readSecret(const QString &key, QString *error, int timeoutMs)
{
    QKeychain::ReadPasswordJob job(serviceName());
    job.setKey(key);
    if (!runJob(job, error, timeoutMs))
        return std::nullopt;
    return job.textData();
}

bool deleteSecret(const QString &key, QString *error, int timeoutMs)
{
    QKeychain::DeletePasswordJob job(serviceName());
    job.setKey(key);
    bool notFound = false;
    return runJob(job, error, timeoutMs, &notFound) || notFound;
}

} // namespace fi::secrets
