#include "cli/cli.h"

#include "cli/clicontext.h"
#include "cli/manpage.h"
#include "cli/sourceadders.h"
#include "config/buildinfo.h"

#include <QCoreApplication>

#include <algorithm>

namespace fi::cli {

namespace {

const QStringList &commands()
{
    static const QStringList list{QStringLiteral("sources"), QStringLiteral("sync"), QStringLiteral("list"),
                                  QStringLiteral("focus"), QStringLiteral("due"), QStringLiteral("search"),
                                  QStringLiteral("push"), QStringLiteral("rules"), QStringLiteral("stats"),
                                  QStringLiteral("open"),  // the window (issue 16; opencommand.cpp)
                                  // triage (triagecommand.cpp)
                                  QStringLiteral("done"), QStringLiteral("reopen"), QStringLiteral("seen"),
                                  QStringLiteral("unseen"), QStringLiteral("tier"), QStringLiteral("snooze")};
    return list;
}

/// Fills a QCommandLineParser, or a ManPage (cli/manpage.h) with the same definitions.
template <typename Parser>
void addOptions(Parser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "fi::cli",
        "Focus Inbox — a tiered inbox with response deadlines that guards deep work.\n\n"
        "Without a command, opens the window. Commands:\n")
        + SourceAdders::instance().helpLines()
        + QCoreApplication::translate("fi::cli",
        "  sources list                           list configured sources\n"
        "  sync                                   sync all sources once (summary on stdout)\n"
        "  list --json [--tier N] [--state S]     print items, one JSON object per line\n"
        "  list --json --conversations [--tier N] [--state S]\n"
        "                                         one object per conversation with an item of the\n"
        "                                         query: {conversation, subject, count, tier, due,\n"
        "                                         deadline_state, state, item_ids}\n"
        "  search QUERY... [--json] [--limit N]   find items as the search field does (every tier and\n"
        "                                         state, best match first): words, \"phrases\", -word,\n"
        "                                         OR, from: to: source: kind: tier: is: before: after:;\n"
        "                                         a query the parser has to correct exits 2;\n"
        "                                         search -- -word … when the query starts with '-'\n"
        "  open ID                                show item ID (the \"id\" of list --json) selected in\n"
        "                                         the window and raise it; starts Focus Inbox when it\n"
        "                                         is not running. Exit 4: no item with such an id\n"
        "  focus start [--minutes N] | stop | extend N | status [--json]\n"
        "                                         deep-work session of the running instance\n"
        "  due --received ISO8601 --tier N [--policy NAME]\n"
        "                                         print the deadline (ISO 8601 UTC or none)\n"
        "  push --title T [--body B|-] [--url U] [--sender S] [--tier 1|2|3] [--due ISO]\n"
        "       [--remote-id ID] [--source NAME] [--json]\n"
        "                                         add an item to a webhook source (through the\n"
        "                                         running instance, else the database); the same\n"
        "                                         --remote-id again updates that item\n"
        "  rules preview [--json] [--include-manual]\n"
        "                                         the stored items config.json's rules would move to\n"
        "                                         another tier (changes nothing); --json: one object\n"
        "                                         per line {id, subject, from_tier, to_tier, rule}\n"
        "  rules apply [--json] [--include-manual] move them (one batch, undoable; items you moved\n"
        "                                         by hand stay unless --include-manual)\n"
        "  rules undo [BATCH]                     put the items of a batch back (default: the last)\n"
        "  stats [--json] [--since DATE] [--until DATE] [--tier N] [--source NAME] [--kind KIND]\n"
        "                                         response times, deadlines kept, focus time and\n"
        "                                         arrivals (default: the last 30 days; a DATE is\n"
        "                                         YYYY-MM-DD, --until's day included, or ISO 8601)\n"
        "\n"
        "Triage (ID = the \"id\" of list --json, or a \"conversation\" (c12) for all of its items;\n"
        "several at once, or comma-separated):\n"
        "  done ID...                             mark items done\n"
        "  reopen ID...                           reopen done or snoozed items\n"
        "  seen ID... | unseen ID...              mark items read or unread\n"
        "  tier ID... 1|2|3                       move items to Reference (1), Async (2) or Now (3)\n"
        "                                         (or: tier ID... --tier N)\n"
        "  snooze ID... --until ISO|PHRASE        snooze until a time: 2026-12-05T09:00, \"tomorrow\",\n"
        "                                         \"tue 14:30\", \"in 3h\" (en, es, pt_BR)\n"
        "  These go through the running Focus Inbox when there is one (its window follows at once),\n"
        "  else straight to the database. Either way the source gets them as triage in the window\n"
        "  (IMAP: done sets \\Seen and moves the message to the archive folder if one is set,\n"
        "  seen/unseen set or clear \\Seen).\n"
        "  --json prints each item afterwards (as list --json) with \"changed\": true or false.\n"
        "  Exit codes: 0 done, 1 the running instance did not answer, 2 usage error,\n"
        "  3 storage error, 4 no item with such an id (then nothing was changed).\n"
        "\n"
        "Examples:\n"
        "  focusinbox list --json --tier 3\n"
        "  focusinbox search from:ana is:open --json --limit 20\n"
        "  focusinbox done 12 17\n"
        "  focusinbox tier 12 3\n"
        "  focusinbox snooze 12,17 --until \"tomorrow 09:00\" --json\n"
        "  focusinbox open 12"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("data-dir"),
                      QCoreApplication::translate("fi::cli", "Keep database, config and logs in <dir>."),
                      QStringLiteral("dir")});
    parser.addOption({QStringLiteral("minimized"),
                      QCoreApplication::translate("fi::cli", "Open the app hidden in the tray (no command).")});
    parser.addOption({QStringLiteral("name"), QCoreApplication::translate("fi::cli", "Name of a new source."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("address"),
                      QCoreApplication::translate("fi::cli", "Your own address in a new source (repeatable): mail to it is "
                                                             "\"addressed to me\"."),
                      QStringLiteral("address")});
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("fi::cli", "Print JSON lines.")});
    parser.addOption({QStringLiteral("conversations"),
                      QCoreApplication::translate("fi::cli", "list: one line per conversation instead of one per item.")});
    parser.addOption({QStringLiteral("tier"), QCoreApplication::translate("fi::cli", "Only items of tier <n> (1, 2 or 3)."),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("state"),
                      QCoreApplication::translate("fi::cli", "open (default), done, snoozed or all."),
                      QStringLiteral("state"), QStringLiteral("open")});
    // Options of one kind's `sources add` (app/cli/sourceadders.h).
    for (const SourceAdder &adder : SourceAdders::instance().adders())
        if (adder.options)
            for (const QCommandLineOption &option : adder.options())
                parser.addOption(option);
    parser.addOption({QStringLiteral("limit"), QCoreApplication::translate("fi::cli", "At most <n> results (search)."),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("minutes"), QCoreApplication::translate("fi::cli", "Length of a focus session."),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("received"),
                      QCoreApplication::translate("fi::cli", "Received time for due (ISO 8601)."),
                      QStringLiteral("time")});
    parser.addOption({QStringLiteral("policy"), QCoreApplication::translate("fi::cli", "Response policy name for due."),
                      QStringLiteral("name")});
    // push (pushcommand.cpp)
    parser.addOption({QStringLiteral("title"), QCoreApplication::translate("fi::cli", "Title of a pushed item."),
                      QStringLiteral("text")});
    parser.addOption({QStringLiteral("body"),
                      QCoreApplication::translate("fi::cli", "Plain-text body of a pushed item (- reads standard input)."),
                      QStringLiteral("text")});
    parser.addOption({QStringLiteral("url"), QCoreApplication::translate("fi::cli", "Web address of a pushed item."),
                      QStringLiteral("url")});
    parser.addOption({QStringLiteral("sender"), QCoreApplication::translate("fi::cli", "Sender of a pushed item."),
                      QStringLiteral("text")});
    parser.addOption({QStringLiteral("due"),
                      QCoreApplication::translate("fi::cli", "Response deadline of a pushed item (ISO 8601)."),
                      QStringLiteral("time")});
    parser.addOption({QStringLiteral("remote-id"),
                      QCoreApplication::translate("fi::cli", "Id of a pushed item: pushing it again updates it."),
                      QStringLiteral("id")});
    parser.addOption({QStringLiteral("source"),
                      QCoreApplication::translate("fi::cli", "Webhook source of a pushed item (its name)."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("include-manual"),
                      QCoreApplication::translate("fi::cli", "rules preview|apply: also re-tier items moved by hand.")});
    parser.addOption({QStringLiteral("until"),
                      QCoreApplication::translate("fi::cli", "Wake time for snooze: ISO 8601 or a phrase (\"tomorrow 09:00\"); "
                                                             "end of the period for stats (a date is included)."),
                      QStringLiteral("time")});
    parser.addOption({QStringLiteral("since"),
                      QCoreApplication::translate("fi::cli", "Start of the period for stats (YYYY-MM-DD or ISO 8601)."),
                      QStringLiteral("date")});
    parser.addOption({QStringLiteral("kind"),
                      QCoreApplication::translate("fi::cli", "Only sources of this kind (stats), e.g. imap, feed."),
                      QStringLiteral("kind")});
    // Hidden: prints the man page made from these definitions (the build runs it for focusinbox.1).
    QCommandLineOption manPage(QStringLiteral("man-page"));
    manPage.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(manPage);
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("fi::cli", "sources | sync | list"));
}

} // namespace

