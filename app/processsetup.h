#pragma once
/// @file processsetup.h
/// @brief What both executables (focusinbox and focusinbox-gui, app/CMakeLists.txt) do first in
/// main(), before any Q*Application exists.

#include <QStringList>

namespace fi {

/// Makes every file the process creates private to the user (issue 9: umask before anything is
/// opened), sets the organization, application name and version (QCoreApplication's static
/// setters), and returns the command-line arguments after argv[0], decoded from the locale.
QStringList setUpProcess(int argc, char **argv);

} // namespace fi
