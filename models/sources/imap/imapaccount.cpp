#include "sources/imap/imapaccount.h"
#include "sources/imap/imapkind.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace fi::imap {
namespace {
} // namespace

QString securityName(Security s)
{
    switch (s) {
    case Security::Tls: return QStringLiteral("tls");
    case Security::StartTls: return QStringLiteral("starttls");
    case Security::None: return QStringLiteral("none");
    }
    return {};
}

std::optional<Security> securityFromName(const QString &name)
{
    if (name == QLatin1String("tls"))
        return Security::Tls;
    if (name == QLatin1String("starttls"))
        return Security::StartTls;
    if (name == QLatin1String("none"))
        return Security::None;
    return std::nullopt;
}

QString Account::secretKey() const
{
    return QStringLiteral("imap:%1@%2:%3").arg(user, host).arg(port);
}

QString Account::locationUrl() const
{
    QUrl url;
    url.setScheme(security == Security::Tls ? QStringLiteral("imaps") : QStringLiteral("imap"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(u'/' + folders.value(0, QStringLiteral("INBOX")));
    return url.toString();
}

bool Account::isLoopback() const
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress addr(host);
    return !addr.isNull() && addr.isLoopback();
}

void Account::toConfig(SourceConfig &config) const
{
    config.kind = kindKey();
    config.location = locationUrl();
    QVariantMap &s = config.settings;
    s[QStringLiteral("security")] = securityName(security);
    s[QStringLiteral("folders")] = folders;
    s[QStringLiteral("trustedFingerprint")] = trustedFingerprint;
    s[QStringLiteral("allowPlaintext")] = allowPlaintext;
    s[QStringLiteral("writeBack")] = writeBack;
    s[QStringLiteral("archiveFolder")] = archiveFolder;
    s[QStringLiteral("pollSeconds")] = pollSeconds;
    s[QStringLiteral("timeoutSeconds")] = timeoutSeconds;
    limits.toSettings(s);
}

std::optional<Account> Account::fromUrl(const QString &text, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("imaps") && scheme != QLatin1String("imap"))
        || url.host().isEmpty() || url.userName().isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("fi::imap::Account", "Not an IMAP URL (expected imaps://user@host:993/INBOX): %1").arg(text);
        return std::nullopt;
    }
    if (!url.password().isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("fi::imap::Account", "The URL must not contain a password; it is read from standard input "
                               "or the keychain.");
        return std::nullopt;
    }
    Account a;
    a.host = url.host();
    a.user = url.userName();
    a.security = scheme == QLatin1String("imaps") ? Security::Tls : Security::StartTls;
    a.port = quint16(url.port(a.security == Security::Tls ? 993 : 143));
    QString folder = url.path();
    while (folder.startsWith(u'/'))
        folder.remove(0, 1);
    a.folders = {folder.isEmpty() ? QStringLiteral("INBOX") : folder};
    return a;
}

std::optional<Account> Account::fromConfig(const SourceConfig &config, QString *error)
{
    std::optional<Account> a = fromUrl(config.location, error);
    if (!a)
        return std::nullopt;
    const QVariantMap &s = config.settings;
    if (s.contains(QStringLiteral("security"))) {
        const auto sec = securityFromName(s.value(QStringLiteral("security")).toString());
        if (!sec) {
            if (error)
                *error = QCoreApplication::translate("fi::imap::Account", "Unknown security mode \"%1\" (use tls, starttls or none).")
                             .arg(s.value(QStringLiteral("security")).toString());
            return std::nullopt;
        }
        a->security = *sec;
    }
    const QStringList folders = s.value(QStringLiteral("folders")).toStringList();
    if (!folders.isEmpty())
        a->folders = folders;
    a->trustedFingerprint = s.value(QStringLiteral("trustedFingerprint")).toString().toUpper();
    a->allowPlaintext = s.value(QStringLiteral("allowPlaintext"), false).toBool();
    a->writeBack = s.value(QStringLiteral("writeBack"), true).toBool();
    a->archiveFolder = s.value(QStringLiteral("archiveFolder")).toString();
    // Done mail moved to the archive folder would come back as new items if that folder were
    // watched too: it is not (unless it is the only folder the user chose).
    if (!a->archiveFolder.isEmpty() && a->folders.size() > 1)
        a->folders.removeAll(a->archiveFolder);
    a->pollSeconds = qMax(30, s.value(QStringLiteral("pollSeconds"), 120).toInt());
    a->timeoutSeconds = qMax(1, s.value(QStringLiteral("timeoutSeconds"), 30).toInt());
    a->limits = Limits::fromSettings(s);
    return a;
}

} // namespace fi::imap