namespace {

/// Options QGuiApplication / QApplication and the xcb plugin take on the command line (Qt 6.4,
/// "QGuiApplication::QGuiApplication" and "QApplication::QApplication"), with one or two dashes,
/// "-opt value" or "-opt=value". Our own --name (sources add) is not in the table on purpose,
/// nor X11's -sync: `focusinbox --sync` is a typo of the sync command, not a window.
struct QtGuiOption {
    const char *name;
    bool takesValue;
};
constexpr QtGuiOption kQtGuiOptions[] = {
    {"platform", true},   {"platformpluginpath", true}, {"platformtheme", true}, {"plugin", true},
    {"qwindowgeometry", true}, {"geometry", true},      {"qwindowtitle", true},  {"title", true},
    {"qwindowicon", true}, {"icon", true},              {"session", true},       {"display", true},
    {"style", true},      {"stylesheet", true},          {"qmljsdebugger", true}, {"visual", true},
    {"reverse", false},   {"widgetcount", false},        {"testability", false},  {"nograb", false},
    {"dograb", false},    {"ncols", true},               {"cmap", false},
};

/// @p arguments without Qt's GUI options (and their values).
QStringList withoutQtGuiOptions(const QStringList &arguments)
{
    QStringList rest;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (!arg.startsWith(QLatin1Char('-')) || arg == QLatin1String("-") || arg == QLatin1String("--")) {
            rest << arg;
            continue;
        }
        QString name = arg.mid(arg.startsWith(QLatin1String("--")) ? 2 : 1);
        const qsizetype eq = name.indexOf(QLatin1Char('='));
        const bool inlineValue = eq >= 0;
        if (inlineValue)
            name.truncate(eq);
        const auto *option = std::find_if(std::begin(kQtGuiOptions), std::end(kQtGuiOptions),
                                          [&](const QtGuiOption &o) { return name == QLatin1String(o.name); });
        if (option == std::end(kQtGuiOptions)) {
            rest << arg;
            continue;
        }
        if (option->takesValue && !inlineValue)
            ++i;  // skip the value
    }
    return rest;
}

