#include "sources/maildir/maildirsource.h"

#include "mime/mimeparser.h"
#include "sources/maildir/maildirscan.h"
#include "sources/maildir/maildirstamps.h"
#include "sources/statelines.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFuture>
#include <QSet>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>
#include <functional>

namespace fi {
namespace {

constexpr int kBatchSize = 500;
/// syncState key under which files that could not be parsed are remembered
/// ("remoteId\tfingerprint" lines), so an unchanged broken file is reported once, not on
/// every rescan. A changed file (new name or mtime) is tried again.
const QString kUnreadableKey = QStringLiteral("#unreadable");
/// syncState key of the directories' times at the last full scan (maildirstamps.h, issue 17).
const QString kStampsKey = QStringLiteral("#directories");
/// The sync path needs headers and the first text part; bigger files are read up to here.
constexpr qint64 kMaxSyncReadBytes = 4 * 1024 * 1024;

/// One file scheduled for parsing.
struct ParseJob {
    maildir::MessageFile file;
    bool known = false; ///< true = changed content of a known item (counts as "updated").
};

/// Outcome of parsing one file on a pool thread.
struct ParseOutcome {
    std::optional<ItemRecord> record;
    SourceError error;
    bool known = false;
    bool skipped = false; ///< Not attempted because of abort().
};

ParseOutcome parseJob(const ParseJob &job, const std::atomic_bool &abortFlag)
{
    ParseOutcome out;
    out.known = job.known;
    if (abortFlag.load(std::memory_order_relaxed)) {
        out.skipped = true;
        return out;
    }
    const maildir::MessageFile &f = job.file;
    QFile file(f.absPath);
    if (!file.open(QIODevice::ReadOnly)) {
        out.error = {f.absPath, QCoreApplication::translate("fi::MaildirSource", "Cannot read the file: %1").arg(file.errorString())};
        return out;
    }
    const QByteArray data = file.read(kMaxSyncReadBytes);
    QString why;
    std::optional<ParsedMessage> parsed = parseMessage(data, ParseOptions{}, &why);
    if (!parsed) {
        out.error = {f.absPath, why};
        return out;
    }
    ItemRecord rec = std::move(parsed->record);
    rec.remoteId = maildir::remoteIdOf(f.folder, f.uniqueName);
    rec.folder = f.folder;
    rec.locator = f.relPath;
    rec.fingerprint = maildir::fingerprintOf(f.fileName, f.mtimeMs);
    rec.flags = f.flags;
    if (rec.receivedMs <= 0)
        rec.receivedMs = f.mtimeMs; // no usable Date header: delivery time
    out.record = std::move(rec);
    return out;
}

} // namespace

class MaildirSource::Private {
public:
    explicit Private(MaildirSource *owner) : q(owner)
    {
        // One thread scans and assembles batches; the others parse.
        pool.setMaxThreadCount(qMax(2, QThread::idealThreadCount()) + 1);
    }

    /// Runs @p fn on the owner thread if this run is still current (queued, in order).
    void post(quint64 run, std::function<void()> fn)
    {
        QMetaObject::invokeMethod(
            q,
            [this, run, fn = std::move(fn)] {
                if (run == generation)
                    fn();
            },
            Qt::QueuedConnection);
    }

    void work(quint64 run, QString root, const KnownItemsProvider &knownItems, QHash<QString, QString> unreadableBefore,
              maildir::DirectoryStamps stampsBefore);

