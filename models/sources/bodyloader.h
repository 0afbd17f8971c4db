#pragma once
/// @file bodyloader.h
/// @brief Load the full body of a stored item from its source (reading pane).

#include "mime/mimeparser.h"
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
 * Blocking file I/O and parsing: call it off the GUI thread. Thread-safe.
 * @param error Optional; receives a translated reason on failure (unknown source kind,
 *              missing file, unparseable message).
 */
std::optional<ParsedMessage> loadItemBody(const SourceConfig &src, const ItemRecord &rec,
                                          QString *error = nullptr);

} // namespace fi
