#include "scriptedhttpserver.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>

namespace fi::test {

ScriptedHttpServer::ScriptedHttpServer() = default;

ScriptedHttpServer::~ScriptedHttpServer() { stop(); }

QString ScriptedHttpServer::logPath() const { return m_dir.filePath(QStringLiteral("server.log")); }

QString ScriptedHttpServer::scriptPath() const { return m_dir.filePath(QStringLiteral("script.json")); }

bool ScriptedHttpServer::start()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return false;
    }
    if (!QFile::exists(scriptPath()) && !setScript({}))
        return false;
    m_logOffset = 0;
    m_process.setStandardErrorFile(logPath(), QIODevice::Truncate);
    m_process.start(QStringLiteral("/usr/bin/python3"),
                    {QStringLiteral(FOCUSINBOX_SOURCE_DIR "/tests/support/scriptedhttpserver.py"),
                     QStringLiteral("--script"), scriptPath()});
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
        QFile log(logPath());
        m_error = QStringLiteral("scripted HTTP server did not start: ") + QString::fromLocal8Bit(out)
                  + (log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString());
        stop();
        return false;
    }
    m_port = quint16(out.mid(5).trimmed().toUInt());
    return m_port != 0;
}

void ScriptedHttpServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

QUrl ScriptedHttpServer::url(const QString &pathAndQuery) const
{
    QString p = pathAndQuery;
    if (!p.startsWith(u'/'))
        p.prepend(u'/');
    return QUrl(QStringLiteral("http://127.0.0.1:") + QString::number(m_port) + p);
}

bool ScriptedHttpServer::setScript(const QJsonArray &routes)
{
    QSaveFile f(scriptPath());
    const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("routes"), routes}}).toJson();
    if (!f.open(QIODevice::WriteOnly) || f.write(json) != json.size() || !f.commit()) {
        m_error = QStringLiteral("cannot write the script: ") + f.errorString();
        return false;
    }
    return true;
}

QJsonObject ScriptedHttpServer::response(int status, const QByteArray &body, const QMap<QString, QString> &headers)
{
    QJsonObject h;
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        h.insert(it.key(), it.value());
    QJsonObject r{{QStringLiteral("status"), status}, {QStringLiteral("body"), QString::fromUtf8(body)}};
    if (!h.isEmpty())
        r.insert(QStringLiteral("headers"), h);
    return r;
}

QJsonObject ScriptedHttpServer::route(const QString &method, const QString &path, const QJsonArray &responses)
{
    return QJsonObject{{QStringLiteral("method"), method},
                       {QStringLiteral("path"), path},
                       {QStringLiteral("responses"), responses}};
}

QByteArray ScriptedHttpServer::readLog(qint64 *end) const
{
    if (end)
        *end = m_logOffset;
    QFile f(logPath());
    if (!f.open(QIODevice::ReadOnly) || !f.seek(m_logOffset))
        return {};
    QByteArray data = f.readAll();
    // The server may be in the middle of a line: only complete lines count.
    data.truncate(data.lastIndexOf('\n') + 1);
    if (end)
        *end = m_logOffset + data.size();
    return data;
}

QList<ScriptedHttpServer::Request> ScriptedHttpServer::requests() const
{
    QList<Request> out;
    for (const QByteArray &line : readLog().split('\n')) {
        if (!line.startsWith("REQ "))
            continue;
        QJsonParseError err;
        const QJsonObject o = QJsonDocument::fromJson(line.mid(4), &err).object();
        if (err.error != QJsonParseError::NoError)
            continue;
        Request r;
        r.atMs = qint64(o.value(QStringLiteral("t")).toDouble());
        r.method = o.value(QStringLiteral("method")).toString();
        r.path = o.value(QStringLiteral("path")).toString();
        const QJsonObject headers = o.value(QStringLiteral("headers")).toObject();
        for (auto it = headers.constBegin(); it != headers.constEnd(); ++it)
            r.headers.insert(it.key().toLower(), it.value().toString());
        r.body = o.value(QStringLiteral("body")).toString().toUtf8();
        out << r;
    }
    return out;
}

QList<ScriptedHttpServer::Request> ScriptedHttpServer::requestsFor(const QString &method,
                                                                   const QString &pathPrefix) const
{
    QList<Request> out;
    for (const Request &r : requests()) {
        if (r.method == method && r.path.startsWith(pathPrefix))
            out << r;
    }
    return out;
}

void ScriptedHttpServer::clearRequests()
{
    qint64 end = 0;
    readLog(&end);
    m_logOffset = end;
}

} // namespace fi::test
