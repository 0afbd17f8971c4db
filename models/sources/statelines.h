#pragma once
/// @file statelines.h
/// @brief A compact sync-state encoding for sets of (remoteId, fingerprint): one
/// "remoteId<TAB>fingerprint" line each, sorted, UTF-8. Used for the Maildir source's
/// unreadable files and the sync manager's already-read sent mail.

#include <QByteArray>
#include <QHash>
#include <QString>

namespace fi {

/// Parse lines written by encodeStateLines(); malformed lines are skipped.
QHash<QString, QString> decodeStateLines(const QByteArray &state);
/// Encode @p entries (remoteId → fingerprint), sorted by remoteId so equal sets encode equally.
QByteArray encodeStateLines(const QHash<QString, QString> &entries);

} // namespace fi
