// `focusinbox sources add imap imaps://user@host:993/INBOX [--folder F]... [--security M]
//  [--trust-fingerprint SHA256] [--name N]`: checks the login, stores the password in the
// system keychain (never argv, never the database or config) and adds the source.
#include "cli/sourceadders.h"
#include "cli/stdinsecret.h"

#include "secrets/secretstore.h"
#include "sources/imap/imapaccount.h"
#include "sources/imap/imapaccountsave.h"
#include "sources/imap/imapkind.h"
#include "sources/imap/imapnames.h"
#include "sources/imap/imapprobe.h"

#include <QCoreApplication>

#include <algorithm>

namespace fi::cli {
namespace {


int imapAddCommand(Context &ctx, const QStringList &args)
{
    const QString url = args.value(0);
    QString why;
    std::optional<imap::Account> account = imap::Account::fromUrl(url, &why);
    if (!account) {
        ctx.err << why << Qt::endl;
        return UsageError;
    }
    const QStringList folders = ctx.parser->values(QStringLiteral("folder"));
    if (!folders.isEmpty())
        account->folders = folders;
    if (ctx.parser->isSet(QStringLiteral("security"))) {
        const auto sec = imap::securityFromName(ctx.parser->value(QStringLiteral("security")));
        if (!sec) {
            ctx.err << QCoreApplication::translate("fi::cli", "--security must be tls, starttls or none") << Qt::endl;
            return UsageError;
        }
        account->security = *sec;
    }
    account->trustedFingerprint = ctx.parser->value(QStringLiteral("trust-fingerprint")).toUpper();

    std::optional<QString> password = secretFromStdin();
    const bool fromStdin = password.has_value();
    if (!password) {
        password = secrets::readSecret(account->secretKey(), &why);
        if (!password) {
            ctx.err << QCoreApplication::translate("fi::cli", "No password: pipe it on standard input, or store it in the keychain first (%1)")
                           .arg(why) << Qt::endl;
            return UsageError;
        }
    }

    // Check server, certificate, login and LIST now, so mistakes show up here with a clear reason.
    const imap::ProbeResult probe = imap::probeAccount(*account, *password);
    if (!probe.ok()) {
        ctx.err << QCoreApplication::translate("fi::cli", "Cannot use %1: %2").arg(account->locationUrl(), probe.error.message) << Qt::endl;
        if (probe.error.kind == imap::ErrorKind::Certificate)
            ctx.err << QCoreApplication::translate("fi::cli", "To trust this certificate for this account: --trust-fingerprint %1").arg(probe.error.fingerprint)
                    << Qt::endl;
        return SourceFailed;
    }
    QStringList missing;
    for (const QString &folder : std::as_const(account->folders))
        if (std::none_of(probe.folders.begin(), probe.folders.end(),
                         [&](const QString &listed) { return imap::sameMailbox(listed, folder); })
            && folder.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) != 0)
            missing << folder;
    if (!missing.isEmpty()) {
        ctx.err << QCoreApplication::translate("fi::cli", "No such folder on %1: %2. The server has: %3")
                       .arg(account->host, missing.join(QStringLiteral(", ")), probe.folders.join(QStringLiteral(", ")))
                << Qt::endl;
        return UsageError;
    }

    if (fromStdin && !imap::saveAccountPassword(*account, *password, {}, &why)) {
        ctx.err << QCoreApplication::translate("fi::cli", "Could not store the password in the system keychain: %1").arg(why) << Qt::endl;
        return StorageError;
    }
    SourceConfig config;
    account->toConfig(config);
    config.name = ctx.parser->value(QStringLiteral("name"));
    if (config.name.isEmpty())
        config.name = account->user + u'@' + account->host;
    // Without --address, a user name that is an address is "me" (as in the account dialog).
    if (ctx.parser->values(QStringLiteral("address")).isEmpty() && account->user.contains(u'@'))
        config.settings.insert(QStringLiteral("addresses"), QStringList{account->user.toLower()});
    return saveNewSource(ctx, config);
}

} // namespace

SourceAdder imapAdder()
{
    SourceAdder a;
    a.kind = imap::kindKey();
    a.synopsis = QT_TRANSLATE_NOOP("fi::cli", "imaps://USER@HOST:993/INBOX [--folder F]... [--security tls|starttls|none]\n"
                                               "       [--trust-fingerprint SHA256] [--address A]");
    a.summary = QT_TRANSLATE_NOOP("fi::cli", "add an IMAP account (password on stdin or in the keychain)");
    a.options = [] {
        return QList<QCommandLineOption>{
            {QStringLiteral("folder"), QCoreApplication::translate("fi::cli", "IMAP folder to watch (repeatable)."),
             QStringLiteral("folder")},
            {QStringLiteral("security"), QCoreApplication::translate("fi::cli", "tls, starttls or none."),
             QStringLiteral("mode")},
            {QStringLiteral("trust-fingerprint"),
             QCoreApplication::translate("fi::cli", "Trust this SHA-256 certificate fingerprint for the account."),
             QStringLiteral("sha256")},
        };
    };
    a.add = &imapAddCommand;
    return a;
}

} // namespace fi::cli
