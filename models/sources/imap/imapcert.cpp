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

namespace {

/// A DER certificate parsed by GnuTLS for the duration of one question; null when it did not parse.
class ParsedCertificate {
public:
    explicit ParsedCertificate(const QByteArray &der)
    {
        if (gnutls_x509_crt_init(&m_crt) < 0) {
            m_crt = nullptr;
            return;
        }
        const gnutls_datum_t data{reinterpret_cast<unsigned char *>(const_cast<char *>(der.constData())),
                                  unsigned(der.size())};
        if (gnutls_x509_crt_import(m_crt, &data, GNUTLS_X509_FMT_DER) < 0) {
            gnutls_x509_crt_deinit(m_crt);
            m_crt = nullptr;
        }
    }
    ~ParsedCertificate()
    {
        if (m_crt)
            gnutls_x509_crt_deinit(m_crt);
    }
    ParsedCertificate(const ParsedCertificate &) = delete;
    ParsedCertificate &operator=(const ParsedCertificate &) = delete;
    gnutls_x509_crt_t get() const { return m_crt; }

private:
    gnutls_x509_crt_t m_crt = nullptr;
};

} // namespace

qint64 certificateExpiryMs(const QByteArray &der)
{
    const ParsedCertificate crt(der);
    if (!crt.get())
        return 0;
    const time_t t = gnutls_x509_crt_get_expiration_time(crt.get());
    return t == time_t(-1) ? 0 : qint64(t) * 1000;
}

bool allowsServerAuth(const QByteArray &der)
{
    const ParsedCertificate crt(der);
    if (!crt.get())
        return false;
    bool allowed = false;
    for (unsigned i = 0;; ++i) {
        char oid[128];
        size_t size = sizeof oid;
        const int r = gnutls_x509_crt_get_key_purpose_oid(crt.get(), i, oid, &size, nullptr);
        if (r == GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)
            return allowed || i == 0; // no Extended Key Usage at all: no restriction
        if (r == GNUTLS_E_SHORT_MEMORY_BUFFER)
            continue; // an OID too long to be one of ours
        if (r < 0)
            return false;
        if (qstrcmp(oid, GNUTLS_KP_TLS_WWW_SERVER) == 0 || qstrcmp(oid, GNUTLS_KP_ANY) == 0)
            allowed = true;
    }
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
