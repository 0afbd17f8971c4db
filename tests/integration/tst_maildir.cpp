// Integration tests for fi::MaildirSource against real Maildir trees in a QTemporaryDir,
// driven through the event loop exactly as the app and the CLI drive it.
#include "sources/bodyloader.h"
#include "sources/maildir/maildirsource.h"
#include "sources/sourceregistry.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <ctime>
#include <fcntl.h>
#include <sys/stat.h>

using namespace fi;

namespace {

QByteArray message(const QString &subject, const char *date = "Mon, 11 Mar 2024 10:00:00 +0000")
{
    QByteArray m = "From: Alice Example <alice@example.com>\nTo: bob@example.com\nSubject: ";
    m += subject.toUtf8();
    m += "\n";
    if (date)
        m += QByteArray("Date: ") + date + "\n";
    m += "Message-ID: <" + subject.toUtf8().toHex() + "@example.com>\n\nBody of " + subject.toUtf8() + "\n";
    return m;
}

/// Everything one sync run reported.
struct Run {
    QList<SourceBatch> batches;
    QList<SourceError> errors;
    QList<QPair<int, int>> progress;
    SyncResult result;
    int finishedCount = 0;

    QList<ItemRecord> upserts() const
    {
        QList<ItemRecord> all;
        for (const SourceBatch &b : batches)
            all += b.upserts;
        return all;
    }
    QList<FlagUpdate> flagUpdates() const
    {
        QList<FlagUpdate> all;
        for (const SourceBatch &b : batches)
            all += b.flagUpdates;
        return all;
    }
    QStringList removed() const
    {
        QStringList all;
        for (const SourceBatch &b : batches)
            all += b.removedRemoteIds;
        return all;
    }
    QMap<QString, QByteArray> syncState() const
    {
        QMap<QString, QByteArray> all;
        for (const SourceBatch &b : batches)
            all.insert(b.syncState);
        return all;
    }
    KnownItems known() const
    {
        KnownItems k;
        for (const ItemRecord &r : upserts())
            k.insert(r.remoteId, r.fingerprint);
        return k;
    }
};

class Maildir {
public:
    Maildir()
    {
        QVERIFY(dir.isValid());
        makeFolder(QString());
    }
    QString root() const { return dir.path(); }
    /// Set the times of the root and of every folder's cur/ and new/ an hour back, as after a
    /// quiet hour (a directory changed a moment ago is not trusted to mean "unchanged").
    void settle() const
    {
        const timespec hourAgo{std::time(nullptr) - 3600, 0};
        const timespec times[2] = {hourAgo, hourAgo};
        QStringList dirs{root()};
        for (const QString &folder : QDir(root()).entryList({QStringLiteral(".*")}, QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden))
            dirs << root() + u'/' + folder;
        for (const QString &d : std::as_const(dirs)) {
            for (const QString &path : {d, d + QStringLiteral("/cur"), d + QStringLiteral("/new")}) {
                if (QFileInfo(path).isDir() && ::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0) != 0)
                    qFatal("cannot set the time of %s", qPrintable(path));
            }
        }
    }
    void makeFolder(const QString &sub) const
    {
        for (const char *d : {"cur", "new", "tmp"})
            QVERIFY(QDir().mkpath(root() + u'/' + sub + (sub.isEmpty() ? "" : "/") + QLatin1String(d)));
    }
    QString write(const QString &relPath, const QByteArray &content,
                  const QDateTime &mtime = QDateTime(QDate(2024, 3, 11), QTime(12, 0), Qt::UTC)) const
    {
        const QString path = root() + u'/' + relPath;
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(content);
        f.flush(); // a later flush would move the mtime again
        if (!f.setFileTime(mtime, QFileDevice::FileModificationTime))
            qFatal("cannot set mtime of %s", qPrintable(path));
        f.close();
        return path;
    }
    QTemporaryDir dir;
};

