#include "sources/imap/imapcert.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSslCertificate>
#include <QSslError>

#include <gnutls/x509.h>

namespace fi::imap {

QString sha256Fingerprint(const QByteArray &der)
{
    const QByteArray hash = QCryptographicHash::hash(der, QCryptographicHash::Sha256);
    return QString::fromLatin1(hash.toHex(':').toUpper());
}

qint64 certificateExpiryMs(const QByteArray &der)
{
    gnutls_x509_crt_t crt = nullptr;
    if (gnutls_x509_crt_init(&crt) < 0)
        return 0;
    const gnutls_datum_t data{reinterpret_cast<unsigned char *>(const_cast<char *>(der.constData())),
                              unsigned(der.size())};
    qint64 expiry = 0;
    if (gnutls_x509_crt_import(crt, &data, GNUTLS_X509_FMT_DER) >= 0) {
        const time_t t = gnutls_x509_crt_get_expiration_time(crt);
        if (t != time_t(-1))
            expiry = qint64(t) * 1000;
    }
    gnutls_x509_crt_deinit(crt);
    return expiry;
}

bool allowsServerAuth(const QByteArray &der)
{
    gnutls_x509_crt_t crt = nullptr;
    if (gnutls_x509_crt_init(&crt) < 0)
        return false;
    const gnutls_datum_t data{reinterpret_cast<unsigned char *>(const_cast<char *>(der.constData())),
                              unsigned(der.size())};
    bool allowed = false;
    if (gnutls_x509_crt_import(crt, &data, GNUTLS_X509_FMT_DER) >= 0) {
        for (unsigned i = 0;; ++i) {
            char oid[128];
            size_t size = sizeof oid;
            const int r = gnutls_x509_crt_get_key_purpose_oid(crt, i, oid, &size, nullptr);
            if (r == GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE) {
                allowed = allowed || i == 0; // no Extended Key Usage at all: no restriction
                break;
            }
            if (r == GNUTLS_E_SHORT_MEMORY_BUFFER)
                continue; // an OID too long to be one of ours
            if (r < 0) {
                allowed = false;
                break;
            }
            if (qstrcmp(oid, GNUTLS_KP_TLS_WWW_SERVER) == 0 || qstrcmp(oid, GNUTLS_KP_ANY) == 0)
                allowed = true;
        }
    }
    gnutls_x509_crt_deinit(crt);
    return allowed;
}

CertificateCheck verifyPeerChain(const QByteArrayList &derChain, const QString &hostName,
                                 const QString &trustedFingerprint)
{
    CertificateCheck check;
    if (derChain.isEmpty()) {
        check.reason = QCoreApplication::translate("fi::imap", "The server sent no certificate.");
        return check;
    }
    check.fingerprint = sha256Fingerprint(derChain.first());
    if (!trustedFingerprint.isEmpty()
        && trustedFingerprint.compare(check.fingerprint, Qt::CaseInsensitive) == 0) {
        check.trusted = true;
        check.pinned = true;
        return check;
    }
    QList<QSslCertificate> chain;
    for (const QByteArray &der : derChain)
        chain.append(QSslCertificate(der, QSsl::Der));
    const QList<QSslError> errors = QSslCertificate::verify(chain, hostName);
    const bool serverAuth = allowsServerAuth(derChain.first());
    if (errors.isEmpty() && serverAuth) {
        check.trusted = true;
        return check;
    }
    QStringList why;
    if (!serverAuth)
        why.append(QCoreApplication::translate("fi::imap", "it is not meant for authenticating a "
                                               "server: its Extended Key Usage lacks serverAuth"));
    for (const QSslError &e : errors)
        why.append(e.errorString());
    why.removeDuplicates();
    check.reason = QCoreApplication::translate(
                       "fi::imap", "The server's certificate is not trusted (%1). SHA-256 "
                                   "fingerprint: %2. Trust it explicitly for this account only "
                                   "if you know this is the right certificate.")
                       .arg(why.join(QStringLiteral("; ")), check.fingerprint);
    return check;
}

} // namespace fi::imap
