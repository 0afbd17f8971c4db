#pragma once
/// @file imapbodyloader.h
/// @brief Fetches one IMAP message in full when the reading pane opens it (issue 3: "the full
/// body is fetched on demand").

#include "mime/mimeparser.h"
#include "sources/source.h"

#include <QByteArray>
#include <optional>

namespace fi {
class BodyCache;
}

namespace fi::imap {

/**
 * @brief Connect with the account of @p source, SELECT the item's mailbox and UID FETCH
 * BODY.PEEK[] (RFC 3501 §6.4.5; PEEK: opening does not set \Seen here — the write-back queue
 * does). The item's locator is "<uidvalidity>:<uid>"; a changed UIDVALIDITY means the copy is
 * gone until the next sync. Blocking network I/O: call from a worker thread.
 * @return the raw RFC 5322 message, or nullopt with a translated *error.
 */
std::optional<QByteArray> fetchFullMessage(const SourceConfig &source, const ItemRecord &record, QString *error);

/**
 * @brief The imap kind's body loader (sourceregistry.cpp): the message from @p cache when it has
 * it, else fetchFullMessage() and put into @p cache (may be null), so opening it again works
 * offline and without a round trip; then parsed in full with local line ends.
 * Blocking network I/O and parsing: call it off the GUI thread.
 * @return nullopt with a translated *error (may be null).
 */
std::optional<ParsedMessage> loadBody(const SourceConfig &src, const ItemRecord &rec, QString *error,
                                      const BodyCache *cache);

/**
 * @brief The imap kind's message provider (opening an item in the user's mail client): the raw
 * message from @p cache when it has it, else fetchFullMessage() and put into @p cache (may be
 * null). Blocking network I/O: call it off the GUI thread.
 * @return nullopt with a translated *error (may be null).
 */
std::optional<QByteArray> loadMessage(const SourceConfig &src, const ItemRecord &rec, QString *error,
                                      const BodyCache *cache);

} // namespace fi::imap
