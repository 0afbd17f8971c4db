#include "cli/cli.h"

#include "cli/clicontext.h"

#include <QCoreApplication>

namespace fi::cli {

namespace {

const QStringList &commands()
{
    static const QStringList list{QStringLiteral("sources"), QStringLiteral("sync"), QStringLiteral("list"),
                                  QStringLiteral("focus"), QStringLiteral("due")};
    return list;
}

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "fi::cli",
        "Focus Inbox — a tiered inbox with response deadlines that guards deep work.\n\n"
        "Without a command, opens the window. Commands:\n"
        "  sources add maildir PATH [--name N] [--address A]  add a Maildir source\n"
        "  sources add imap imaps://USER@HOST:993/INBOX [--folder F]... [--security tls|starttls|none]\n"
        "       [--trust-fingerprint SHA256] [--address A]\n"
        "                                         add an IMAP account (password on stdin or in the keychain)\n"
        "  sources list                           list configured sources\n"
        "  sync                                   sync all sources once (summary on stdout)\n"
        "  list --json [--tier N] [--state S]     print items, one JSON object per line\n"
        "  focus start [--minutes N] | stop | extend N | status [--json]\n"
        "                                         deep-work session of the running instance\n"
        "  due --received ISO8601 --tier N [--policy NAME]\n"
        "                                         print the deadline (ISO 8601 UTC or none)"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("data-dir"),
                      QCoreApplication::translate("fi::cli", "Keep database, config and logs in <dir>."),
                      QStringLiteral("dir")});
    parser.addOption({QStringLiteral("name"), QCoreApplication::translate("fi::cli", "Name of a new source."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("address"),
                      QCoreApplication::translate("fi::cli", "Your own address in a new source (repeatable): mail to it is "
                                                             "\"addressed to me\"."),
                      QStringLiteral("address")});
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("fi::cli", "Print JSON lines.")});
    parser.addOption({QStringLiteral("tier"), QCoreApplication::translate("fi::cli", "Only items of tier <n> (1, 2 or 3)."),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("state"),
                      QCoreApplication::translate("fi::cli", "open (default), done, snoozed or all."),
                      QStringLiteral("state"), QStringLiteral("open")});
    // IMAP accounts (app/cli/imapcommand.cpp).
    parser.addOption({QStringLiteral("folder"), QCoreApplication::translate("fi::cli", "IMAP folder to watch (repeatable)."),
                      QStringLiteral("folder")});
    parser.addOption({QStringLiteral("security"), QCoreApplication::translate("fi::cli", "tls, starttls or none."),
                      QStringLiteral("mode")});
    parser.addOption({QStringLiteral("trust-fingerprint"),
                      QCoreApplication::translate("fi::cli", "Trust this SHA-256 certificate fingerprint for the account."),
                      QStringLiteral("sha256")});
    parser.addOption({QStringLiteral("minutes"), QCoreApplication::translate("fi::cli", "Length of a focus session."),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("received"),
                      QCoreApplication::translate("fi::cli", "Received time for due (ISO 8601)."),
                      QStringLiteral("time")});
    parser.addOption({QStringLiteral("policy"), QCoreApplication::translate("fi::cli", "Response policy name for due."),
                      QStringLiteral("name")});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("fi::cli", "sources | sync | list"));
}

} // namespace

bool isHeadlessInvocation(const QStringList &arguments)
{
    // Parse with the real option table, so options that take a value never pass for a command.
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(QStringList{QStringLiteral("focusinbox")} + arguments))
        return false;  // unknown options (e.g. Qt's -platform) belong to the GUI
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("version")) ||
        parser.isSet(QStringLiteral("help-all")))
        return true;
    return commands().contains(parser.positionalArguments().value(0));
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    Context ctx;
    ctx.parser = &parser;
    parser.process(QStringList{QCoreApplication::applicationFilePath()} + arguments);  // exits on --help/--version

    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() || !commands().contains(positional.first())) {
        ctx.err << parser.helpText();
        return UsageError;
    }
    const QString command = positional.takeFirst();
    ctx.args = positional;
    ctx.paths = AppPaths::resolve(parser.value(QStringLiteral("data-dir")));
    QString error;
    if (!ctx.paths.ensureExists(&error)) {
        ctx.err << error << Qt::endl;
        return StorageError;
    }
    ctx.config = AppConfig::load(ctx.paths.configPath());
    for (const QString &problem : ctx.config.errors())
        ctx.err << QCoreApplication::translate("fi::cli", "config: %1").arg(problem) << Qt::endl;

    ctx.store = std::make_unique<ItemStore>(ctx.paths.databasePath());
    if (ctx.store->open(&error) != OpenError::None) {
        ctx.err << error << Qt::endl;
        return StorageError;
    }
    if (command == QLatin1String("sources"))
        return sourcesCommand(ctx);
    if (command == QLatin1String("sync"))
        return syncCommand(ctx);
    if (command == QLatin1String("focus"))
        return focusCommand(ctx);
    if (command == QLatin1String("due"))
        return dueCommand(ctx);
    return listCommand(ctx);
}

} // namespace fi::cli
