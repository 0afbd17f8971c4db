// bench/imap_sync: fills a loopback Dovecot (the test fixture) with N messages generated from
// the shared corpus, then measures through the real pipeline (ImapSource → tier → ItemStore):
// the initial sync and --runs no-change resyncs in the process (issue 17: ≤ 10 ms). Then, whole
// processes in the same run (unless --skip-process): `focusinbox sync` on a data directory that
// holds the same account (its password in a private gnome-keyring, tests/support/imapkeyring.h)
// against `mbsync -a` (isync) on the same folder over the same TLS port, --runs paired no-change
// runs after one initial sync of each (issue 17: ours ≤ 0.5× mbsync's). Prints one JSON line.
// Then --pushes messages are APPENDed one by one while the app's SyncScheduler keeps IDLE open:
// the time from the APPEND to the message's row in an InboxModel (issue 17: ≤ 100 ms).
// The session pool is on, as in the app (SourceKind::keepConnections from its SyncScheduler).
// Then --expunges messages are expunged one by one from another session, each followed by a sync
// (QRESYNC: the sync learns of it from VANISHED, without a UID listing of the folder).
// Usage: imap_sync [--messages 20000] [--runs 7] [--expunges 3] [--pushes 5] [--skip-process]
// FOCUSINBOX_PROFILE_CLI=<file> records one more no-change `focusinbox sync` with `perf record
// --call-graph=dwarf` (the libraries have no frame pointers).
// Profiling only the syncs: FOCUSINBOX_PERF_CTL=<fifo> with `perf record -D -1 --control=fifo:<fifo>`
// enables perf's counters for the two syncs and disables them after.
#include "config/appconfig.h"
#include "dovecotserver.h"
#include "imapkeyring.h"
#include "imaptestutil.h"
#include "sources/imap/imapcert.h"
#include "sources/imap/imapsessionpool.h"
#include "storage/itemstore.h"
#include "support/benchprocess.h"
#include "support/imappush.h"
#include "sync/syncmanager.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>

#include <algorithm>
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

double cpuSecondsOf(int who) { return rusageCpuSeconds(who); }

double processCpuSeconds() { return cpuSecondsOf(RUSAGE_SELF); }

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

/// Whole-process figures of one tool: its first sync, then the no-change runs.
struct ToolFigures {
    QString error;
    double initialSeconds = 0;
    QList<double> seconds;
    QList<double> cpuSeconds;
};

