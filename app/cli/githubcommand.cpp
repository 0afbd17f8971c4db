// `focusinbox sources add github [--base-url URL] [--name N]` with the personal access token on
// standard input: asks GitHub who the token belongs to (GET /user), stores the token in the
// system keychain (never argv, never the database or config) and adds the source.
#include "cli/sourceadders.h"
#include "cli/stdinsecret.h"

#include "net/blockingfetch.h"
#include "sources/github/githubapi.h"
#include "sources/github/githubkind.h"

#include <QCoreApplication>
#include <QDateTime>

namespace fi::cli {
namespace {

int githubAddCommand(Context &ctx, const QStringList &)
{
    const QString baseText = ctx.parser->isSet(QStringLiteral("base-url")) ? ctx.parser->value(QStringLiteral("base-url"))
                                                                           : QString::fromLatin1(github::kDefaultBaseUrl);
    SourceConfig probe = github::configFor(baseText, QString());
    const QUrl base = github::baseUrlOf(probe);
    if (!base.isValid()) {
        ctx.err << QCoreApplication::translate("fi::cli", "Cannot add GitHub: %1")
                       .arg(SourceRegistry::instance().kind(github::kindKey())->problems(probe).value(0))
                << Qt::endl;
        return UsageError;
    }
    const std::optional<QString> token = secretFromStdin();
    if (!token) {
        // (GitHub's notifications API accepts classic personal access tokens only.)
        ctx.err << QCoreApplication::translate("fi::cli", "No token: pipe a GitHub personal access token (classic, with the "
                                                          "\"notifications\" scope) on standard input.")
                << Qt::endl;
        return UsageError;
    }
    // Who is this? A wrong token or address shows up here, with GitHub's own reason.
    const net::FetchResponse me = net::fetchAndWait(github::apiRequest(github::userUrl(base), token->trimmed()));
    std::optional<QString> login;
    if (me.outcome == net::FetchResponse::Outcome::Ok)
        login = github::loginOf(me.body);
    if (!login) {
        const QString why = me.outcome == net::FetchResponse::Outcome::Ok
                                ? QCoreApplication::translate("fi::cli", "the answer to GET /user has no login")
                                : github::failureOf(me, QDateTime::currentMSecsSinceEpoch()).error;
        ctx.err << QCoreApplication::translate("fi::cli", "Cannot use this token at %1: %2").arg(base.toDisplayString(), why) << Qt::endl;
        return SourceFailed;
    }
    SourceConfig config = github::configFor(baseText, *login, ctx.parser->value(QStringLiteral("name")));
    for (const SourceConfig &existing : ctx.store->sources()) {
        if (existing.kind == config.kind && github::secretKeyOf(existing) == github::secretKeyOf(config)) {
            ctx.err << QCoreApplication::translate("fi::cli", "Already added as source %1 (%2)").arg(existing.id).arg(existing.name) << Qt::endl;
            return UsageError;
        }
    }
    QString why;
    if (!github::writeToken(config, token->trimmed(), &why)) {
        ctx.err << QCoreApplication::translate("fi::cli", "Could not store the token in the system keychain: %1").arg(why) << Qt::endl;
        return StorageError;
    }
    return saveNewSource(ctx, config);
}

} // namespace

SourceAdder githubAdder()
{
    SourceAdder a;
    a.kind = github::kindKey();
    a.synopsis = QT_TRANSLATE_NOOP("fi::cli", "[--base-url https://HOST/api/v3] [--name N]  (token on stdin)");
    a.summary = QT_TRANSLATE_NOOP("fi::cli", "add GitHub notifications (personal access token on stdin)");
    a.arguments = 0;
    a.options = [] {
        return QList<QCommandLineOption>{
            {QStringLiteral("base-url"),
             QCoreApplication::translate("fi::cli", "GitHub API address (default https://api.github.com; GitHub Enterprise Server: https://HOST/api/v3)."),
             QStringLiteral("url")},
        };
    };
    a.add = &githubAddCommand;
    return a;
}

} // namespace fi::cli
