#pragma once
/// @file bodyloader.h
/// @brief Load the full body of a stored item from its source (reading pane).

#include "mime/mimeparser.h"
#include "sources/bodycache.h"
#include "sources/source.h"

#include <optional>

namespace fi {

/**
 * @brief Read and parse the complete message behind @p rec (ParseOptions::fullBody = true).
 *
 * Maildir: opens SourceConfig::location + "/" + ItemRecord::locator. When that file is gone
 * because a mail client changed its flags since the last sync (rename), the message is found
 * again by its unique name in cur/ and new/ of the same folder.
 *
 * IMAP: served from @p cache when it has the message, else fetched (BODY.PEEK[]) and put
 * into @p cache (when given), so opening it again works offline and without a round trip.
 *
 * Blocking file/network I/O and parsing: call it off the GUI thread. Thread-safe.
 * @param error Optional; receives a translated reason on failure (unknown source kind,
 *              missing file, unparseable message, server unreachable).
 */
std::optional<ParsedMessage> loadItemBody(const SourceConfig &src, const ItemRecord &rec,
                                          QString *error = nullptr, const BodyCache *cache = nullptr);

} // namespace fi