/// `focusinbox sync` and `mbsync -a` on the same folder, paired no-change runs (issue 17).
void measureProcesses(const fi::test::DovecotServer &server, int runs, ToolFigures *app, ToolFigures *mbsync)
{
    fi::test::KeyringSession keyring;  // QtKeychain needs a Secret Service: a private one
    if (!keyring.start()) {
        app->error = keyring.error();
        return;
    }
    QTemporaryDir work;
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();  // the keyring's bus
    const QString cli = QStringLiteral(FOCUSINBOX_CLI);
    const QString dataDir = work.filePath(QStringLiteral("app"));
    const QString fingerprint = fi::imap::sha256Fingerprint(server.certificateDer());
    const QString url = QStringLiteral("imaps://%1@127.0.0.1:%2/INBOX").arg(server.user()).arg(server.tlsPort());
    ProcessRun add = runProcess(cli, {QStringLiteral("--data-dir"), dataDir, QStringLiteral("sources"), QStringLiteral("add"),
                                      QStringLiteral("imap"), url, QStringLiteral("--trust-fingerprint"), fingerprint},
                                env, server.password().toUtf8() + '\n');
    if (!add.ok) {
        app->error = QString::fromUtf8(add.output.trimmed());
        return;
    }
    const QStringList sync{QStringLiteral("--data-dir"), dataDir, QStringLiteral("sync")};
    const ProcessRun first = runProcess(cli, sync, env);
    if (!first.ok) {
        app->error = QString::fromUtf8(first.output.trimmed());
        return;
    }
    app->initialSeconds = first.seconds;

    // mbsync: the same folder over the same TLS port, pulled into its own Maildir.
    const QString mbsyncBin = QStringLiteral("/usr/bin/mbsync");
    const QString certPath = work.filePath(QStringLiteral("dovecot.pem"));
    const QString rcPath = work.filePath(QStringLiteral("mbsyncrc"));
    const QString local = work.filePath(QStringLiteral("mbsync-mail"));
    QFile cert(certPath);
    QFile rc(rcPath);
    if (!QFileInfo::exists(mbsyncBin)) {
        mbsync->error = QStringLiteral("mbsync is not installed (Debian: isync)");
    } else if (!cert.open(QIODevice::WriteOnly)
               || cert.write(QSslCertificate(server.certificateDer(), QSsl::Der).toPem()) < 0 || !rc.open(QIODevice::WriteOnly)) {
        mbsync->error = QStringLiteral("cannot write mbsync's files");
    } else {
        cert.close();
        QDir().mkpath(local + QStringLiteral("/INBOX"));
        // "localhost": the fixture certificate names localhost, and isync matches DNS names only.
        rc.write(QStringLiteral("IMAPAccount bench\nHost localhost\nPort %1\nUser %2\nPass %3\nSSLType IMAPS\n"
                                "CertificateFile %4\n\nIMAPStore remote\nAccount bench\n\n"
                                "MaildirStore local\nPath %5/\nInbox %5/INBOX\n\n"
                                "Channel bench\nFar :remote:\nNear :local:\nPatterns INBOX\nSync Pull\nCreate Near\n"
                                "SyncState *\n")
                     .arg(server.tlsPort())
                     .arg(server.user(), server.password(), certPath, local)
                     .toUtf8());
        rc.close();
        const ProcessRun firstMb = runProcess(mbsyncBin, {QStringLiteral("-c"), rcPath, QStringLiteral("-a")}, env);
        if (!firstMb.ok)
            mbsync->error = QString::fromUtf8(firstMb.output.trimmed());
        else
            mbsync->initialSeconds = firstMb.seconds;
    }
    // Paired: each round runs both, so a slow minute on this machine hits both alike.
    for (int i = 0; i < runs; ++i) {
        const ProcessRun ours = runProcess(cli, sync, env);
        if (!ours.ok) {
            app->error = QString::fromUtf8(ours.output.trimmed());
            return;
        }
        app->seconds << ours.seconds;
        app->cpuSeconds << ours.cpuSeconds;
        if (!mbsync->error.isEmpty())
            continue;
        const ProcessRun theirs = runProcess(mbsyncBin, {QStringLiteral("-c"), rcPath, QStringLiteral("-a")}, env);
        if (!theirs.ok) {
            mbsync->error = QString::fromUtf8(theirs.output.trimmed());
            continue;
        }
        mbsync->seconds << theirs.seconds;
        mbsync->cpuSeconds << theirs.cpuSeconds;
    }
    // FOCUSINBOX_PROFILE_CLI=<file>: one more no-change `focusinbox sync`, under perf record.
    const QString profile = qEnvironmentVariable("FOCUSINBOX_PROFILE_CLI");
    if (!profile.isEmpty())
        runProcess(QStringLiteral("perf"), QStringList{QStringLiteral("record"), QStringLiteral("-F"), QStringLiteral("20000"),
                                                       QStringLiteral("--call-graph=dwarf"), QStringLiteral("-o"), profile, QStringLiteral("--"), cli} + sync,
                   env);
}

/// JSON string of @p text (quotes, backslashes and control characters escaped).
QByteArray jsonString(const QString &text)
{
    QByteArray out = "\"";
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\')
            out += '\\' + QByteArray(1, char(c.unicode()));
        else if (c.unicode() < 0x20)
            out += ' ';
        else
            out += QString(c).toUtf8();
    }
    return out + '"';
}

