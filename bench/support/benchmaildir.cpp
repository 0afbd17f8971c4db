#include "benchmaildir.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

QList<QByteArray> loadBenchCorpus()
{
    QList<QByteArray> messages;
    const QString root = QStringLiteral(FOCUSINBOX_CORPUS_DIR "/mail/spamassassin-spam");
    for (const char *sub : {"cur", "new"}) {
        const QDir dir(root + QLatin1Char('/') + QLatin1String(sub));
        for (const QString &name : dir.entryList(QDir::Files)) {
            QFile f(dir.filePath(name));
            if (f.open(QIODevice::ReadOnly))
                messages << f.readAll();
        }
    }
    return messages;
}

QByteArray benchMessageId(int n)
{
    const QByteArray number = QByteArray::number(n);
    const QByteArray hash = QCryptographicHash::hash(number, QCryptographicHash::Sha1).toHex().left(16);
    return '<' + hash + '.' + number + "@focusinbox.invalid>";
}

bool generateMaildir(const QString &root, int count)
{
    const QList<QByteArray> corpus = loadBenchCorpus();
    if (corpus.isEmpty())
        return false;
    for (const char *sub : {"cur", "new", "tmp"})
        QDir(root).mkpath(QLatin1String(sub));
    static const QRegularExpression messageId(QStringLiteral("^Message-I[Dd]:.*$\\n?"),
                                              QRegularExpression::MultilineOption
                                                  | QRegularExpression::CaseInsensitiveOption);
    for (int i = 0; i < count; ++i) {
        const QByteArray &message = corpus.at(i % corpus.size());
        qsizetype headerEnd = message.indexOf("\n\n");
        if (headerEnd < 0)
            headerEnd = message.size();
        QString headers = QString::fromLatin1(message.left(headerEnd));
        headers.remove(messageId);
        const QByteArray out = "Message-ID: " + benchMessageId(i) + '\n'
            + headers.toLatin1() + message.mid(headerEnd);
        QFile f(QStringLiteral("%1/cur/%2.M%3P1.bench:2,").arg(root).arg(1700000000 + i).arg(i));
        if (!f.open(QIODevice::WriteOnly) || f.write(out) != out.size())
            return false;
    }
    return true;
}
