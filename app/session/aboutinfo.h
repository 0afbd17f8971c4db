#pragma once
/// @file aboutinfo.h
/// @brief What Help ▸ About shows for this build (issue 16): version and git revision
/// (config/buildinfo.h) and the libraries with their versions and licenses.

#include "about/aboutdialog.h"

namespace fi {

/// The core's libraries (about/libraryinfo.h: Qt, GMime, libetpan, libical, QtKeychain, SQLite)
/// plus Qt Charts (the Insights window; GPL-3.0-or-later as Debian's libqt6charts6 states it).
/// No license of the app itself: the sources carry no LICENSE file yet. Any thread.
AboutInfo applicationAboutInfo();

} // namespace fi
