#include "fakeimapserver.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QSslCertificate>

namespace fi::test {

FakeImapServer::FakeImapServer(QString scenario, QStringList extraArgs)
    : m_scenario(std::move(scenario)), m_args(std::move(extraArgs))
{
}

FakeImapServer::~FakeImapServer() { stop(); }

bool FakeImapServer::start()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return false;
    }
    QStringList args{QStringLiteral(FOCUSINBOX_SOURCE_DIR "/tests/support/fakeimapserver.py"),
                     QStringLiteral("--scenario"), m_scenario};
    args += m_args;
    if (m_scenario.startsWith(QLatin1String("starttls")) || m_scenario == QLatin1String("caps_before_tls")) {
        const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
        const QString key = m_dir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                       QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"), QStringLiteral("-addext"),
                       QStringLiteral("extendedKeyUsage=serverAuth"), QStringLiteral("-keyout"), key,
                       QStringLiteral("-out"), cert});
        if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
            m_error = QStringLiteral("openssl failed: ") + QString::fromLocal8Bit(openssl.readAllStandardError());
            return false;
        }
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(cert);
        if (certs.isEmpty()) {
            m_error = QStringLiteral("cannot read the generated certificate");
            return false;
        }
        m_certDer = certs.first().toDer();
        args += {QStringLiteral("--cert"), cert, QStringLiteral("--key"), key};
    }
    m_process.setStandardErrorFile(m_dir.filePath(QStringLiteral("server.log")));
    m_process.start(QStringLiteral("/usr/bin/python3"), args);
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start /usr/bin/python3: ") + m_process.errorString();
        return false;
    }
    QDeadlineTimer deadline(10000);
    QByteArray out;
    while (!out.contains('\n') && !deadline.hasExpired()) {
        m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        out += m_process.readAllStandardOutput();
        if (m_process.state() != QProcess::Running)
            break;
    }
    if (!out.startsWith("PORT ")) {
        m_error = QStringLiteral("fake IMAP server did not start: ") + QString::fromLocal8Bit(out) + log();
        return false;
    }
    m_port = quint16(out.mid(5).trimmed().toUInt());
    return m_port != 0;
}

void FakeImapServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

QString FakeImapServer::log() const
{
    QFile f(m_dir.filePath(QStringLiteral("server.log")));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace fi::test
