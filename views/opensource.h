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

/// The URL a link inside shown content may open: @p url when it is an absolute http or https
/// URL with a host, or a mailto: URL with an address; else an empty QUrl (the link opens nothing).
QUrl linkUrl(const QUrl &url);

/// Opens linkUrl(@p url) with QDesktopServices::openUrl() (the browser or mail client).
/// @return false when the link is not allowed or the desktop could not open it.
bool openLink(const QUrl &url);

/// Opens sourceUrl(@p record) with QDesktopServices::openUrl().
/// @return false when the item has no such URL or the desktop could not open it.
bool openInSource(const ItemRecord &record);

} // namespace fi
