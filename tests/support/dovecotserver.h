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
        bool ssl = true; ///< false: no TLS at all (no STARTTLS capability, no TLS port).
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
    /// After writing into mailDir() directly: give the files to the mail user (root only).
    void fixOwnership() const;
    QString logPath() const;

private:
    bool prepare();
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
