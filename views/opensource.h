#pragma once
/// @file opensource.h
/// @brief "Open in source": open an item's web page (ItemRecord::url: a feed entry, a GitHub
/// thread) in the user's browser.
///
/// Only absolute http and https URLs with a host are offered: a URL is text from outside, and
/// any other scheme (file:, javascript:, a custom handler's scheme) could make the desktop run
/// something else than a browser. GUI thread only.

#include "domain/item.h"

#include <QUrl>

namespace fi {

/// The URL "Open in source" opens for @p record: ItemRecord::url when it is an absolute http or
/// https URL with a host, else an empty QUrl (the action is not offered).
QUrl sourceUrl(const ItemRecord &record);

/// Opens sourceUrl(@p record) with QDesktopServices::openUrl().
/// @return false when the item has no such URL or the desktop could not open it.
bool openInSource(const ItemRecord &record);

} // namespace fi
