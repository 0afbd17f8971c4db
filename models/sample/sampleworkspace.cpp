#include "sample/sampleworkspace.h"

#include "sources/feed/feedkind.h"
#include "sources/maildir/maildirkind.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

namespace fi {

namespace {

/// RFC 5322 §3.3 date-time in UTC, locale-independent: "Tue, 03 Mar 2026 14:05:00 +0000".
QByteArray rfc5322Date(qint64 ms)
{
    return QLocale::c()
        .toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss +0000"))
        .toLatin1();
}

/// Replace (or add) the Date header in the header block of @p message.
QByteArray redate(const QByteArray &message, qint64 receivedMs)
{
    qsizetype headerEnd = message.indexOf("\n\n");
    if (headerEnd < 0)
        headerEnd = message.size();
    QByteArray headers = message.left(headerEnd);
    const QByteArray rest = message.mid(headerEnd);
    static const QRegularExpression dateLine(QStringLiteral("^Date:[^\\n]*(\\n[ \\t][^\\n]*)*"),
                                             QRegularExpression::MultilineOption |
                                                 QRegularExpression::CaseInsensitiveOption);
    QString text = QString::fromLatin1(headers);
    const QString newDate = QStringLiteral("Date: ") + QString::fromLatin1(rfc5322Date(receivedMs));
    if (text.contains(dateLine))
        text.replace(dateLine, newDate);
    else
        text.append(QLatin1Char('\n') + newDate);
    return text.toLatin1() + rest;
}

int sampleAgeMinutes(const QByteArray &message)
{
    static const QRegularExpression age(QStringLiteral("^X-Focus-Sample-Age:\\s*(\\d+)"),
                                        QRegularExpression::MultilineOption |
                                            QRegularExpression::CaseInsensitiveOption);
    const qsizetype headerEnd = message.indexOf("\n\n");
    const auto m = age.match(QString::fromLatin1(message.left(headerEnd < 0 ? message.size() : headerEnd)));
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

} // namespace

QString sampleOwnerAddress() { return QStringLiteral("ana@northwind.dev"); }

int installSampleWorkspace(const QString &targetDir, qint64 nowMs, QString *error)
{
    QDir root(targetDir);
    for (const char *sub : {"cur", "new", "tmp"}) {
        if (!root.mkpath(QString::fromLatin1(sub))) {
            if (error)
                *error = QCoreApplication::translate("fi::Sample", "Cannot create %1").arg(root.filePath(QString::fromLatin1(sub)));
            return -1;
        }
    }
    int written = 0;
    for (const char *sub : {"cur", "new"}) {
        const QString from = QStringLiteral(":/sample/maildir/") + QString::fromLatin1(sub);
        QDirIterator it(from, QDir::Files);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString target = root.filePath(QString::fromLatin1(sub) + QLatin1Char('/') + it.fileName());
            if (QFile::exists(target))
                continue;
            QFile in(path);
            if (!in.open(QIODevice::ReadOnly))
                continue;
            QByteArray message = in.readAll();
            const qint64 receivedMs = nowMs - qint64(sampleAgeMinutes(message)) * 60 * 1000;
            message = redate(message, receivedMs);
            QFile out(target);
            if (!out.open(QIODevice::WriteOnly) || out.write(message) != message.size()) {
                if (error)
                    *error = QCoreApplication::translate("fi::Sample", "Cannot write %1: %2").arg(target, out.errorString());
                return -1;
            }
            out.setFileTime(QDateTime::fromMSecsSinceEpoch(receivedMs, Qt::UTC), QFileDevice::FileModificationTime);
            ++written;
        }
    }
    return written;
}

namespace {
const char kSampleName[] = QT_TRANSLATE_NOOP("fi::Sample", "Sample workspace");
}

QString sourceDisplayName(const SourceConfig &source)
{
    return source.sample && source.name == QLatin1String(kSampleName)
               ? QCoreApplication::translate("fi::Sample", kSampleName)
               : source.name;
}

SourceConfig sampleSourceConfig(const QString &targetDir)
{
    SourceConfig config = maildir::configFor(targetDir, QCoreApplication::translate("fi::Sample", kSampleName));
    config.sample = true;
    config.settings.insert(QStringLiteral("addresses"), QStringList{sampleOwnerAddress()});
    return config;
}

QList<SourceConfig> installSampleFeeds(const QString &targetDir, qint64 nowMs, QString *error)
{
    if (!QDir().mkpath(targetDir)) {
        if (error)
            *error = QCoreApplication::translate("fi::Sample", "Cannot create %1").arg(targetDir);
        return {};
    }
    static const QRegularExpression age(QStringLiteral("\\{\\{age:(\\d+)\\}\\}"));
    static const QRegularExpression title(QStringLiteral("<title>([^<]*)</title>"));
    QList<SourceConfig> sources;
    QDirIterator it(QStringLiteral(":/sample/feeds"), QDir::Files);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = QDir(targetDir).filePath(it.fileName());
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly))
            continue;
        QString text = QString::fromUtf8(in.readAll());
        if (!QFile::exists(target)) {
            QString out;
            qsizetype last = 0;
            for (auto m = age.globalMatch(text); m.hasNext();) {
                const auto match = m.next();
                out += QStringView(text).mid(last, match.capturedStart() - last);
                out += QString::fromLatin1(rfc5322Date(nowMs - match.captured(1).toLongLong() * 60 * 1000));
                last = match.capturedEnd();
            }
            out += QStringView(text).mid(last);
            QFile file(target);
            const QByteArray bytes = out.toUtf8();
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
                if (error)
                    *error = QCoreApplication::translate("fi::Sample", "Cannot write %1: %2").arg(target, file.errorString());
                return {};
            }
        }
        const auto name = title.match(text);
        SourceConfig config = feed::configFor(QUrl::fromLocalFile(target).toString(),
                                              name.hasMatch() ? name.captured(1) : it.fileName());
        config.sample = true;
        sources << config;
    }
    return sources;
}

} // namespace fi
