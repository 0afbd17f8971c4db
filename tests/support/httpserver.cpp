#include "httpserver.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace fi::test {

HttpServer::HttpServer(bool gzip) : m_gzip(gzip) {}

HttpServer::~HttpServer() { stop(); }

bool HttpServer::start()
{
    if (!m_dir.isValid() || !QDir().mkpath(root())) {
        m_error = QStringLiteral("no temporary directory");
        return false;
    }
    QStringList args{QStringLiteral(FOCUSINBOX_SOURCE_DIR "/tests/support/httpserver.py"), QStringLiteral("--root"),
                     root()};
    if (m_gzip)
        args << QStringLiteral("--gzip");
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
        QFile log(m_dir.filePath(QStringLiteral("server.log")));
        m_error = QStringLiteral("HTTP server did not start: ") + QString::fromLocal8Bit(out)
                  + (log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString());
        return false;
    }
    m_port = quint16(out.mid(5).trimmed().toUInt());
    return m_port != 0;
}

void HttpServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

QUrl HttpServer::url(const QString &path) const
{
    QString p = path;
    if (!p.startsWith(u'/'))
        p.prepend(u'/');
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(p));
}

bool HttpServer::put(const QString &path, const QByteArray &body, const QMap<QString, QString> &headers)
{
    const QString file = QDir(root()).filePath(path);
    if (!QDir().mkpath(QFileInfo(file).absolutePath()))
        return false;
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(body) != body.size())
        return false;
    f.close();
    QFile side(file + QStringLiteral(".headers"));
    if (headers.isEmpty())
        return !side.exists() || side.remove();
    if (!side.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        side.write((it.key() + QStringLiteral(": ") + it.value() + u'\n').toUtf8());
    return true;
}

bool HttpServer::touch(const QString &path, int seconds)
{
    QFile f(QDir(root()).filePath(path));
    if (!f.open(QIODevice::ReadWrite))
        return false;
    const QDateTime mtime = QFileInfo(f).lastModified().addSecs(seconds);
    return f.setFileTime(mtime, QFileDevice::FileModificationTime);
}

QStringList HttpServer::requests() const
{
    QFile f(m_dir.filePath(QStringLiteral("server.log")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList lines;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("REQ "))
            lines << QString::fromUtf8(line);
    }
    return lines;
}

QStringList HttpServer::requestsFor(const QString &path) const
{
    QStringList out;
    for (const QString &line : requests()) {
        const QStringList parts = line.split(u' ');
        if (parts.size() > 2 && parts.at(2) == path)
            out << line;
    }
    return out;
}

} // namespace fi::test
