#pragma once
/// @file bodyloader.h
/// @brief Load the full body of a stored item from its source (reading pane).

#include "mime/mimeparser.h"
#include "sources/bodycache.h"
#include "sources/source.h"

#include <optional>

namespace fi {

/**
 * @brief Read and parse the complete message behind @p rec (ParseOptions::fullBody = true)
 * with the body loader its kind registered (SourceKind::loadContent): Maildir reopens the file
 * (following a flags rename), IMAP serves it from @p cache or fetches BODY.PEEK[] and caches it.
 *
 * Blocking file/network I/O and parsing: call it off the GUI thread. Thread-safe.
 * @param error Optional; receives a translated reason on failure (unknown source kind,
 *              missing file, unparseable message, server unreachable).
 */
std::optional<ParsedMessage> loadItemBody(const SourceConfig &src, const ItemRecord &rec,
                                          QString *error = nullptr, const BodyCache *cache = nullptr);

/**
 * @brief The raw RFC 5322 message behind @p rec, through its kind's SourceKind::loadMessage
 * (Maildir: the file, following a flags rename; IMAP: @p cache or BODY.PEEK[], then cached).
 * Blocking file/network I/O: call it off the GUI thread. Thread-safe.
 * @param error Optional; receives a translated reason on failure.
 */
std::optional<QByteArray> loadItemMessage(const SourceConfig &src, const ItemRecord &rec, QString *error = nullptr,
                                          const BodyCache *cache = nullptr);

/// Whether items of kind @p kindKey have a message to open (SourceKind::loadMessage). Thread-safe.
bool hasItemMessage(const QString &kindKey);

} // namespace fi
