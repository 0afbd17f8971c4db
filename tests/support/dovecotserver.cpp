#include "dovecotserver.h"

#include <QDir>
#include <QFile>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <QDirIterator>

#include <pwd.h>
#include <signal.h>
#include <unistd.h>

#include <tuple>
#include <utility>

namespace fi::test {
namespace {

/// Two free loopback ports for the plain and TLS listeners. Both are held while the second is
/// picked, so they always differ (one after the other, the kernel may hand out the same port
/// twice, and dovecot then refuses its configuration: "duplicate listener").
std::pair<quint16, quint16> twoFreePorts()
{
    QTcpServer first;
    QTcpServer second;
    if (!first.listen(QHostAddress::LocalHost, 0) || !second.listen(QHostAddress::LocalHost, 0))
        return {0, 0};
    return {first.serverPort(), second.serverPort()};
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

QList<pid_t> childPids(pid_t parent)
{
    QList<pid_t> pids;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &e : entries) {
        bool ok = false;
        const pid_t pid = pid_t(e.toInt(&ok));
        if (!ok)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const qsizetype close = line.lastIndexOf(')');
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        if (fields.size() > 1 && fields.at(1).toInt() == parent)
            pids.append(pid);
    }
    return pids;
}

} // namespace

DovecotServer::DovecotServer() : DovecotServer(Options{}) {}

DovecotServer::DovecotServer(Options options) : m_options(options)
{
    // Debugging aid: keep config, log and mail store after the test.
    if (qEnvironmentVariableIsSet("FOCUSINBOX_KEEP_DOVECOT"))
        m_dir.setAutoRemove(false);
}

DovecotServer::~DovecotServer() { stop(); }

QString DovecotServer::mailDir() const { return m_dir.path() + QStringLiteral("/mail/") + user(); }

QString DovecotServer::logPath() const { return m_dir.path() + QStringLiteral("/dovecot.log"); }

QByteArray DovecotServer::derOf(const QString &pemFile) const
{
    QFile f(m_dir.path() + u'/' + pemFile);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QSslCertificate(f.readAll(), QSsl::Pem).toDer();
}

QByteArray DovecotServer::certificateDer() const { return derOf(QStringLiteral("cert.pem")); }

QByteArray DovecotServer::caCertificateDer() const
{
    return m_options.caSigned ? derOf(QStringLiteral("ca.pem")) : QByteArray();
}

QByteArray DovecotServer::sniCertificateDer() const
{
    return m_options.sniName.isEmpty() ? QByteArray() : derOf(QStringLiteral("sni-cert.pem"));
}

bool DovecotServer::openssl(const QStringList &args)
{
    QProcess openssl;
    openssl.setWorkingDirectory(m_dir.path());
    openssl.start(QStringLiteral("openssl"), args);
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
        m_error = QStringLiteral("openssl failed: ") + QString::fromLocal8Bit(openssl.readAllStandardError());
        return false;
    }
    return true;
}