void printUsageError(const QString &what, const QCommandLineParser &parser)
{
    QTextStream err(stderr);
    err << QCoreApplication::translate("fi::cli", "focusinbox: %1").arg(what) << Qt::endl << Qt::endl
        << parser.helpText();
}

} // namespace

bool wantsGui(const QStringList &arguments)
{
    // Parse with the real option table, so options that take a value never pass for a command.
    // Qt's GUI options (-platform, -style, …) belong to the window and are set apart first.
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(QStringList{QStringLiteral("focusinbox")} + withoutQtGuiOptions(arguments)))
        return false;  // an unknown option: the command line reports it
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("version")) ||
        parser.isSet(QStringLiteral("help-all")) || parser.isSet(QStringLiteral("man-page")))
        return false;
    return parser.positionalArguments().isEmpty() || openItemId(parser.positionalArguments()).has_value();
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    Context ctx;
    ctx.parser = &parser;
    // parse(), not process(): an error must exit 2 with the usage (process() exits 1).
    if (!parser.parse(QStringList{QCoreApplication::applicationFilePath()} + arguments)) {
        printUsageError(parser.errorText(), parser);
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all")))
        parser.showHelp(0);  // exits
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << buildinfo::versionLine() << Qt::endl;  // with the git revision
        return Ok;
    }
    if (parser.isSet(QStringLiteral("man-page"))) {
        ManPage page;
        addOptions(page);
        QTextStream(stdout) << page.render(QStringLiteral("Focus Inbox %1").arg(buildinfo::version()));
        return Ok;
    }

    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        printUsageError(QCoreApplication::translate("fi::cli", "no command given."), parser);
        return UsageError;
    }
    if (!commands().contains(positional.first())) {
        printUsageError(QCoreApplication::translate("fi::cli", "unknown command \"%1\".").arg(positional.first()), parser);
        return UsageError;
    }
    const QString command = positional.takeFirst();
    ctx.args = positional;
    ctx.paths = AppPaths::resolve(parser.value(QStringLiteral("data-dir")));
    QString error;
    switch (ctx.paths.prepare(&error)) {
    case PrivateDirStatus::Ok:
        break;
    case PrivateDirStatus::NotOwned:
        ctx.err << error << Qt::endl;
        return SourceFailed;  // 1: refused, nothing read or written (issue 9)
    case PrivateDirStatus::Failed:
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
    if (command == QLatin1String("search"))
        return searchCommand(ctx);
    if (command == QLatin1String("push"))
        return pushCommand(ctx);
    if (command == QLatin1String("rules"))
        return rulesCommand(ctx);
    if (command == QLatin1String("stats"))
        return statsCommand(ctx);
    if (command == QLatin1String("open"))
        return openCommand(ctx);  // a malformed one: a well-formed `open ID` opened the window
    if (isTriageCommand(command))
        return triageCommand(ctx, command);
    return listCommand(ctx);
}

} // namespace fi::cli