Run sync(MaildirSource &source, const KnownItemsProvider &known = {}, bool abortAtOnce = false,
         const QMap<QString, QByteArray> &syncState = {})
{
    Run run;
    QObject ctx;
    QObject::connect(&source, &Source::batchReady, &ctx, [&](const SourceBatch &b) { run.batches.append(b); });
    QObject::connect(&source, &Source::itemFailed, &ctx, [&](const SourceError &e) { run.errors.append(e); });
    QObject::connect(&source, &Source::progress, &ctx, [&](int d, int t) { run.progress.append({d, t}); });
    QObject::connect(&source, &Source::finished, &ctx, [&](const SyncResult &r) {
        run.result = r;
        ++run.finishedCount;
    });
    source.start(known, syncState);
    if (abortAtOnce)
        source.abort();
    if (!QTest::qWaitFor([&] { return run.finishedCount > 0; }, 60000))
        qWarning("sync did not finish");
    QTest::qWait(20); // nothing may arrive after finished()
    return run;
}

SourceConfig config(const QString &root)
{
    SourceConfig c;
    c.kind = QStringLiteral("maildir");
    c.name = QStringLiteral("Test");
    c.location = root;
    return c;
}

const ItemRecord *find(const QList<ItemRecord> &records, const QString &remoteId)
{
    for (const ItemRecord &r : records) {
        if (r.remoteId == remoteId)
            return &r;
    }
    return nullptr;
}

} // namespace

