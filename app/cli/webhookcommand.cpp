// `focusinbox sources add webhook [--port N] [--name N] [--json]`: a local webhook source with a
// fresh token in the system keychain (printed once, here); `focusinbox sources webhook-token
// NAME|ID [--rotate] [--json]` prints it again or replaces it.
#include "cli/sourceadders.h"

#include "sources/webhook/webhookkind.h"
#include "sources/webhook/webhooktokens.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace fi::cli {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("fi::cli", text); }

void printToken(Context &ctx, const SourceConfig &config, const QString &token)
{
    const QString url = config.location;
    if (ctx.parser->isSet(QStringLiteral("json"))) {
        const QJsonObject o{{QStringLiteral("id"), config.id}, {QStringLiteral("name"), config.name},
                            {QStringLiteral("url"), url}, {QStringLiteral("token"), token}};
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
        ctx.out.flush();
        return;
    }
    ctx.out << tr("Endpoint: %1").arg(url) << Qt::endl
            << tr("Token: %1").arg(token) << Qt::endl
            << tr("Try it:") << Qt::endl
            << QStringLiteral("  curl -fsS -H 'Authorization: Bearer %1' -H 'Content-Type: application/json' \\\n"
                              "       -d '{\"title\":\"Deploy finished\",\"tier\":2}' %2")
                   .arg(token, url)
            << Qt::endl;
}

int webhookAddCommand(Context &ctx, const QStringList &)
{
    quint16 port = webhook::kDefaultPort;
    if (ctx.parser->isSet(QStringLiteral("port"))) {
        bool ok = false;
        const int value = ctx.parser->value(QStringLiteral("port")).toInt(&ok);
        if (!ok || value < 1024 || value > 65535) {
            ctx.err << tr("--port must be a number from 1024 to 65535") << Qt::endl;
            return UsageError;
        }
        port = quint16(value);
    }
    SourceConfig config = webhook::configFor(port, QString(), ctx.parser->value(QStringLiteral("name")));
    for (const SourceConfig &existing : ctx.store->sources()) {
        if (existing.kind == config.kind && existing.location == config.location) {
            ctx.err << tr("Port %1 is already used by source %2 (%3); choose another with --port").arg(port).arg(existing.id).arg(existing.name)
                    << Qt::endl;
            return UsageError;
        }
        // push --source and webhook-token find a webhook by its name (case-insensitive).
        if (existing.kind == config.kind && existing.name.compare(config.name, Qt::CaseInsensitive) == 0) {
            ctx.err << tr("Webhook source %1 is already named \"%2\"; choose another name with --name").arg(existing.id).arg(existing.name)
                    << Qt::endl;
            return UsageError;
        }
    }
    QString why;
    const std::optional<webhook::ProvisionedSource> added = webhook::addWithNewToken(*ctx.store, config, &why);
    if (!added) {
        ctx.err << why << Qt::endl;
        return StorageError;
    }
    if (!ctx.parser->isSet(QStringLiteral("json")))
        ctx.out << tr("Added source %1: %2 (%3)").arg(added->config.id).arg(added->config.name, added->config.location)
                << Qt::endl;
    printToken(ctx, added->config, added->token);
    notifyInstanceOfSources(ctx);
    return Ok;
}

int webhookTokenCommand(Context &ctx, const QStringList &args)
{
    const QString which = args.value(0);
    std::optional<SourceConfig> found;
    int sameName = 0;
    for (const SourceConfig &source : ctx.store->sources()) {
        if (source.kind != webhook::kindKey())
            continue;
        if (QString::number(source.id) == which) {
            found = source;  // an id wins over a name
            sameName = 0;
            break;
        }
        if (source.name.compare(which, Qt::CaseInsensitive) == 0) {
            found = source;
            ++sameName;
        }
    }
    if (!found) {
        ctx.err << tr("No webhook source has the id or name \"%1\" (see sources list)").arg(which) << Qt::endl;
        return NotFound;
    }
    if (sameName > 1) {
        ctx.err << tr("%1 webhook sources are named \"%2\"; give the id instead (see sources list)").arg(sameName).arg(which)
                << Qt::endl;
        return UsageError;
    }
    QString why;
    if (!ctx.parser->isSet(QStringLiteral("rotate"))) {
        const std::optional<QString> token = webhook::readToken(*found, &why);
        if (!token) {
            ctx.err << tr("Could not read the token from the system keychain: %1 (replace it with --rotate)").arg(why) << Qt::endl;
            return StorageError;
        }
        printToken(ctx, *found, *token);
        return Ok;
    }
    const std::optional<webhook::ProvisionedSource> rotated = webhook::rotateToken(*ctx.store, *found, &why);
    if (!rotated) {
        ctx.err << why << Qt::endl;
        return StorageError;
    }
    printToken(ctx, rotated->config, rotated->token);
    notifyInstanceOfSources(ctx);  // the running listener restarts with the new token
    return Ok;
}

} // namespace

SourceAdder webhookAdder()
{
    SourceAdder a;
    a.kind = webhook::kindKey();
    a.synopsis = QT_TRANSLATE_NOOP("fi::cli", "[--port N] [--name N] [--json]");
    a.summary = QT_TRANSLATE_NOOP("fi::cli", "add a local webhook on 127.0.0.1 (prints its token)");
    a.arguments = 0;
    a.options = [] {
        return QList<QCommandLineOption>{
            {QStringLiteral("port"), QCoreApplication::translate("fi::cli", "Port of a new webhook on 127.0.0.1 (default 8765)."),
             QStringLiteral("n")},
            {QStringLiteral("rotate"), QCoreApplication::translate("fi::cli", "Replace the webhook's token (webhook-token).")},
        };
    };
    a.add = &webhookAddCommand;
    SourceSubcommand token;
    token.word = QStringLiteral("webhook-token");
    token.synopsis = QT_TRANSLATE_NOOP("fi::cli", "NAME|ID [--rotate] [--json]");
    token.summary = QT_TRANSLATE_NOOP("fi::cli", "print a webhook's token, or replace it with --rotate");
    token.minArguments = 1;
    token.maxArguments = 1;
    token.run = &webhookTokenCommand;
    a.subcommands << token;
    return a;
}

} // namespace fi::cli
