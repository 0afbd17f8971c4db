#pragma once
/// @file cli.h
/// @brief Headless command line: `focusinbox [--data-dir D] <command> …` (no display needed).

#include <QStringList>

#include <optional>

namespace fi::cli {

/// @return true when @p arguments (argv without the program) ask for the window: no command
/// and only options the GUI knows (--data-dir, Qt's own -platform, -style, -geometry, …), or a
/// well-formed `open ID` (openItemId(); the window shows that item, issue 16).
/// Everything else — a command, --help/--version, an unknown word or option — goes to run(),
/// which needs no display and reports a usage error itself (never the GUI's platform abort).
bool wantsGui(const QStringList &arguments);

/// Run a headless command inside an existing QCoreApplication. Prints to stdout/stderr.
/// An unknown command or option prints what is wrong and the usage to stderr.
/// @return the process exit code: 0 ok, 1 a source failed entirely, the data directory belongs
/// to another user, or (focus, triage) the running instance did not answer; 2 usage error;
/// 3 storage/config error; 4 (triage) an item id names no item — nothing was changed.
int run(const QStringList &arguments);

/// `focusinbox open ID` (issue 16): the item id of @p positional (the positional arguments:
/// "open" then one id, the "id" of list --json, 1…2^53). nullopt, with *error (may be null;
/// translated) saying what is wrong, when @p positional is not such a command. The window
/// (Application::start) opens the item, in the running instance when there is one; a
/// malformed `open` never needs a display: run() reports it (exit 2).
std::optional<qint64> openItemId(const QStringList &positional, QString *error = nullptr);


} // namespace fi::cli
