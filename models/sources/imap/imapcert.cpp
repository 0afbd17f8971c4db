#include "sources/imap/imapcert.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSslCertificate>
#include <QSslError>

namespace fi::imap {

QString sha256Fingerprint(const QByteArray &der)
{
    const QByteArray hash = QCryptographicHash::hash(der, QCryptographicHash::Sha256);
    return QString::fromLatin1(hash.toHex(':').toUpper());
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
    QList<QSslCertificate> chain;
    for (const QByteArray &der : derChain)
        chain.append(QSslCertificate(der, QSsl::Der));
    const QList<QSslError> errors = QSslCertificate::verify(chain, hostName);
    if (errors.isEmpty()) {
        check.trusted = true;
        return check;
    }
    if (!trustedFingerprint.isEmpty()
        && trustedFingerprint.compare(check.fingerprint, Qt::CaseInsensitive) == 0) {
        check.trusted = true;
        check.pinned = true;
        return check;
    }
    QStringList why;
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