QByteArray jsonNumbers(const QList<double> &values)
{
    QByteArray out = "[";
    for (qsizetype i = 0; i < values.size(); ++i)
        out += (i ? ", " : "") + QByteArray::number(values.at(i), 'f', 1);
    return out + ']';
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

struct ExpungeFigures {
    QList<double> syncMs;     ///< One expunged message each: APPEND-free sync on the kept session.
    int removed = 0;          ///< Items those syncs removed (one each expected).
    double uidListingMs = 0;  ///< What the sync before QRESYNC added: UID FETCH 1:* (UID) of the folder.
    QString error;
};

/// Expunges @p count messages one by one (the lowest UIDs) from another session and times the
/// sync that follows each: with QRESYNC it learns of them from VANISHED (issue 17). Also times
/// one UID listing of the whole folder, the step it no longer needs.
ExpungeFigures measureExpunges(const fi::test::DovecotServer &server, fi::SyncManager &sync, fi::ItemStore &store,
                               int count)
{
    ExpungeFigures out;
    auto admin = fi::test::adminSession(server);
    fi::imap::Error e;
    if (!admin || !admin->select(QStringLiteral("INBOX"), &e)) {
        out.error = QStringLiteral("cannot select INBOX: %1").arg(e.message);
        return out;
    }
    QElapsedTimer listing;
    listing.start();
    if (!admin->uidFetch({{1, 0}}, fi::imap::FetchWhat::Uids, &e)) {
        out.error = e.message;
        return out;
    }
    out.uidListingMs = double(listing.nsecsElapsed()) / 1e6;
    for (int i = 0; i < count; ++i) {
        const quint32 uid = quint32(i + 1);
        if (!admin->storeDeleted(uid, &e) || !admin->expunge(uid, &e)) {
            out.error = e.message;
            return out;
        }
        const Timed t = syncOnce(sync, store);
        out.syncMs << t.seconds * 1000;
        out.removed += t.totals.removed;
    }
    return out;
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
    int runs = 7;
    int pushes = 5;
    int expunges = 3;
    bool skipProcess = false;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--messages") && i + 1 < args.size())
            messages = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--runs") && i + 1 < args.size())
            runs = std::max(1, args.at(++i).toInt());
        else if (args.at(i) == QLatin1String("--pushes") && i + 1 < args.size())
            pushes = std::max(0, args.at(++i).toInt());
        else if (args.at(i) == QLatin1String("--expunges") && i + 1 < args.size())
            expunges = std::max(0, args.at(++i).toInt());
        else if (args.at(i) == QLatin1String("--skip-process"))
            skipProcess = true;
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
    fi::imap::SessionPool::keep(true);  // as the app's SyncScheduler does at start
    perfControl("enable");
    const Timed initial = syncOnce(sync, store);
    QList<double> resyncMs;
    QList<double> resyncCpuMs;
    int resyncChanges = 0;
    for (int i = 0; i < runs; ++i) {
        const Timed resync = syncOnce(sync, store);
        resyncMs << resync.seconds * 1000;
        resyncCpuMs << resync.cpuSeconds * 1000;
        resyncChanges += resync.totals.added + resync.totals.updated + resync.totals.removed;
    }
    perfControl("disable");
    const ExpungeFigures expunged = measureExpunges(server, sync, store, expunges);
    const PushFigures pushed = pushes > 0 ? measurePushes(server, sync, store, templates.constFirst(), pushes)
                                          : PushFigures{};
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const double peakRssMb = usage.ru_maxrss / 1024.0;

    ToolFigures ours;
    ToolFigures mbsync;
    if (!skipProcess)
        measureProcesses(server, runs, &ours, &mbsync);
    const double oursMedian = median(ours.seconds);
    const double mbsyncMedian = median(mbsync.seconds);
    std::printf("{\"messages\": %d, \"runs\": %d, \"dovecot_index_seconds\": %.3f, \"initial_sync_seconds\": %.3f, "
                "\"initial_cpu_seconds\": %.3f, \"initial_added\": %d, \"initial_failed\": %d, "
                "\"messages_per_second\": %.0f, \"resync_ms_median\": %.2f, \"resync_ms_min\": %.2f, "
                "\"resync_ms_max\": %.2f, \"resync_cpu_ms_median\": %.2f, \"resync_changes\": %d, "
                "\"peak_rss_mb\": %.1f, \"process\": {\"focusinbox_initial_s\": %.3f, \"focusinbox_resync_s_median\": %.4f, "
                "\"focusinbox_resync_cpu_s_median\": %.4f, \"mbsync_initial_s\": %.3f, \"mbsync_resync_s_median\": %.4f, "
                "\"mbsync_resync_cpu_s_median\": %.4f, \"ratio_to_mbsync\": %.3f, \"focusinbox_error\": %s, "
                "\"mbsync_error\": %s}, \"push_to_list_ms\": %s, \"push_to_list_ms_median\": %.1f, "
                "\"push_server_notify_ms\": %s, "
                "\"push_error\": %s, \"expunge_sync_ms\": %s, \"expunge_sync_ms_median\": %.2f, "
                "\"expunge_removed\": %d, \"uid_listing_ms\": %.2f, \"expunge_error\": %s}\n",
                messages, runs, indexSeconds, initial.seconds, initial.cpuSeconds, initial.totals.added,
                initial.totals.failed, initial.totals.added / initial.seconds, median(resyncMs),
                *std::min_element(resyncMs.cbegin(), resyncMs.cend()), *std::max_element(resyncMs.cbegin(), resyncMs.cend()),
                median(resyncCpuMs), resyncChanges, peakRssMb, ours.initialSeconds, oursMedian, median(ours.cpuSeconds),
                mbsync.initialSeconds, mbsyncMedian, median(mbsync.cpuSeconds),
                mbsyncMedian > 0 ? oursMedian / mbsyncMedian : 0.0, jsonString(ours.error).constData(),
                jsonString(mbsync.error).constData(), jsonNumbers(pushed.ms).constData(), median(pushed.ms),
                jsonNumbers(pushed.notifiedMs).constData(),
                jsonString(pushed.error).constData(), jsonNumbers(expunged.syncMs).constData(), median(expunged.syncMs),
                expunged.removed, expunged.uidListingMs, jsonString(expunged.error).constData());
    const bool processOk = skipProcess || (ours.error.isEmpty() && mbsync.error.isEmpty());
    return initial.totals.added + initial.totals.failed == messages && resyncChanges == 0 && processOk
                   && pushed.error.isEmpty() && expunged.error.isEmpty() && expunged.removed == expunges
               ? 0 : 2;
}
