#pragma once
/// @file imapprobe.h
/// @brief Checks an IMAP account before it is saved: connect (TLS / STARTTLS / plain as the
/// account says, certificate verified), LOGIN, LIST, LOGOUT. Used by the account dialog and by
/// `focusinbox sources add imap`.
///
/// Thread affinity: probeAccount() blocks on the network (each command bounded by
/// Account::timeoutSeconds) and, with an empty password, on the keychain (D-Bus): call it on a
/// worker thread or in the CLI. probeAccountAsync() returns at once and runs the same on
/// workerPool() (concurrency/workerpool.h); use it from the GUI thread. Errors are values, never thrown.

#include "sources/imap/imapsession.h"

#include <QFuture>
#include <QStringList>

namespace fi::imap {

/// Outcome of a probe.
struct ProbeResult {
    /// kind None on success. For ErrorKind::Certificate, Error::fingerprint holds the SHA-256
    /// fingerprint of the server's leaf certificate ("AB:CD:…") that the user may trust.
    Error error;
    /// Selectable mailboxes from LIST "" "*" (sorted case-insensitively); empty on error.
    QStringList folders;
    bool hasMove = false; ///< Server supports MOVE (RFC 6851); otherwise archiving copies and expunges.
    bool hasIdle = false; ///< Server supports IDLE (RFC 2177).
    bool ok() const { return !error.isError(); }
};

/**
 * @brief Connect, log in and list the folders of @p account. Blocking; worker thread only.
 * @param password the password to try. When empty and @p storedKey is not, the password stored
 *        in the system keychain under @p storedKey is used (editing an account whose password the
 *        user left unchanged); a missing entry gives ErrorKind::Auth with the keychain's reason.
 * @param storedKey keychain key (Account::secretKey() of the saved account), or empty.
 * The password is neither kept nor logged.
 */
ProbeResult probeAccount(const Account &account, const QString &password, const QString &storedKey = {});

/// probeAccount() on the global thread pool. The future always gets exactly one result.
QFuture<ProbeResult> probeAccountAsync(const Account &account, const QString &password,
                                       const QString &storedKey = {});

} // namespace fi::imap
