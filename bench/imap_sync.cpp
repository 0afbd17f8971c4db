// bench/imap_sync: fills a loopback Dovecot (the test fixture) with N messages generated from
// the shared corpus, then measures through the real pipeline (ImapSource → tier → ItemStore):
// the initial sync and a no-change resync. Prints one JSON line.
// Usage: imap_sync [--messages 20000]
// Profiling only the syncs: FOCUSINBOX_PERF_CTL=<fifo> with `perf record -D -1 --control=fifo:<fifo>`
// enables perf's counters for the two syncs and disables them after.
#include "config/appconfig.h"
#include "dovecotserver.h"
#include "imaptestutil.h"
#include "storage/itemstore.h"
#include "sync/syncmanager.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>

#include <cstdio>
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

namespace {

struct Timed {
    double seconds = 0;
    double cpuSeconds = 0; ///< User + system time of this process (all threads; not Dovecot's).
    fi::SyncTotals totals;
};

double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

Timed syncOnce(fi::SyncManager &sync, fi::ItemStore &store)
{
    QEventLoop loop;
    Timed t;
    QObject::connect(&sync, &fi::SyncManager::allFinished, &loop, [&](const fi::SyncTotals &totals) {
        t.totals = totals;
        loop.quit();
    });
    QElapsedTimer timer;
    const double cpuBefore = processCpuSeconds();
    timer.start();
    sync.syncAll();
    loop.exec();
    store.flush();
    t.seconds = double(timer.nsecsElapsed()) / 1e9;
    t.cpuSeconds = processCpuSeconds() - cpuBefore;
    return t;
}

/// Writes @p command ("enable"/"disable") to perf's control FIFO, if one was given.
void perfControl(const char *command)
{
    static const QByteArray fifo = qgetenv("FOCUSINBOX_PERF_CTL");
    if (fifo.isEmpty())
        return;
    const int fd = ::open(fifo.constData(), O_WRONLY);
    if (fd < 0)
        return;
    const QByteArray line = QByteArray(command) + '\n';
    [[maybe_unused]] const ssize_t n = ::write(fd, line.constData(), size_t(line.size()));
    ::close(fd);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int messages = 20000;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--messages"))
            messages = args.at(i + 1).toInt();
    }
    fi::test::DovecotServer server;
    if (!server.start()) {
        std::fprintf(stderr, "dovecot: %s\n", qPrintable(server.error()));
        return 1;
    }
    const QStringList templates = fi::test::corpusFiles();
    if (templates.isEmpty()) {
        // Without the corpus every message would be a bare Message-ID line: a meaningless figure.
        std::fprintf(stderr, "no corpus messages found (FOCUSINBOX_CORPUS_DIR)\n");
        return 1;
    }
    fi::test::writeGeneratedMaildir(server.mailDir(), messages, templates);
    server.fixOwnership();
    // Let Dovecot index the new files once (not part of our sync time).
    QElapsedTimer indexTimer;
    indexTimer.start();
    {
        auto admin = fi::test::adminSession(server);
        fi::imap::Error e;
        if (!admin || !admin->select(QStringLiteral("INBOX"), &e)) {
            std::fprintf(stderr, "cannot select INBOX\n");
            return 1;
        }
    }
    const double indexSeconds = double(indexTimer.nsecsElapsed()) / 1e9;

    QTemporaryDir work;
    fi::ItemStore store(work.filePath(QStringLiteral("bench.sqlite")));
    if (store.open() != fi::OpenError::None)
        return 1;
    const QString password = server.password();
    fi::imap::ImapSource::setDefaultPasswordProvider(
        [password](const fi::imap::Account &, QString *) { return password; });
    store.addSource(fi::test::fixtureConfig(server, fi::test::fixtureAccount(server))).waitForFinished();
    fi::SyncManager sync(&store, fi::AppConfig{}, work.path());
    perfControl("enable");
    const Timed initial = syncOnce(sync, store);
    const Timed resync = syncOnce(sync, store);
    perfControl("disable");
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("{\"messages\": %d, \"dovecot_index_seconds\": %.3f, \"initial_sync_seconds\": %.3f, "
                "\"initial_cpu_seconds\": %.3f, \"initial_added\": %d, \"initial_failed\": %d, "
                "\"messages_per_second\": %.0f, \"resync_seconds\": %.3f, \"resync_cpu_seconds\": %.3f, "
                "\"resync_added\": %d, \"resync_updated\": %d, \"peak_rss_mb\": %.1f}\n",
                messages, indexSeconds, initial.seconds, initial.cpuSeconds, initial.totals.added,
                initial.totals.failed, initial.totals.added / initial.seconds, resync.seconds,
                resync.cpuSeconds, resync.totals.added, resync.totals.updated, usage.ru_maxrss / 1024.0);
    return initial.totals.added + initial.totals.failed == messages && resync.totals.added == 0 ? 0 : 2;
}
