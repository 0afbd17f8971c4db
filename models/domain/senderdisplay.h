#pragma once
/// @file senderdisplay.h
/// @brief How a sender is named in the list and the reading pane, for mail (name, address)
/// and for kinds whose senders have a non-email handle (a GitHub login, a feed author's URI).
/// The results are text from outside: show them as plain text. Pure, thread-safe.

#include "domain/item.h"

namespace fi {

/// The sender's name for the item list: "Name (handle)" for a sender with a handle and no
/// address, else the display name; without a name the address, else the handle.
QString senderListName(const Address &from);

/// A sender with a handle and no e-mail address: "Name (handle)", or the handle alone when
/// there is no name. Empty when @p from has an address or no handle (callers format mail).
QString senderHandleText(const Address &from);

} // namespace fi