class TestMaildir : public QObject {
    Q_OBJECT
private Q_SLOTS:
    /// A big first scan parses no more than setMaxBatchesAhead() batches ahead of the store
    /// (bounded memory): the next batch comes only after the receiver released a credit.
    void batchesWaitForTheStore()
    {
        // Parsing 1,250 messages under ASan on a busy 2-core CI machine took 6 s once: the
        // waits below are bounds for real work, not measurements.
        constexpr int kParseWaitMs = 60000;
        Maildir md;
        const int messages = 1250;  // three batches of at most 500
        for (int i = 0; i < messages; ++i) {
            md.write(QStringLiteral("cur/%1.M1P1.host:2,").arg(1700000000 + i),
                     "From: a@example.org\nSubject: message " + QByteArray::number(i)
                         + "\nMessage-ID: <m" + QByteArray::number(i) + "@example.org>\n\nbody\n");
        }
        MaildirSource source(config(md.root()));
        source.setMaxBatchesAhead(1);
        QList<int> sizes;
        std::function<void()> release;
        connect(&source, &Source::batchReady, this, [&](const SourceBatch &batch) {
            sizes << int(batch.upserts.size());
            release = source.batchCreditReleaser();
        });
        QSignalSpy finished(&source, &Source::finished);
        source.start({}, {});
        QTRY_COMPARE_WITH_TIMEOUT(sizes.size(), 1, kParseWaitMs);
        QTest::qWait(500);  // the worker has parsed the next chunk by now, and waits
        QCOMPARE(sizes.size(), 1);
        QVERIFY(finished.isEmpty());
        QVERIFY(release);
        release();
        QTRY_COMPARE_WITH_TIMEOUT(sizes.size(), 2, kParseWaitMs);
        QTest::qWait(300);
        QCOMPARE(sizes.size(), 2);
        release();
        QTRY_COMPARE_WITH_TIMEOUT(sizes.size(), 3, kParseWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kParseWaitMs);
        QCOMPARE(sizes, (QList<int>{500, 500, 250}));

        // Without a limit (0, the default) the worker never waits.
        MaildirSource unlimited(config(md.root()));
        int batches = 0;
        connect(&unlimited, &Source::batchReady, this, [&](const SourceBatch &) { ++batches; });
        QSignalSpy unlimitedFinished(&unlimited, &Source::finished);
        unlimited.start({}, {});
        QTRY_COMPARE_WITH_TIMEOUT(unlimitedFinished.size(), 1, kParseWaitMs);
        QCOMPARE(batches, 3);
        QVERIFY(!unlimited.batchCreditReleaser());
    }
    void unreadableFileReportedOnceUntilItChanges()
    {
        Maildir md;
        md.write(QStringLiteral("cur/1710150000.M1P1.host:2,S"), message(QStringLiteral("fine")));
        md.write(QStringLiteral("cur/1710150001.M2P1.host:2,"), QByteArray("\n"));  // not a message

        MaildirSource source(config(md.root()));
        const Run first = sync(source);
        QCOMPARE(first.result.failed, 1);
        QCOMPARE(first.errors.size(), 1);
        QVERIFY(first.errors.first().where.endsWith(QLatin1String("1710150001.M2P1.host:2,")));

        // A rescan with the committed state: the unchanged broken file is not parsed or reported again.
        const Run second = sync(source, first.known(), false, first.syncState());
        QCOMPARE(second.result.failed, 0);
        QVERIFY(second.errors.isEmpty());
        QCOMPARE(second.result.added, 0);

        // Somebody repairs the file (new content, new mtime): it is read again and ingested.
        md.write(QStringLiteral("cur/1710150001.M2P1.host:2,"), message(QStringLiteral("repaired")),
                 QDateTime(QDate(2024, 3, 12), QTime(8, 0), Qt::UTC));
        QMap<QString, QByteArray> state = first.syncState();
        state.insert(second.syncState());
        const Run third = sync(source, first.known(), false, state);
        QCOMPARE(third.result.failed, 0);
        QCOMPARE(third.result.added, 1);
        QCOMPARE(third.upserts().first().subject, QStringLiteral("repaired"));
    }
    void firstScan()
    {
        Maildir md;
        md.write(QStringLiteral("cur/1710150000.M1P1.host:2,S"), message(QStringLiteral("seen one")));
        md.write(QStringLiteral("cur/1710150001.M2P1.host:2,FR"), message(QStringLiteral("flagged answered")));
        md.write(QStringLiteral("new/1710150002.M3P1.host"), message(QStringLiteral("brand new"), nullptr),
                 QDateTime(QDate(2024, 3, 12), QTime(7, 30), Qt::UTC));
        md.write(QStringLiteral("new/.gitkeep"), QByteArray());
        md.write(QStringLiteral("tmp/1710150003.M4P1.host"), message(QStringLiteral("still delivering")));

        MaildirSource source(config(md.root()));
        const Run run = sync(source);
        QVERIFY(run.result.ok);
        QCOMPARE(run.finishedCount, 1);
        QCOMPARE(run.result.added, 3);
        QCOMPARE(run.result.failed, 0);
        const QList<ItemRecord> items = run.upserts();
        QCOMPARE(items.size(), 3);

        const ItemRecord *seen = find(items, QStringLiteral("/1710150000.M1P1.host"));
        QVERIFY(seen);
        QCOMPARE(seen->subject, QStringLiteral("seen one"));
        QCOMPARE(seen->folder, QString());
        QCOMPARE(seen->locator, QStringLiteral("cur/1710150000.M1P1.host:2,S"));
        QCOMPARE(seen->flags, (ItemFlags{true, false, false}));
        QCOMPARE(seen->receivedMs, QDateTime(QDate(2024, 3, 11), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(seen->fingerprint, QStringLiteral("1710150000.M1P1.host:2,S:")
                     + QString::number(QDateTime(QDate(2024, 3, 11), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch()));
        QCOMPARE(seen->from.address, QStringLiteral("alice@example.com"));

        const ItemRecord *fr = find(items, QStringLiteral("/1710150001.M2P1.host"));
        QVERIFY(fr);
        QCOMPARE(fr->flags, (ItemFlags{false, true, true}));

        const ItemRecord *fresh = find(items, QStringLiteral("/1710150002.M3P1.host"));
        QVERIFY(fresh);
        QCOMPARE(fresh->flags.seen, false);
        // No Date header: the file's mtime is the received time.
        QCOMPARE(fresh->receivedMs, QDateTime(QDate(2024, 3, 12), QTime(7, 30), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(run.progress.last(), (QPair<int, int>{3, 3}));
    }

    void incrementalAddRenameChangeDelete()
    {
        Maildir md;
        md.write(QStringLiteral("cur/a:2,"), message(QStringLiteral("A")));
        md.write(QStringLiteral("new/b"), message(QStringLiteral("B")));
        MaildirSource source(config(md.root()));
        const Run first = sync(source);
        QCOMPARE(first.upserts().size(), 2);
        KnownItems known = first.known();

        // Unchanged tree: nothing to report.
        const Run idle = sync(source, known);
        QVERIFY(idle.result.ok);
        QVERIFY(idle.upserts().isEmpty() && idle.flagUpdates().isEmpty() && idle.removed().isEmpty());

        // A new file: exactly one new item.
        md.write(QStringLiteral("new/c"), message(QStringLiteral("C")));
        const Run added = sync(source, known);
        QCOMPARE(added.result.added, 1);
        QCOMPARE(added.upserts().size(), 1);
        QCOMPARE(added.upserts().first().remoteId, QStringLiteral("/c"));
        QCOMPARE(added.upserts().first().subject, QStringLiteral("C"));
        known = first.known();
        known.insert(QStringLiteral("/c"), added.upserts().first().fingerprint);

        // A client reads b: new/b → cur/b:2,S. A flag update, no parse.
        QVERIFY(QFile::rename(md.root() + QStringLiteral("/new/b"), md.root() + QStringLiteral("/cur/b:2,S")));
        const Run renamed = sync(source, known);
        QVERIFY(renamed.upserts().isEmpty());
        QCOMPARE(renamed.flagUpdates().size(), 1);
        const FlagUpdate fu = renamed.flagUpdates().first();
        QCOMPARE(fu.remoteId, QStringLiteral("/b"));
        QCOMPARE(fu.locator, QStringLiteral("cur/b:2,S"));
        QCOMPARE(fu.flags, (ItemFlags{true, false, false}));
        QVERIFY(fu.fingerprint.startsWith(QLatin1String("b:2,S:")));
        QCOMPARE(renamed.result.updated, 1);
        QCOMPARE(renamed.progress.last(), (QPair<int, int>{0, 0})); // nothing parsed
        known.insert(fu.remoteId, fu.fingerprint);

        // Content rewritten in place (new mtime): re-parsed as an update.
        md.write(QStringLiteral("cur/a:2,"), message(QStringLiteral("A edited")),
                 QDateTime(QDate(2024, 3, 13), QTime(9, 0), Qt::UTC));
        const Run changed = sync(source, known);
        QCOMPARE(changed.upserts().size(), 1);
        QCOMPARE(changed.upserts().first().subject, QStringLiteral("A edited"));
        QCOMPARE(changed.result.updated, 1);
        QCOMPARE(changed.result.added, 0);
        known.insert(QStringLiteral("/a"), changed.upserts().first().fingerprint);

        // Deleted: reported as removed.
        QVERIFY(QFile::remove(md.root() + QStringLiteral("/new/c")));
        const Run deleted = sync(source, known);
        QCOMPARE(deleted.removed(), QStringList{QStringLiteral("/c")});
        QCOMPARE(deleted.result.removed, 1);
        QVERIFY(deleted.upserts().isEmpty());
    }

    void maildirPlusPlusFolders()
    {
        Maildir md;
        md.makeFolder(QStringLiteral(".Work"));
        md.makeFolder(QStringLiteral(".Work.Reports"));
        QVERIFY(QDir().mkpath(md.root() + QStringLiteral("/.notAFolder"))); // no cur/new: ignored
        md.write(QStringLiteral("cur/root1:2,S"), message(QStringLiteral("root")));
        md.write(QStringLiteral(".Work/new/w1"), message(QStringLiteral("work")));
        md.write(QStringLiteral(".Work.Reports/cur/r1:2,"), message(QStringLiteral("report")));
        MaildirSource source(config(md.root()));
        const Run run = sync(source);
        const QList<ItemRecord> items = run.upserts();
        QCOMPARE(items.size(), 3);
        const ItemRecord *w = find(items, QStringLiteral("Work/w1"));
        QVERIFY(w);
        QCOMPARE(w->folder, QStringLiteral("Work"));
        QCOMPARE(w->locator, QStringLiteral(".Work/new/w1"));
        const ItemRecord *r = find(items, QStringLiteral("Work/Reports/r1"));
        QVERIFY(r);
        QCOMPARE(r->folder, QStringLiteral("Work/Reports"));
        QCOMPARE(r->subject, QStringLiteral("report"));
        QVERIFY(find(items, QStringLiteral("/root1")));

        // What the app watches comes from the kind's descriptor (no Source is asked).
        const SourceKind *kind = SourceRegistry::instance().kind(source.config().kind);
        QVERIFY(kind && kind->watchPaths);
        QStringList watched = kind->watchPaths(source.config());
        watched.sort();
        QStringList expected;
        for (const QString &f : {QString(), QStringLiteral("/.Work"), QStringLiteral("/.Work.Reports")})
            expected << md.root() + f + QStringLiteral("/cur") << md.root() + f + QStringLiteral("/new");
        expected.sort();
        QCOMPARE(watched, expected);
    }

    void garbageFileFailsOthersIngest()
    {
        Maildir md;
        md.write(QStringLiteral("cur/good1:2,S"), message(QStringLiteral("good 1")));
        const QString bad = md.write(QStringLiteral("cur/bad:2,"), QByteArray("\x00\x01\x02", 3) + QByteArray(" not mail at all \xff\xfe"));
        md.write(QStringLiteral("new/good2"), message(QStringLiteral("good 2")));
        MaildirSource source(config(md.root()));
        const Run run = sync(source);
        QVERIFY(run.result.ok);
        QCOMPARE(run.result.added, 2);
        QCOMPARE(run.result.failed, 1);
        QCOMPARE(run.errors.size(), 1);
        QCOMPARE(run.errors.first().where, bad);
        QVERIFY(!run.errors.first().reason.isEmpty());
        QCOMPARE(run.upserts().size(), 2);
        QCOMPARE(run.progress.last(), (QPair<int, int>{3, 3}));
    }

    void missingRoot()
    {
        QTemporaryDir tmp;
        MaildirSource source(config(tmp.path() + QStringLiteral("/does-not-exist")));
        const Run run = sync(source);
        QCOMPARE(run.finishedCount, 1);
        QVERIFY(!run.result.ok);
        QVERIFY(run.result.error.contains(QLatin1String("does-not-exist")));
        QVERIFY(run.batches.isEmpty());
    }

    void batchesOfAtMost500InOrder()
    {
        Maildir md;
        for (int i = 0; i < 1203; ++i)
            md.write(QStringLiteral("cur/%1.msg:2,S").arg(i, 5, 10, QLatin1Char('0')),
                     message(QStringLiteral("bulk %1").arg(i)));
        MaildirSource source(config(md.root()));
        const Run run = sync(source);
        QCOMPARE(run.result.added, 1203);
        QCOMPARE(run.batches.size(), 3);
        for (const SourceBatch &b : run.batches)
            QVERIFY(b.upserts.size() <= 500);
        QSet<QString> ids;
        for (const ItemRecord &r : run.upserts())
            ids.insert(r.remoteId);
        QCOMPARE(ids.size(), 1203);
        // progress rises monotonically to done == total
        for (qsizetype i = 1; i < run.progress.size(); ++i)
            QVERIFY(run.progress[i].first >= run.progress[i - 1].first);
        QCOMPARE(run.progress.last(), (QPair<int, int>{1203, 1203}));
    }

    void abortStillFinishes()
    {
        Maildir md;
        for (int i = 0; i < 600; ++i)
            md.write(QStringLiteral("new/%1.msg").arg(i), message(QStringLiteral("m %1").arg(i)));
        MaildirSource source(config(md.root()));
        const Run run = sync(source, {}, /*abortAtOnce=*/true);
        QCOMPARE(run.finishedCount, 1);
        QVERIFY(run.result.aborted);
        QVERIFY(run.upserts().size() < 600);
        QVERIFY(run.removed().isEmpty());

        // The source is reusable after an abort.
        const Run again = sync(source);
        QVERIFY(!again.result.aborted);
        QCOMPARE(again.result.added, 600);
    }

    /// Issue 17: a rescan of a Maildir that did not change lists no file and reads no stored item;
    /// a delivery, a flag rename, a removal and a new folder are all still found.
    void unchangedMaildirIsNotListed()
    {
        Maildir md;
        md.makeFolder(QStringLiteral(".Work"));
        md.write(QStringLiteral("cur/1.M1P1.host:2,"), message(QStringLiteral("one")));
        md.write(QStringLiteral("new/2.M1P1.host"), message(QStringLiteral("two")));
        md.write(QStringLiteral(".Work/cur/3.M1P1.host:2,S"), message(QStringLiteral("three")));
        md.settle();
        MaildirSource source(config(md.root()));
        QMap<QString, QByteArray> state;
        KnownItems stored;
        // One sync with the items read lazily, as SyncManager does; the store is `stored`.
        auto syncNow = [&](bool *read) {
            KnownItemsProvider known([&stored] { return stored; });
            Run run = sync(source, known, false, state);
            *read = known.wasLoaded();
            for (const ItemRecord &r : run.upserts())
                stored.insert(r.remoteId, r.fingerprint);
            for (const FlagUpdate &u : run.flagUpdates())
                stored.insert(u.remoteId, u.fingerprint);
            for (const QString &gone : run.removed())
                stored.remove(gone);
            state.insert(run.syncState());
            return run;
        };
        bool read = false;
        Run run = syncNow(&read);
        QCOMPARE(run.upserts().size(), 3);
        QVERIFY(read);
        QVERIFY(state.contains(QStringLiteral("#directories")));

        // Nothing changed: no batch at all, and the stored items were never asked for.
        run = syncNow(&read);
        QVERIFY(run.result.ok);
        QVERIFY(!read);
        QVERIFY(run.batches.isEmpty());

        // A delivery into new/ → found.
        md.write(QStringLiteral("new/4.M1P1.host"), message(QStringLiteral("four")));
        run = syncNow(&read);
        QVERIFY(read);
        QCOMPARE(run.upserts().size(), 1);
        QCOMPARE(run.upserts().constFirst().subject, QStringLiteral("four"));
        // new/ changed a moment ago: its time is not trusted yet, so the next rescan lists again.
        run = syncNow(&read);
        QVERIFY(read);
        QVERIFY(run.upserts().isEmpty() && run.flagUpdates().isEmpty() && run.removed().isEmpty());
        md.settle();
        run = syncNow(&read);  // the settled times differ from the stamps: one more listing
        QVERIFY(read);
        run = syncNow(&read);
        QVERIFY(!read);

        // A flag rename in cur/ → a flag update.
        QVERIFY(QFile::rename(md.root() + QStringLiteral("/cur/1.M1P1.host:2,"), md.root() + QStringLiteral("/cur/1.M1P1.host:2,S")));
        run = syncNow(&read);
        QVERIFY(read);
        QCOMPARE(run.flagUpdates().size(), 1);
        QVERIFY(run.flagUpdates().constFirst().flags.seen);

        // A removal → removed.
        md.settle();
        syncNow(&read);
        QVERIFY(QFile::remove(md.root() + QStringLiteral("/.Work/cur/3.M1P1.host:2,S")));
        run = syncNow(&read);
        QCOMPARE(run.removed().size(), 1);

        // A new folder (the root's time changes) → its message is found.
        md.settle();
        syncNow(&read);
        run = syncNow(&read);
        QVERIFY(!read);
        md.makeFolder(QStringLiteral(".Lists"));
        md.write(QStringLiteral(".Lists/cur/5.M1P1.host:2,"), message(QStringLiteral("five")));
        run = syncNow(&read);
        QVERIFY(read);
        QCOMPARE(run.upserts().size(), 1);
        QCOMPARE(run.upserts().constFirst().folder, QStringLiteral("Lists"));
        QCOMPARE(stored.size(), 4);
    }

    void bodyLoaderFollowsFlagRename()
    {
        Maildir md;
        md.write(QStringLiteral("new/x1"), message(QStringLiteral("read me")));
        MaildirSource source(config(md.root()));
        const Run run = sync(source);
        QCOMPARE(run.upserts().size(), 1);
        const ItemRecord rec = run.upserts().first();

        QString error;
        auto body = loadItemBody(source.config(), rec, &error);
        QVERIFY2(body.has_value(), qPrintable(error));
        QCOMPARE(body->bodyText.trimmed(), QStringLiteral("Body of read me"));

        // Another client moved it to cur/ with flags; the stored locator is stale.
        QVERIFY(QFile::rename(md.root() + QStringLiteral("/new/x1"), md.root() + QStringLiteral("/cur/x1:2,S")));
        body = loadItemBody(source.config(), rec, &error);
        QVERIFY2(body.has_value(), qPrintable(error));
        QCOMPARE(body->record.subject, QStringLiteral("read me"));

        QVERIFY(QFile::remove(md.root() + QStringLiteral("/cur/x1:2,S")));
        QVERIFY(!loadItemBody(source.config(), rec, &error).has_value());
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMaildir)
#include "tst_maildir.moc"
