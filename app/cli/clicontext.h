#pragma once
/// @file clicontext.h
/// @brief What every headless command needs: paths, configuration, an open store.

#include "config/appconfig.h"
#include "config/apppaths.h"
#include "storage/itemstore.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <memory>

namespace fi::cli {

/// NotFound: a triage command named an item id the store does not have (nothing was changed).
enum ExitCode { Ok = 0, SourceFailed = 1, UsageError = 2, StorageError = 3, NotFound = 4 };

struct Context {
    QCommandLineParser *parser = nullptr;
    QStringList args;               ///< Positional arguments after the command word.
    AppPaths paths;
    AppConfig config;
    std::unique_ptr<ItemStore> store;
    QTextStream out{stdout};
    QTextStream err{stderr};
};

/// Store @p config as a new source unless one of the same kind and location exists; prints
/// "Added source N: …" or the reason. Every `--address` given becomes the source's "me"
/// (settings "addresses", lower-cased). @return an ExitCode.
int saveNewSource(Context &ctx, SourceConfig config);
/// Tell a running instance for this data directory that the sources table changed (best
/// effort, at most 2 s): it lists them again and starts their schedules or listeners.
void notifyInstanceOfSources(const Context &ctx);

int sourcesCommand(Context &ctx);
int syncCommand(Context &ctx);
int listCommand(Context &ctx);
int focusCommand(Context &ctx);  ///< focuscommand.cpp
int dueCommand(Context &ctx);    ///< duecommand.cpp
/// `search QUERY... [--json] [--limit N]` (searchcommand.cpp).
int searchCommand(Context &ctx);
/// Whether @p word is a triage command: done, reopen, seen, unseen, tier, snooze (triagecommand.cpp).
bool isTriageCommand(const QString &word);
/// `push --title T [--body B] [--url U] [--sender S] [--tier N] [--due ISO] [--remote-id ID]
/// [--source NAME] [--json]` (pushcommand.cpp).
int pushCommand(Context &ctx);
/// `rules preview [--json] [--include-manual]`, `rules apply [--json] [--include-manual]`,
/// `rules undo [BATCH]` (rulescommand.cpp).
int rulesCommand(Context &ctx);
/// `stats [--json] [--since DATE] [--until DATE] [--tier N] [--source NAME] [--kind KIND]`: the
/// Insights figures (statscommand.cpp).
int statsCommand(Context &ctx);
/// `done|reopen|seen|unseen ID...`, `tier ID... 1|2|3`, `snooze ID... --until ISO|PHRASE`.
int triageCommand(Context &ctx, const QString &command);  ///< triagecommand.cpp
/// A malformed `open …` (a well-formed `open ID` opens the window instead, cli.h): prints what
/// is wrong. @return UsageError (opencommand.cpp).
int openCommand(Context &ctx);

} // namespace fi::cli