    MaildirSource *q;
    QThreadPool pool;
    QFuture<void> future;
    std::atomic_bool abortFlag{false};
    quint64 generation = 0; ///< Owner thread only.
    bool running = false;   ///< Owner thread only.
};

void MaildirSource::Private::work(quint64 run, QString root, const KnownItemsProvider &knownItems,
                                  QHash<QString, QString> unreadableBefore, maildir::DirectoryStamps stampsBefore)
{
    SyncResult result;
    auto finish = [this, run](SyncResult r) {
        post(run, [this, r] {
            running = false;
            Q_EMIT q->finished(r);
        });
    };

    const QFileInfo rootInfo(root);
    if (root.isEmpty() || !rootInfo.isDir()) {
        result.ok = false;
        result.error = QCoreApplication::translate("fi::MaildirSource", "The Maildir folder \"%1\" does not exist or is not a directory.")
                           .arg(root);
        finish(result);
        return;
    }
    const QList<maildir::Folder> folders = maildir::listFolders(root);
    if (folders.isEmpty()) {
        result.ok = false;
        result.error = QCoreApplication::translate("fi::MaildirSource", "\"%1\" is not a Maildir: it has no cur/ or new/ directory and "
                                 "no Maildir++ subfolders.").arg(root);
        finish(result);
        return;
    }

    // 0. Nothing changed since the last full scan (issue 17): a few directory stats, no listing,
    // no stored item read.
    const maildir::DirectoryStamps stamps =
        maildir::stampDirectories(root, folders, QDateTime::currentMSecsSinceEpoch());
    if (maildir::unchangedSince(stampsBefore, stamps)) {
        finish(result);
        return;
    }

    // 1. Scan and classify: new / changed → parse; renamed only → flag update; gone → removed.
    const KnownItems &known = knownItems.items();  // read here, on the worker thread
    QList<ParseJob> jobs;
    QList<FlagUpdate> flagUpdates;
    QSet<QString> present;
    QHash<QString, QString> unreadable; // still-broken files, and newly broken ones below
    for (const maildir::Folder &folder : folders) {
        if (abortFlag.load()) {
            result.aborted = true;
            finish(result);
            return;
        }
        for (maildir::MessageFile &f : maildir::listMessages(root, folder)) {
            const QString rid = maildir::remoteIdOf(f.folder, f.uniqueName);
            if (present.contains(rid))
                continue; // same message in new/ and cur/ during another client's rename
            present.insert(rid);
            const auto it = known.constFind(rid);
            const QString fp = maildir::fingerprintOf(f.fileName, f.mtimeMs);
            if (it == known.constEnd()) {
                if (unreadableBefore.value(rid) == fp) {
                    unreadable.insert(rid, fp); // reported before and unchanged: not again
                    continue;
                }
                jobs.append({std::move(f), false});
                continue;
            }
            if (*it == fp)
                continue;
            QString oldName;
            qint64 oldMtime = 0;
            maildir::splitFingerprint(*it, &oldName, &oldMtime);
            if (!oldName.isEmpty() && oldMtime == f.mtimeMs) {
                // rename(2) keeps the mtime: only the ":2," info (or cur/new) changed.
                flagUpdates.append({rid, f.relPath, fp, f.flags});
            } else {
                jobs.append({std::move(f), true});
            }
        }
    }
    // Delivery order: Maildir unique names start with the delivery time in seconds (the
    // maildir(5) convention), and directory listings come in hash order. In delivery order an
    // original is stored before its replies, and the store's remote-id and date indexes fill
    // at their ends instead of all over: a first sync of 100,000 messages wrote 296 MB instead
    // of 394 (bench/ingest_maildir).
    std::sort(jobs.begin(), jobs.end(), [](const ParseJob &a, const ParseJob &b) {
        return a.file.uniqueName < b.file.uniqueName;
    });
    QStringList removed;
    for (auto it = known.constBegin(); it != known.constEnd(); ++it) {
        if (!present.contains(it.key()))
            removed.append(it.key());
    }

    // 2. Parse in parallel, chunk by chunk; each chunk becomes one ordered batch.
    bool stampsSent = false;  // the stamps rode on the last chunk's batch
    const int total = int(jobs.size());
    post(run, [this, total] { Q_EMIT q->progress(0, total); });
    int done = 0;
    for (qsizetype start = 0; start < jobs.size(); start += kBatchSize) {
        if (abortFlag.load()) {
            result.aborted = true;
            break;
        }
        const QList<ParseJob> chunk = jobs.mid(start, kBatchSize);
        const QList<ParseOutcome> outcomes = QtConcurrent::blockingMapped(
            &pool, chunk, [this](const ParseJob &job) { return parseJob(job, abortFlag); });
        SourceBatch batch;
        QList<SourceError> errors;
        for (qsizetype i = 0; i < outcomes.size(); ++i) {
            const ParseOutcome &o = outcomes.at(i);
            if (o.skipped) {
                result.aborted = true;
                continue;
            }
            ++done;
            if (o.record) {
                batch.upserts.append(*o.record);
                ++(o.known ? result.updated : result.added);
            } else {
                ++result.failed;
                errors.append(o.error);
                const maildir::MessageFile &f = chunk.at(i).file;
                unreadable.insert(maildir::remoteIdOf(f.folder, f.uniqueName),
                                  maildir::fingerprintOf(f.fileName, f.mtimeMs));
            }
        }
        // The last chunk carries the stamps when no batch of renames and removals follows.
        const bool lastChunk = start + kBatchSize >= jobs.size();
        if (lastChunk && !result.aborted && flagUpdates.isEmpty() && removed.isEmpty() && unreadable == unreadableBefore) {
            batch.syncState.insert(kStampsKey, stamps.encode());
            stampsSent = true;
        }
        // Wait until the store has caught up (Source::setMaxBatchesAhead): bounded memory.
        if ((!batch.upserts.isEmpty() || !batch.syncState.isEmpty()) && !q->acquireBatchCredit(abortFlag)) {
            result.aborted = true;
            break;
        }
        post(run, [this, batch = std::move(batch), errors = std::move(errors), done, total] {
            for (const SourceError &e : errors)
                Q_EMIT q->itemFailed(e);
            if (!batch.upserts.isEmpty() || !batch.syncState.isEmpty())
                Q_EMIT q->batchReady(batch);
            Q_EMIT q->progress(done, total);
        });
    }

    // 3. Renames and removals last, once everything before them is applied.
    // The stamps go with the last batch: a scan stopped before it lists everything again next time.
    const bool unreadableChanged = unreadable != unreadableBefore;
    const bool stampsChanged = !stampsSent && !(stamps == stampsBefore);
    if (!result.aborted && (!flagUpdates.isEmpty() || !removed.isEmpty() || unreadableChanged || stampsChanged)) {
        SourceBatch batch;
        batch.flagUpdates = std::move(flagUpdates);
        batch.removedRemoteIds = std::move(removed);
        if (unreadableChanged)
            batch.syncState.insert(kUnreadableKey, encodeStateLines(unreadable));
        batch.syncState.insert(kStampsKey, stamps.encode());
        result.updated += int(batch.flagUpdates.size());
        result.removed = int(batch.removedRemoteIds.size());
        if (q->acquireBatchCredit(abortFlag))
            post(run, [this, batch = std::move(batch)] { Q_EMIT q->batchReady(batch); });
        else
            result.aborted = true;
    }
    finish(result);
}

MaildirSource::MaildirSource(SourceConfig config, QObject *parent)
    : Source(std::move(config), parent), d(std::make_unique<Private>(this))
{
}

MaildirSource::~MaildirSource()
{
    d->abortFlag = true;
    d->future.waitForFinished();
    d->pool.waitForDone();
}

void MaildirSource::start(const KnownItemsProvider &known, const QMap<QString, QByteArray> &syncState)
{
    // The file names are the state; syncState only remembers files that could not be read.
    QHash<QString, QString> unreadable = decodeStateLines(syncState.value(kUnreadableKey));
    maildir::DirectoryStamps stamps = maildir::DirectoryStamps::decode(syncState.value(kStampsKey));
    if (d->running) {
        SyncResult busy;
        busy.ok = false;
        busy.error = QCoreApplication::translate("fi::MaildirSource", "A sync of this Maildir is already running.");
        QMetaObject::invokeMethod(
            this, [this, busy] { Q_EMIT finished(busy); }, Qt::QueuedConnection);
        return;
    }
    d->running = true;
    d->abortFlag = false;
    const quint64 run = ++d->generation;
    d->future = QtConcurrent::run(&d->pool, [this, run, root = config().location, known,
                                             unreadable = std::move(unreadable), stamps = std::move(stamps)] {
        d->work(run, root, known, unreadable, stamps);
    });
}

void MaildirSource::abort()
{
    d->abortFlag = true;
}

} // namespace fi
