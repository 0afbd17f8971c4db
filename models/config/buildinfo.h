#pragma once
/// @file buildinfo.h
/// @brief Issue 16: what was built — the release version and the git revision — for
/// `focusinbox --version`, the About dialog and the man page. No widgets; thread-safe (constants).

#include <QString>

namespace fi::buildinfo {

/// The release version, e.g. "0.1.0": CMake's PROJECT_VERSION (the FOCUSINBOX_VERSION
/// definition). QCoreApplication::applicationVersion() is set to the same string (app/main.cpp).
QString version();

/// The git revision the binary was built from: `git describe --always --dirty` run at build time
/// (cmake/GitRevision.cmake), e.g. "fbe35c8" or "fbe35c8-dirty" ("-dirty": built with uncommitted
/// changes). "unknown" when the sources are not a git checkout (a tarball) or git is missing.
QString revision();

/// Whether this is the portable build (CMake FOCUSINBOX_PORTABLE=ON: no Qt D-Bus, no Linux-only
/// calls; app/platformfeatures.h, docs/decisions/0013-portable-build.md).
bool isPortable();

/// One translated line naming both, e.g. "Focus Inbox 0.1.0 (revision fbe35c8)", or
/// "Focus Inbox 0.1.0 (revision fbe35c8, portable build)": what `focusinbox --version` prints.
QString versionLine();

} // namespace fi::buildinfo
