#pragma once
/// @file platformfeatures.h
/// @brief Which platform services this build of the app uses, in one place (issue 16,
/// docs/decisions/0013-portable-build.md).
///
/// Each macro is 1 or 0 (test with `#if`, never `#ifdef`):
/// - FI_HAVE_FREEDESKTOP: org.freedesktop.Notifications and the desktop DND switches over Qt D-Bus
///   (app/notify/notifier.cpp, app/dnd/dbusdndbackends.cpp). Linux and the BSDs; not macOS,
///   Windows or the portable build, which post through QSystemTrayIcon and use the no-op DND backend
///   (the app's own NotificationGate still holds everything during a focus session).
/// - FI_HAVE_SO_PEERCRED: the instance channel asks the kernel for the peer's uid (SO_PEERCRED,
///   Linux only). Elsewhere the socket lives in a directory only its user may enter, and
///   QLocalServer::UserAccessOption restricts the socket or named pipe to that user.
/// - FI_HAVE_FLOCK: the single-instance lock is an flock(2) on a 0600 file, released by the kernel
///   when the process dies however it dies. The portable build, and Windows, use QLockFile, which
///   detects a stale lock by its process id.
///
/// The portable build (CMake option FOCUSINBOX_PORTABLE=ON, preset "portable") defines
/// FOCUSINBOX_PORTABLE, so Linux compiles and tests the paths Windows and macOS will take;
/// fi::buildinfo::isPortable() (models/config/buildinfo.h) tells `--version` and About.

#include <QtGlobal>

#if defined(FOCUSINBOX_PORTABLE)
#define FI_PORTABLE_BUILD 1
#else
#define FI_PORTABLE_BUILD 0
#endif

#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS) && !FI_PORTABLE_BUILD
#define FI_HAVE_FREEDESKTOP 1
#else
#define FI_HAVE_FREEDESKTOP 0
#endif

#if defined(Q_OS_LINUX) && !FI_PORTABLE_BUILD
#define FI_HAVE_SO_PEERCRED 1
#else
#define FI_HAVE_SO_PEERCRED 0
#endif

#if defined(Q_OS_UNIX) && !FI_PORTABLE_BUILD
#define FI_HAVE_FLOCK 1
#else
#define FI_HAVE_FLOCK 0
#endif
