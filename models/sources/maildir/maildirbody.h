#pragma once
/// @file maildirbody.h
/// @brief The full message behind a stored Maildir item (reading pane), registered as the
/// maildir kind's body loader (sourceregistry.cpp).

#include "mime/mimeparser.h"
#include "sources/source.h"

#include <optional>

namespace fi::maildir {

/**
 * @brief Open SourceConfig::location + "/" + ItemRecord::locator and parse it in full. When that
 * file is gone because a mail client changed its flags since the last sync (rename), the message
 * is found again by its unique name in cur/ and new/ of the same folder.
 * Blocking file I/O and parsing: call it off the GUI thread. Thread-safe.
 * @return nullopt with a translated *error (may be null): missing file, unreadable, unparseable.
 */
std::optional<ParsedMessage> loadBody(const SourceConfig &src, const ItemRecord &rec, QString *error);

/**
 * @brief The raw message file behind a stored Maildir item (found as loadBody() finds it), for
 * opening it in the user's mail client. Blocking file I/O. Thread-safe.
 * @return nullopt with a translated *error (may be null): missing or unreadable file.
 */
std::optional<QByteArray> loadMessage(const SourceConfig &src, const ItemRecord &rec, QString *error);

} // namespace fi::maildir
