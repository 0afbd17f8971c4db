#pragma once
/// @file dovecotserver.h
/// @brief Test fixture: a real Dovecot IMAP server on loopback (`dovecot -F -c <generated config>`)
/// with a passwd-file user, a temporary Maildir store and a self-signed certificate made by
/// openssl at start. Plain (STARTTLS offered unless Options::ssl is false) and implicit-TLS ports.
///
/// Not thread-safe; use from the test thread. The destructor stops the server.

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace fi::test {

class DovecotServer {
public:
    struct Options {
        Options() = default;
        /// Options{false}: no TLS (kept from when ssl was the only option).
        explicit Options(bool withSsl) : ssl(withSsl) {}
        bool ssl = true; ///< false: no TLS at all (no STARTTLS capability, no TLS port).
        /// extendedKeyUsage of the server certificate in openssl syntax ("clientAuth",
        /// "serverAuth,clientAuth"); empty = no Extended Key Usage extension.
        QString extendedKeyUsage;
        /// Sign the server certificate with a generated test CA (caCertificateDer()) instead of
        /// self-signing it; the CA is trusted by nothing unless the test adds it.
        bool caSigned = false;
        /// Non-empty: a second self-signed certificate (sniCertificateDer()) served to clients
        /// that ask for this name by SNI (Dovecot `local_name <name> { ssl_cert … }`).
        QString sniName;
        /// Non-empty: Dovecot's `imap_capability`, the CAPABILITY list the server announces
        /// instead of its own (e.g. without MOVE and UIDPLUS, to act as an older server).
        QString capabilities;
        /// Load the acl plugin with a global ACL file (vfile backend, never cached): every right
        /// for the owner until setAcl() writes other rules.
        bool acl = false;
    };
    DovecotServer();
    explicit DovecotServer(Options options);
    ~DovecotServer();

    /// Generate certificate + config on the first call, pick free ports, start and wait until
    /// the plain port accepts connections. @return false with a reason in error().
    bool start();
    /// SIGTERM to the master (it takes its imap processes with it) and wait.
    void stop();
    bool isRunning() const;
    /// SIGSTOP the master and all its processes (imap, imap-login, auth…): the server stays
    /// connected but silent, as a hung server would. thaw() (SIGCONT) resumes it; stop() too.
    void freeze();
    void thaw();
    QString error() const { return m_error; }

    quint16 plainPort() const { return m_plainPort; }
    quint16 tlsPort() const { return m_tlsPort; }
    QString user() const { return QStringLiteral("alice"); }
    QString password() const { return QStringLiteral("s3cret-pw-4711"); }
    /// The Maildir root of user() (INBOX = cur/new/tmp here, folders = ".Name").
    QString mailDir() const;
    /// DER bytes of the generated certificate.
    QByteArray certificateDer() const;
    /// DER of the test CA (Options::caSigned), else empty.
    QByteArray caCertificateDer() const;
    /// DER of the certificate for Options::sniName, else empty.
    QByteArray sniCertificateDer() const;
    /// After writing into mailDir() directly: give the files to the mail user (root only).
    void fixOwnership() const;
    QString logPath() const;
    /// Options::acl: replace the global ACL file with @p rules, one "<mailbox> <identifier>
    /// <rights>" line each (RFC 4314 rights, e.g. "INBOX owner lrwsip" forbids \Deleted and
    /// EXPUNGE in INBOX). Takes effect for the next command. @return false if not written.
    bool setAcl(const QByteArray &rules) const;

private:
    bool prepare();
    bool makeCertificates();
    bool openssl(const QStringList &args);
    QByteArray derOf(const QString &pemFile) const;
    Options m_options;
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_plainPort = 0;
    quint16 m_tlsPort = 0;
    bool m_prepared = false;
    int m_mailUid = -1;
    int m_mailGid = -1;
    QString m_error;
};

} // namespace fi::test
