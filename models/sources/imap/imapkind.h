#pragma once
/// @file imapkind.h
/// @brief The imap kind's descriptor.

#include "sources/sourceregistry.h"

namespace fi::imap {

/// The key stored in SourceConfig::kind for IMAP accounts (one source per account).
QString kindKey();

/**
 * @brief The descriptor: Remote, Push (IDLE on the first folder, RFC 2177), WriteBack,
 * OnDemandContent (BODY.PEEK[] cached in BodyCache), NeedsSecret (keychain), Mail.
 * Polled every Account::pollSeconds (setting "pollSeconds", default 120 s, at least 30 s).
 * validate() reports what Account::fromConfig() rejects (no host or user, bad security mode).
 * cleanup() forgets the keychain entry (forgetAccountSecret()) and the cached messages.
 */
SourceKind kind();

} // namespace fi::imap
