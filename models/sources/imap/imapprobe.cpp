#include "sources/imap/imapprobe.h"

#include "concurrency/workerpool.h"
#include "secrets/secretstore.h"

#include <QtConcurrent/QtConcurrentRun>

namespace fi::imap {

ProbeResult probeAccount(const Account &account, const QString &password, const QString &storedKey)
{
    ProbeResult result;
    QString secret = password;
    if (secret.isEmpty() && !storedKey.isEmpty()) {
        QString why;
        const std::optional<QString> stored = secrets::readSecret(storedKey, &why);
        if (!stored) {
            result.error = {ErrorKind::Auth, why, {}};
            return result;
        }
        secret = *stored;
    }
    Session session;
    if (!session.connect(account, &result.error) || !session.login(account.user, secret, &result.error))
        return result;
    secret.fill(u'\0');
    std::optional<QStringList> folders = session.listFolders(&result.error);
    if (!folders)
        return result;
    result.folders = *folders;
    result.hasMove = session.hasMove();
    result.hasIdle = session.hasIdle();
    session.logout();
    return result;
}

QFuture<ProbeResult> probeAccountAsync(const Account &account, const QString &password, const QString &storedKey)
{
    return QtConcurrent::run(workerPool(), [account, password, storedKey] { return probeAccount(account, password, storedKey); });
}

} // namespace fi::imap
