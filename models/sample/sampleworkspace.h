#pragma once
/// @file sampleworkspace.h
/// @brief The embedded sample workspace shown on first launch (resources/sample/maildir).
///
/// Each sample message carries `X-Focus-Sample-Age: <minutes>`; installing re-dates it to
/// now − age so deadlines are live (docs/sample-workspace.md).

#include "sources/source.h"

namespace fi {

/// The user address the sample mail is written to ("me" for the sample source's rules).
QString sampleOwnerAddress();

/**
 * @brief Copy the embedded sample Maildir into @p targetDir (creating cur/ new/ tmp/),
 * rewriting each message's Date header (RFC 5322 format) and file mtime to @p nowMs − age.
 * Existing files in @p targetDir are left alone.
 * @return the number of messages written, or -1 with *error set.
 */
int installSampleWorkspace(const QString &targetDir, qint64 nowMs, QString *error);

/// A source config for the installed sample: kind maildir, sample = true, the owner address in
/// settings["addresses"].
SourceConfig sampleSourceConfig(const QString &targetDir);

/// The name to show for @p source: the sample Maildir's name in the current language (context
/// "fi::Sample"), any other source's own name (the sample feeds keep their titles).
QString sourceDisplayName(const SourceConfig &source);

/**
 * @brief Copy the embedded sample feeds (resources/sample/feeds) into @p targetDir, each
 * `{{age:N}}` replaced by the RFC 822 date N minutes before @p nowMs, and return a feed source
 * (sample = true, a file:// URL) for each. Existing files are left alone.
 * @return the sources, or an empty list with *error set.
 */
QList<SourceConfig> installSampleFeeds(const QString &targetDir, qint64 nowMs, QString *error);

} // namespace fi
