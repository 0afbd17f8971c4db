#pragma once
/// @file maildirkind.h
/// @brief The maildir kind's descriptor and the helpers other layers use to make a Maildir
/// source without spelling its key.

#include "sources/sourceregistry.h"

namespace fi::maildir {

/// The key stored in SourceConfig::kind for Maildir sources.
QString kindKey();

/**
 * @brief A new (not yet stored) Maildir source: kind, @p name and @p path as its location,
 * exactly as given (callers pass a canonical path when they want one).
 */
SourceConfig configFor(const QString &path, const QString &name);

/// The cur/ and new/ directories of the Maildir at @p root and of its Maildir++ subfolders
/// (what the app watches between rescans). Lists directories: blocking, but cheap.
QStringList watchPaths(const QString &root);

/**
 * @brief The descriptor: local (polled 0 s: file watches + periodic rescan), Mail, no secret,
 * content read from the file on demand, WriteBack: read/unread and the flag are renamed into the
 * files' ":2," info (maildirreplayer.h). validate() wants a location that is a directory with a
 * cur/ subdirectory (translated "… is not a Maildir" otherwise).
 */
SourceKind kind();

} // namespace fi::maildir
