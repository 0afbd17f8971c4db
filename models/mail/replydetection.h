#pragma once
/// @file replydetection.h
/// @brief Reply detection for response deadlines (mail only): which folders hold the user's sent
/// mail and which Message-IDs a sent message answers (In-Reply-To, References; RFC 5322 §3.6.4).
/// Pure; no thread affinity. Where the answers are stored: StoreBatch::repliedMessageIds.

#include "domain/item.h"
#include "sources/source.h"

#include <QStringList>

namespace fi::mail {

/// The sent folders of one source: AppConfig::sentFolders plus the source's
/// settings["sentFolders"]. Names compare without a leading '.' and case-insensitively, so
/// "Sent", ".Sent" and "sent" are the same Maildir++ folder.
class SentFolders {
public:
    SentFolders(const QStringList &global, const SourceConfig &source);
    bool contains(const QString &folder) const;

private:
    QStringList m_names;  // normalised
};

/// Message-IDs (without angle brackets) that @p sent answers: its In-Reply-To and References
/// headers (record.headers "in-reply-to", "references").
QStringList repliedMessageIds(const ItemRecord &sent);

} // namespace fi::mail
