#pragma once
/// @file imaptls.h
/// @brief TLS set-up of a libetpan `mailimap` session: SNI on implicit TLS and STARTTLS
/// (RFC 6066 §3), a STARTTLS upgrade that refuses data injected before the handshake
/// (RFC 3501 §6.2.1, CVE-2020-15953) and capabilities read again over TLS (imapcapabilities.h).
///
/// Certificate checks are not here (imapcert.h): libetpan verifies nothing itself.
/// Thread affinity: the thread that uses the session; no shared state.

#include <QByteArray>
#include <QString>

struct mailimap;

namespace fi::imap::tls {

/**
 * @brief Ignore SIGPIPE for the whole process (once; nothing in the app wants the signal, and a
 * crash handler such as QtTest's would turn it into a "crash" just the same).
 * libetpan writes with send(…, 0) and GnuTLS without MSG_NOSIGNAL, so writing to a connection
 * the server already closed would otherwise kill the app; with SIGPIPE ignored the write fails
 * with EPIPE and the session reports a lost connection. Called by every Session and the
 * functions below. Thread-safe.
 */
void ignoreSigPipe();

/// The SNI name for @p host: its ASCII (IDNA) form without a trailing dot; empty for an IP
/// literal (RFC 6066 §3 forbids them) or a name that has no ASCII form.
QByteArray sniHostName(const QString &host);

/// mailimap_ssl_connect() with @p sniName sent as SNI (empty: none). Returns libetpan's code.
int connectTls(mailimap *imap, const QByteArray &host, quint16 port, const QByteArray &sniName);

enum class StartTlsOutcome {
    Ok,              ///< Encrypted; capabilities were discarded and read again over TLS.
    Refused,         ///< The server answered STARTTLS with NO/BAD (or libetpan refused it).
    Injected,        ///< Bytes followed the tagged OK before the handshake: refused.
    HandshakeFailed, ///< The TLS handshake failed.
    ConnectionLost,  ///< The stream broke (or the server answered nothing).
    NoCapabilities,  ///< CAPABILITY over TLS failed.
};

/**
 * @brief STARTTLS, then the TLS handshake on the same socket with @p sniName as SNI, then
 * CAPABILITY again over TLS (what the server said before TLS is forgotten, RFC 3501 §6.2.1).
 * Anything libetpan buffered after the tagged OK (data the server, or someone in the path, sent
 * in plaintext to be read as if it came over TLS) refuses the connection: StartTlsOutcome::
 * Injected, and the connection must be dropped.
 * @param libetpanCode receives libetpan's code of the failing step (optional).
 */
StartTlsOutcome startTls(mailimap *imap, const QByteArray &sniName, int *libetpanCode = nullptr);

} // namespace fi::imap::tls
