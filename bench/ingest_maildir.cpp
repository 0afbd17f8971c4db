// Benchmark: first sync of a generated 20k-message Maildir (scan, MIME parse, tier, deadline,
// store, FTS index). Prints one JSON line: {messages, seconds, messages_per_second, peak_rss_mb,
// written_mb (bytes this process caused to be written to disk during the sync, /proc/self/io
// write_bytes, including the checkpoint that closes the store after it), db_mb (database + WAL
// size once the store is closed), written_per_db (their ratio), wchar_mb and wchar_per_db (the
// same for the bytes passed to write(2): every rewrite of a page counts, and so do temporary
// files deleted before the kernel wrote them back, which write_bytes may or may not count)}.
// peak_rss_mb is the process's peak up to the end of the sync (before the checks below).
//
// Usage: ingest_maildir [--messages N] [--replies R] [--maildir DIR (reuse/keep the generated Maildir)]
// The Maildir is generated from ../shared/corpus/mail (each copy gets a unique Message-ID).
// --replies R adds R sent replies in the Maildir++ folder ".Sent" (AppConfig's default sent
// folder), each answering one message of the inbox (spread evenly): reply detection's cost.
#include "support/benchmaildir.h"

#include "config/appconfig.h"
#include "search/searchquery.h"
#include "sources/maildir/maildirkind.h"
#include "storage/itemstore.h"
#include "sync/syncmanager.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>
#include <memory>

namespace {

/// A field of /proc/self/io: write_bytes (bytes this process caused to be sent to the storage
/// layer: page-cache pages it dirtied, so a page rewritten before writeback counts once) or
/// wchar (bytes it passed to write(2) and friends: every rewrite counts).
qint64 ioCounter(const QByteArray &field = QByteArrayLiteral("write_bytes"))
{
    QFile io(QStringLiteral("/proc/self/io"));
    if (!io.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : io.readAll().split('\n')) {
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().toLongLong();
    }
    return -1;
}

/// Write @p replies sent messages into @p root/.Sent/cur answering @p messages inbox messages.
bool generateReplies(const QString &root, int messages, int replies)
{
    const QString sent = root + QStringLiteral("/.Sent");
    for (const char *sub : {"cur", "new", "tmp"})
        QDir(sent).mkpath(QLatin1String(sub));
    for (int r = 0; r < replies; ++r) {
        const qint64 answered = replies > 0 ? qint64(r) * messages / replies : 0;
        const QByteArray target = benchMessageId(int(answered));
        const QByteArray out = "From: Me <me@focusinbox.invalid>\nTo: someone@example.org\n"
                               "Subject: Re: bench\nDate: Tue, 14 Nov 2023 22:13:20 +0000\n"
                               "Message-ID: <reply-" + QByteArray::number(r) + "@focusinbox.invalid>\n"
                               "In-Reply-To: " + target + "\nReferences: " + target + "\n\nThanks.\n";
        QFile f(QStringLiteral("%1/cur/%2.R%3P1.bench:2,S").arg(sent).arg(1700000000 + r).arg(r));
        if (!f.open(QIODevice::WriteOnly) || f.write(out) != out.size())
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int messages = 20000;
    int replies = 0;
    QString maildir;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--messages"))
            messages = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--replies"))
            replies = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--maildir"))
            maildir = args.at(i + 1);
    }
    QTemporaryDir work;
    if (maildir.isEmpty())
        maildir = work.filePath(QStringLiteral("Maildir"));
    if (!QDir(maildir + QStringLiteral("/cur")).exists()
        && (!generateMaildir(maildir, messages) || !generateReplies(maildir, messages, replies))) {
        std::fprintf(stderr, "cannot generate the Maildir\n");
        return 1;
    }

    auto store = std::make_unique<fi::ItemStore>(work.filePath(QStringLiteral("bench.sqlite")));
    QString error;
    if (store->open(&error) != fi::OpenError::None) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    store->addSource(fi::maildir::configFor(maildir, QStringLiteral("bench"))).waitForFinished();

    fi::AppConfig config;
    auto sync = std::make_unique<fi::SyncManager>(store.get(), config, QString());
    QEventLoop loop;
    fi::SyncTotals totals;
    QObject::connect(sync.get(), &fi::SyncManager::allFinished, &loop, [&](const fi::SyncTotals &t) {
        totals = t;
        loop.quit();
    });
    ::sync();  // the generated Maildir's own writes do not count
    const qint64 writtenBefore = ioCounter();
    const qint64 wcharBefore = ioCounter(QByteArrayLiteral("wchar"));
    QElapsedTimer timer;
    timer.start();
    sync->syncAll();
    loop.exec();
    store->flush();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);

    const int stored = store->counts(0).now + store->counts(0).async + store->counts(0).reference;
    fi::ItemQuery answeredQuery;
    answeredQuery.states = fi::ItemQuery::States::All;
    answeredQuery.parsedSearch = std::make_shared<fi::SearchQuery>(fi::parseSearch(QStringLiteral("is:replied")));
    const int answered = store->count(answeredQuery);
    // Closing the store folds the WAL into the database file: those writes are the sync's too,
    // and the database is then the file alone.
    sync.reset();
    store.reset();
    const qint64 written = ioCounter() - writtenBefore;
    const qint64 wchar = ioCounter(QByteArrayLiteral("wchar")) - wcharBefore;
    const QString dbPath = work.filePath(QStringLiteral("bench.sqlite"));
    const qint64 dbBytes = QFileInfo(dbPath).size() + QFileInfo(dbPath + QStringLiteral("-wal")).size();
    std::printf("{\"messages\": %d, \"stored\": %d, \"answered\": %d, \"failed\": %d, \"seconds\": %.3f, "
                "\"messages_per_second\": %.0f, \"peak_rss_mb\": %.1f, \"written_mb\": %.1f, "
                "\"db_mb\": %.1f, \"written_per_db\": %.2f, \"wchar_mb\": %.1f, \"wchar_per_db\": %.2f}\n",
                totals.added, stored, answered, totals.failed, seconds, totals.added / seconds,
                usage.ru_maxrss / 1024.0, written / 1048576.0, dbBytes / 1048576.0,
                dbBytes > 0 ? double(written) / double(dbBytes) : 0.0, wchar / 1048576.0,
                dbBytes > 0 ? double(wchar) / double(dbBytes) : 0.0);
    return totals.added == messages ? 0 : 2;
}
