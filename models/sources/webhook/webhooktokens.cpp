#include "sources/webhook/webhooktokens.h"

#include "sources/webhook/webhookkind.h"
#include "storage/itemstore.h"

#include <QCoreApplication>

namespace fi::webhook {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("fi::webhook", text); }

void fail(QString *error, const QString &text)
{
    if (error)
        *error = text;
}
} // namespace

std::optional<ProvisionedSource> addWithNewToken(ItemStore &store, SourceConfig config, QString *error)
{
    QString why;
    const std::optional<QString> token = provisionToken(&config, &why);
    if (!token) {
        fail(error, tr("The token could not be stored in the system keychain: %1").arg(why));
        return std::nullopt;
    }
    config.id = store.addSource(config).result();
    if (config.id <= 0) {
        forgetToken(secretKeyOf(config));
        fail(error, tr("The webhook could not be saved in the database."));
        return std::nullopt;
    }
    return ProvisionedSource{config, *token};
}

std::optional<ProvisionedSource> rotateToken(ItemStore &store, const SourceConfig &old, QString *error)
{
    SourceConfig next = old;
    QString why;
    const std::optional<QString> token = provisionToken(&next, &why);
    if (!token) {
        fail(error, tr("The new token could not be stored in the system keychain: %1").arg(why));
        return std::nullopt;
    }
    if (!store.updateSource(next).result()) {
        forgetToken(secretKeyOf(next));
        fail(error, tr("The webhook could not be saved in the database."));
        return std::nullopt;
    }
    forgetToken(secretKeyOf(old));  // best effort: nothing refers to it any more
    return ProvisionedSource{next, *token};
}

} // namespace fi::webhook
