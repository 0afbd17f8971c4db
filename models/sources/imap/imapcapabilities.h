#pragma once
/// @file imapcapabilities.h
/// @brief The server's capabilities on a libetpan `mailimap` session (RFC 3501 §6.1.1, §7.2.1):
/// the CAPABILITY command and the lookup of one capability, both safe against the answers that
/// crash libetpan 1.9.4 on its own.
///
/// libetpan stores the last capability data it parsed (the greeting's [CAPABILITY …] code, a
/// tagged OK's code, or an untagged `* CAPABILITY` during any command) in
/// `imap_connection_info->imap_capability`. An empty list ("* CAPABILITY" with nothing after
/// it) is stored as a record whose `cap_list` is NULL, and its own mailimap_capability() then
/// copies that record without a check (a NULL dereference; found by fuzz_imap). The functions
/// here never call mailimap_capability() and read a missing list as an empty one.
///
/// Thread affinity: the thread that uses the session; no shared state.

struct mailimap;

namespace fi::imap {

/**
 * @brief Sends CAPABILITY and keeps what the server answers as the session's capabilities.
 * With @p discardOld what was known before is emptied first, so only what the server says now
 * counts (after STARTTLS, RFC 3501 §6.2.1). An answer without data, or with an empty list,
 * leaves an empty list: hasCapability() is false for every name.
 * @return libetpan's code: MAILIMAP_NO_ERROR on a tagged OK, MAILIMAP_ERROR_CAPABILITY on NO or
 * BAD, or the stream / parse error.
 */
int readCapabilities(mailimap *imap, bool discardOld);

/// Whether the server announced @p name (ASCII, compared without case) in the capabilities the
/// session knows now; false when it knows none. @p imap may be null.
bool hasCapability(mailimap *imap, const char *name);

} // namespace fi::imap
