#pragma once
/// @file guilauncher.h
/// @brief How the command-line executable `focusinbox` hands a window start to `focusinbox-gui`
/// (issue 17: a `focusinbox sync` loads no GUI libraries; app/CMakeLists.txt).

#include <QString>

namespace fi {

/// The path of focusinbox-gui for the executable at @p launcherPath (absolute): next to it (the
/// build tree), else at FOCUSINBOX_GUI_FROM_BIN relative to its directory (the install layout,
/// libexec/focusinbox). Empty when neither exists as an executable file.
QString guiExecutablePath(const QString &launcherPath);

/// Replaces this process with @p guiPath, passing @p argv (argv[0] included, NULL-terminated) and
/// the environment unchanged, so the window keeps this process id. Returns only when that fails:
/// then @p error (not null) says why. Call it before any thread is started. On a system without
/// exec(3) it runs @p guiPath as a child, waits, and returns its exit status with @p error empty.
int execGui(const QString &guiPath, char **argv, QString *error);

} // namespace fi
