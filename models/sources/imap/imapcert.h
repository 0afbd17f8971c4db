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
    bool pinned = false;    ///< Accepted only because the leaf matches the user-trusted fingerprint.
    QString fingerprint;    ///< SHA-256 of the leaf certificate, "AB:CD:…" (upper-case hex).
    QString reason;         ///< Translated; why it is not trusted (empty when trusted).
};

/// SHA-256 fingerprint of a DER certificate as "AB:CD:…".
QString sha256Fingerprint(const QByteArray &der);

/**
 * @brief Verify a DER chain (leaf first) for @p hostName. Thread-safe (no shared state).
 * @param trustedFingerprint a leaf fingerprint the user trusted explicitly; empty = none.
 */
CertificateCheck verifyPeerChain(const QByteArrayList &derChain, const QString &hostName,
                                 const QString &trustedFingerprint);

} // namespace fi::imap