bool DovecotServer::makeCertificates()
{
    const QString root = m_dir.path();
    const QString san = QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1");
    const QString eku = m_options.extendedKeyUsage;
    if (!m_options.caSigned) {
        QStringList args{QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                         QStringLiteral("-nodes"), QStringLiteral("-keyout"), root + QStringLiteral("/key.pem"),
                         QStringLiteral("-out"), root + QStringLiteral("/cert.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                         QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-addext"), san};
        if (!eku.isEmpty())
            args << QStringLiteral("-addext") << QStringLiteral("extendedKeyUsage=") + eku;
        if (!openssl(args))
            return false;
    } else {
        // A CA, then a leaf for localhost / 127.0.0.1 signed by it.
        if (!openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                      QStringLiteral("-nodes"), QStringLiteral("-keyout"), root + QStringLiteral("/ca-key.pem"),
                      QStringLiteral("-out"), root + QStringLiteral("/ca.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                      QStringLiteral("-subj"), QStringLiteral("/CN=Focus Inbox Test CA"),
                      QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                      QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")}))
            return false;
        if (!openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                      QStringLiteral("-nodes"), QStringLiteral("-keyout"), root + QStringLiteral("/key.pem"),
                      QStringLiteral("-out"), root + QStringLiteral("/cert.csr"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost")}))
            return false;
        QByteArray ext = san.toUtf8() + "\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\n";
        if (!eku.isEmpty())
            ext += "extendedKeyUsage=" + eku.toUtf8() + "\n";
        if (!writeFile(root + QStringLiteral("/leaf.ext"), ext))
            return false;
        if (!openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), root + QStringLiteral("/cert.csr"),
                      QStringLiteral("-CA"), root + QStringLiteral("/ca.pem"), QStringLiteral("-CAkey"), root + QStringLiteral("/ca-key.pem"),
                      QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), root + QStringLiteral("/cert.pem"),
                      QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), root + QStringLiteral("/leaf.ext")}))
            return false;
    }
    if (!m_options.sniName.isEmpty()) {
        const QString name = m_options.sniName;
        if (!openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                      QStringLiteral("-nodes"), QStringLiteral("-keyout"), root + QStringLiteral("/sni-key.pem"),
                      QStringLiteral("-out"), root + QStringLiteral("/sni-cert.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                      QStringLiteral("-subj"), QStringLiteral("/CN=") + name,
                      QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:") + name}))
            return false;
    }
    return true;
}

bool DovecotServer::prepare()
{
    const QString root = m_dir.path();
    for (const char *sub : {"run", "state", "mail"})
        QDir(root).mkpath(QLatin1String(sub));
    if (m_options.ssl && !makeCertificates())
        return false;
    // The running user owns everything (tests run as root in CI, or as a normal user locally).
    // Dovecot refuses mail processes with UID 0: as root, the mail store belongs to "nobody".
    const passwd *nobody = getuid() == 0 ? getpwnam("nobody") : nullptr;
    const QByteArray uid = QByteArray::number(nobody ? nobody->pw_uid : getuid());
    const QByteArray gid = QByteArray::number(nobody ? nobody->pw_gid : getgid());
    m_mailUid = nobody ? int(nobody->pw_uid) : -1;
    m_mailGid = nobody ? int(nobody->pw_gid) : -1;
    QDir(root).mkpath(QStringLiteral("mail/") + user());
    fixOwnership();
    const QByteArray r = root.toUtf8();
    if (!writeFile(root + QStringLiteral("/users"),
                   user().toUtf8() + ":{PLAIN}" + password().toUtf8() + ':' + uid + ':' + gid + "::" + r
                       + "/mail/" + user().toUtf8() + "\n"))
        return false;
    QByteArray conf;
    conf += "protocols = imap\nlisten = 127.0.0.1\n";
    conf += "base_dir = " + r + "/run\nstate_dir = " + r + "/state\n";
    conf += "log_path = " + r + "/dovecot.log\n";
    QByteArray userName = qgetenv("USER");
    if (getuid() == 0) {
        conf += "default_login_user = nobody\ndefault_internal_user = root\ndefault_internal_group = root\n";
    } else {
        if (userName.isEmpty())
            userName = qgetenv("LOGNAME");
        conf += "default_login_user = " + userName + "\ndefault_internal_user = " + userName + "\n";
    }
    conf += "first_valid_uid = 0\nfirst_valid_gid = 0\nauth_failure_delay = 0\n";
    conf += "mail_location = maildir:~\nmail_uid = " + uid + "\nmail_gid = " + gid + "\n";
    conf += "disable_plaintext_auth = no\nauth_mechanisms = plain login\n";
    if (!m_options.capabilities.isEmpty())
        conf += "imap_capability = " + m_options.capabilities.toUtf8() + "\n";
    if (m_options.acl) {
        conf += "mail_plugins = $mail_plugins acl\n";
        conf += "plugin {\n  acl = vfile:" + r + "/global-acl:cache_secs=0\n}\n";
        if (!setAcl("* owner lrwstipekxa\n"))
            return false;
    }
    if (m_options.ssl) {
        conf += "ssl = yes\nssl_cert = <" + r + "/cert.pem\nssl_key = <" + r + "/key.pem\n";
        if (!m_options.sniName.isEmpty()) // the certificate for clients asking for this name (SNI)
            conf += "local_name " + m_options.sniName.toUtf8() + " {\n  ssl_cert = <" + r + "/sni-cert.pem\n  ssl_key = <" + r
                + "/sni-key.pem\n}\n";
    } else
        conf += "ssl = no\n";
    conf += "passdb {\n  driver = passwd-file\n  args = scheme=PLAIN username_format=%u " + r + "/users\n}\n";
    conf += "userdb {\n  driver = passwd-file\n  args = username_format=%u " + r + "/users\n}\n";
    conf += "service imap-login {\n  chroot =\n  inet_listener imap {\n    address = 127.0.0.1\n    port = "
        + QByteArray::number(m_plainPort) + "\n  }\n  inet_listener imaps {\n    address = 127.0.0.1\n    port = "
        + QByteArray::number(m_options.ssl ? m_tlsPort : 0) + "\n    ssl = yes\n  }\n}\n";
    conf += "service anvil {\n  chroot =\n}\n";
    conf += "service stats {\n  unix_listener stats-writer {\n    mode = 0666\n  }\n}\n";
    if (!writeFile(root + QStringLiteral("/dovecot.conf"), conf))
        return false;
    QFile::setPermissions(root, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                                    | QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup);
    return true;
}

bool DovecotServer::start()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return false;
    }
    if (!m_prepared) {
        std::tie(m_plainPort, m_tlsPort) = twoFreePorts();
        if (!prepare())
            return false;
        m_prepared = true;
    }
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QStringLiteral("dovecot"),
                    {QStringLiteral("-F"), QStringLiteral("-c"), m_dir.path() + QStringLiteral("/dovecot.conf")});
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start dovecot: ") + m_process.errorString();
        return false;
    }
    for (int i = 0; i < 200; ++i) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_plainPort);
        if (probe.waitForConnected(200) && probe.waitForReadyRead(2000) && probe.readAll().startsWith("* OK"))
            return true;
        if (m_process.state() == QProcess::NotRunning)
            break;
        QThread::msleep(50);
    }
    QFile log(logPath());
    log.open(QIODevice::ReadOnly);
    m_error = QStringLiteral("dovecot did not come up: ") + QString::fromLocal8Bit(log.readAll().right(2000));
    stop();
    return false;
}

