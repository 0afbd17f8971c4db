#pragma once
/// @file imapcert.h
/// @brief Verification of the TLS peer chain libetpan hands over (libetpan itself verifies
/// nothing): QSslCertificate::verify against the system CA store plus host name (RFC 6125).

#include <QByteArrayList>
#include <QString>

namespace fi::imap {

/// Outcome of verifyPeerChain().
struct CertificateCheck {
    bool trusted = false;
    bool pinned = false;    ///< Accepted because the leaf matches the user-trusted fingerprint.
    QString fingerprint;    ///< SHA-256 of the leaf certificate, "AB:CD:…" (upper-case hex).
    QString reason;         ///< Translated; why it is not trusted (empty when trusted).
};

/// SHA-256 fingerprint of a DER certificate as "AB:CD:…".
QString sha256Fingerprint(const QByteArray &der);

/// When the DER certificate expires (notAfter, UTC epoch ms), read with GnuTLS; 0 when it cannot be
/// parsed. Does not load Qt's TLS backend (issue 17: loading it cost a no-change sync ~10 ms).
qint64 certificateExpiryMs(const QByteArray &der);

/// Whether the DER certificate may authenticate a TLS server: true when it has no Extended Key
/// Usage extension, or one listing id-kp-serverAuth (1.3.6.1.5.5.7.3.1) or anyExtendedKeyUsage
/// (2.5.29.37.0). False for anything else, and for bytes that do not parse (GnuTLS reads them).
bool allowsServerAuth(const QByteArray &der);

/**
 * @brief Verify a DER chain (leaf first) for @p hostName. Thread-safe (no shared state).
 *
 * Trusted when the chain verifies against the system CA store for @p hostName AND the leaf
 * allowsServerAuth(): a certificate issued for client authentication (or e-mail, code signing)
 * is refused even though a public CA signed it for that name. The one exception is the user's
 * explicit decision: a leaf whose SHA-256 equals @p trustedFingerprint is accepted whatever it
 * says (the same rule as for self-signed or expired certificates; the refusal names the reason
 * and the fingerprint, so the user decides knowingly). That decision is checked first: a pinned
 * leaf needs no walk through the system CA store, which Qt reads whole on its first use in a
 * process (issue 17: most of a no-change `focusinbox sync` before).
 * @param trustedFingerprint a leaf fingerprint the user trusted explicitly; empty = none.
 */
CertificateCheck verifyPeerChain(const QByteArrayList &derChain, const QString &hostName,
                                 const QString &trustedFingerprint);

} // namespace fi::imap
