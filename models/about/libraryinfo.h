#pragma once
/// @file libraryinfo.h
/// @brief Issue 16, Help ▸ About: the libraries Focus Inbox is built on, with their versions and
/// licenses (as the Debian packages' copyright files state them). No widgets; any thread.

#include <QList>
#include <QString>

namespace fi {

/// One library as the About dialog lists it.
struct LibraryInfo {
    QString name;     ///< e.g. "GMime"
    QString version;  ///< e.g. "3.2.13"; empty when unknown
    QString license;  ///< SPDX expression, e.g. "LGPL-2.1-or-later" ("Public domain" for SQLite, translated)
    QString use;      ///< What the app uses it for (translated), e.g. "MIME parsing"
    /// True when @p version is the one the app was built against, not one reported at run time
    /// (the library has no run-time version call).
    bool buildTimeVersion = false;
};

/**
 * @brief The libraries the core links (focusinbox_models): Qt (qVersion()), GMime
 * (gmime_major_version …), libetpan (libetpan_get_version_major/minor), libical (ICAL_VERSION,
 * build time), QtKeychain (the CMake package version, build time) and SQLite
 * (sqlite3_libversion()). Run-time versions where the library reports one. Qt Charts (linked
 * by the views only) is not in the list: the app adds it.
 */
QList<LibraryInfo> coreLibraries();

} // namespace fi
