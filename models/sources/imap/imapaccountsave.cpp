#include "sources/imap/imapaccountsave.h"

#include "secrets/secretstore.h"
#include "storage/itemstore.h"

#include <QCoreApplication>

namespace fi::imap {

bool saveAccountPassword(const Account &account, const QString &password, const QString &previousKey, QString *error)
{
    const QString key = account.secretKey();
    QString secret = password;
    if (secret.isEmpty()) {
        if (previousKey.isEmpty() || previousKey == key)
            return true; // unchanged password under an unchanged key: nothing to do
        const std::optional<QString> stored = secrets::readSecret(previousKey, error);
        if (!stored) {
            if (error)
                *error = QCoreApplication::translate("fi::imap", "The account's login changed, so its password is needed "
                                                                 "again: %1").arg(error->isEmpty() ? QString() : *error);
            return false;
        }
        secret = *stored;
    }
    const bool ok = secrets::writeSecret(key, secret, error);
    secret.fill(u'\0');
    if (ok && !previousKey.isEmpty() && previousKey != key)
        secrets::deleteSecret(previousKey); // best effort: a stale entry is harmless
    return ok;
}

SavedAccount saveAccount(ItemStore &store, const SourceConfig &config, const QString &password,
                         const QString &previousKey)
{
    SavedAccount saved;
    const std::optional<Account> account = Account::fromConfig(config, &saved.error);
    if (!account)
        return saved;
    QString why;
    if (!saveAccountPassword(*account, password, previousKey, &why)) {
        saved.error = QCoreApplication::translate("fi::imap", "The password could not be stored in the system "
                                                              "keychain: %1").arg(why);
        return saved;
    }
    if (config.id > 0)
        saved.sourceId = store.updateSource(config).result() ? config.id : 0;
    else
        saved.sourceId = store.addSource(config).result();
    if (saved.sourceId <= 0) {
        saved.sourceId = 0;
        saved.error = QCoreApplication::translate("fi::imap", "The account could not be saved in the database.");
    }
    return saved;
}

void forgetAccountSecret(const SourceConfig &removed, const QList<SourceConfig> &remaining)
{
    const std::optional<Account> account = Account::fromConfig(removed);
    if (!account)
        return;
    for (const SourceConfig &other : remaining)
        if (other.id != removed.id && other.kind == removed.kind)
            if (const auto a = Account::fromConfig(other); a && a->secretKey() == account->secretKey())
                return;  // another source of the same account keeps its entry
    secrets::deleteSecret(account->secretKey());
}

} // namespace fi::imap
