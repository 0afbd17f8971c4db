#pragma once
/// @file cli.h
/// @brief Headless command line: `focusinbox [--data-dir D] <command> …` (no display needed).

#include <QStringList>

namespace fi::cli {

/// @return true when @p arguments (argv without the program) name a headless command
/// (sources, sync, list, …) or --help/--version, so main() needs no QApplication.
bool isHeadlessInvocation(const QStringList &arguments);

/// Run a headless command inside an existing QCoreApplication. Prints to stdout/stderr.
/// @return the process exit code: 0 ok, 1 a source failed entirely, 2 usage error, 3 storage/config error.
int run(const QStringList &arguments);

} // namespace fi::cli
