#pragma once
/// @file cli.h
/// @brief Headless command line: `focusinbox [--data-dir D] <command> …` (no display needed).

#include <QStringList>

namespace fi::cli {

/// @return true when @p arguments (argv without the program) ask for the window: no command
/// and only options the GUI knows (--data-dir, Qt's own -platform, -style, -geometry, …).
/// Everything else — a command, --help/--version, an unknown word or option — goes to run(),
/// which needs no display and reports a usage error itself (never the GUI's platform abort).
bool wantsGui(const QStringList &arguments);

/// Run a headless command inside an existing QCoreApplication. Prints to stdout/stderr.
/// An unknown command or option prints what is wrong and the usage to stderr.
/// @return the process exit code: 0 ok, 1 a source failed entirely, the data directory belongs
/// to another user, or (focus, triage) the running instance did not answer; 2 usage error;
/// 3 storage/config error; 4 (triage) an item id names no item — nothing was changed.
int run(const QStringList &arguments);

} // namespace fi::cli
