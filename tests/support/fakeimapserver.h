#pragma once
/// @file fakeimapserver.h
/// @brief Test fixture: the scripted fake IMAP server (tests/support/fakeimapserver.py, run
/// with /usr/bin/python3) on 127.0.0.1, for hostile cases a real Dovecot cannot produce:
/// huge literals, floods, a server trickling one byte at a time, stray UIDs, UIDVALIDITY 0,
/// HIGHESTMODSEQ going backwards, markup in error texts, no CONDSTORE, STARTTLS tricks.
/// The scenario names and what each does are documented in the script.
///
/// Not thread-safe; use from the test thread. The destructor kills the server.

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace fi::test {

class FakeImapServer {
public:
    /// @p extraArgs are passed to the script (e.g. {"--drip-seconds", "2"}).
    explicit FakeImapServer(QString scenario, QStringList extraArgs = {});
    ~FakeImapServer();
    FakeImapServer(const FakeImapServer &) = delete;
    FakeImapServer &operator=(const FakeImapServer &) = delete;

    /// Start and wait (≤ 10 s) until it listens. For the STARTTLS scenarios a self-signed
    /// certificate is made with openssl first. @return false with a reason in error().
    bool start();
    void stop();
    quint16 port() const { return m_port; }
    QString error() const { return m_error; }
    /// DER of the certificate used after STARTTLS (empty before start() or without TLS).
    QByteArray certificateDer() const { return m_certDer; }
    /// What the server logged: one line per command received ("C<connection> <line>").
    QString log() const;

private:
    QString m_scenario;
    QStringList m_args;
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QByteArray m_certDer;
    QString m_error;
};

} // namespace fi::test