void DovecotServer::freeze()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(m_process.processId()), SIGSTOP);
    for (pid_t child : childPids(pid_t(m_process.processId())))
        ::kill(child, SIGSTOP);
}

void DovecotServer::thaw()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    for (pid_t child : childPids(pid_t(m_process.processId())))
        ::kill(child, SIGCONT);
    ::kill(pid_t(m_process.processId()), SIGCONT);
}

void DovecotServer::stop()
{
    thaw(); // a frozen master would never act on SIGTERM
    if (m_process.state() == QProcess::NotRunning)
        return;
    // Our master's children (imap, imap-login, auth, …), found by parent pid in /proc, are killed
    // by pid: an "imap" process could otherwise keep serving an open session after the master left.
    const QList<pid_t> children = childPids(pid_t(m_process.processId()));
    for (pid_t child : children)
        ::kill(child, SIGKILL);
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void DovecotServer::fixOwnership() const
{
    if (m_mailUid < 0)
        return;
    const QString root = m_dir.path() + QStringLiteral("/mail");
    if (::chown(QFile::encodeName(root).constData(), uid_t(m_mailUid), gid_t(m_mailGid)) != 0)
        return;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        if (::chown(QFile::encodeName(it.next()).constData(), uid_t(m_mailUid), gid_t(m_mailGid)) != 0)
            return;
    }
}

bool DovecotServer::setAcl(const QByteArray &rules) const
{
    const QString path = m_dir.path() + QStringLiteral("/global-acl");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(rules) != rules.size())
        return false;
    f.close();
    // Readable by the mail processes (which run as "nobody" when the tests run as root).
    return QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
}

bool DovecotServer::isRunning() const { return m_process.state() == QProcess::Running; }

} // namespace fi::test
