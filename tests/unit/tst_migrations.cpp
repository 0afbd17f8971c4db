// Unit tests of the schema migrations (fi::Migrator) and of ItemStore::open() on real files.

#include "storage/database.h"
#include "storage/itemstore.h"
#include "storage/migrator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <latch>
#include <memory>
#include <thread>
#include <vector>

using namespace fi;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

/// A plain connection for checking a file behind the store's back; closed on destruction.
class RawDb {
public:
    explicit RawDb(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(++s_counter))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        m_db.open();
    }
    ~RawDb()
    {
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery q(m_db);
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery q(m_db);
        return q.exec(sql);
    }
    QStringList tables()
    {
        QStringList names;
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger', 'index')"));
        while (q.next())
            names << q.value(0).toString();
        return names;
    }

private:
    static inline int s_counter = 0;
    QString m_name;
    QSqlDatabase m_db;
};

/// Fill a new database at @p path (current schema) with one source and one item.
/// Returns the item's subject.
QString createCurrent(const QString &path)
{
    ItemStore store(path);
    if (store.open() != OpenError::None)
        return {};
    SourceConfig config;
    config.kind = QStringLiteral("maildir");
    config.name = QStringLiteral("Work");
    StoreBatch batch;
    batch.sourceId = store.addSource(config).result();
    Item item;
    item.record.remoteId = QStringLiteral("r1");
    item.record.subject = QStringLiteral("Kept across upgrades");
    batch.upserts << item;
    return store.applyBatch(batch).result().ok ? item.record.subject : QString();
}

} // namespace

class TestMigrations : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    int m_dirs = 0;
    const int m_latest = ItemStore::latestSchemaVersion();

    /// File name of a test-only migration right after the application's latest one.
    QString nextMigration(const char *name) const
    {
        return QStringLiteral("%1_%2.sql").arg(m_latest + 1, 4, 10, QLatin1Char('0')).arg(QLatin1String(name));
    }

    QString dbPath() const { return m_dir->filePath(QStringLiteral("inbox.sqlite")); }

    /// A migration directory: the application's migrations up to @p maxVersion plus @p extra
    /// (file name → SQL).
    QString migrationDir(const QMap<QString, QByteArray> &extra, int maxVersion = 9999)
    {
        const QString dir = m_dir->filePath(QStringLiteral("migrations-%1").arg(++m_dirs));
        QDir().mkpath(dir);
        for (const Migration &m : Migrator().migrations())
            if (m.version <= maxVersion)
                QFile::copy(m.path, dir + QLatin1Char('/') + m.name);
        for (auto it = extra.cbegin(); it != extra.cend(); ++it) {
            QFile file(dir + QLatin1Char('/') + it.key());
            if (!file.open(QIODevice::WriteOnly))
                return {};
            file.write(it.value());
        }
        return dir;
    }

    /// A database at schema @p version (the application's migrations up to it) with source 1
    /// and what @p statements (SQL) add to it.
    void createAtVersion(int version, const QStringList &statements)
    {
        const MigrationResult old = Migrator(migrationDir({}, version)).migrate(dbPath());
        QCOMPARE(old.error, OpenError::None);
        QCOMPARE(old.version, version);
        RawDb raw(dbPath());
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO sources (id, kind, name, created) VALUES (1, 'maildir', 'Old', 0)")));
        for (const QString &sql : statements)
            QVERIFY2(raw.exec(sql), qPrintable(sql));
    }

    /// Every item of @p store in any state, by remote id.
    static QMap<QString, Item> itemsByRemoteId(const ItemStore &store)
    {
        QMap<QString, Item> byRemote;
        ItemQuery all;
        all.states = ItemQuery::States::All;
        for (const Item &item : store.items(all))
            byRemote.insert(item.record.remoteId, item);
        return byRemote;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void cleanup() { m_dir.reset(); }

    void applicationMigrationsAreNumberedFromOne()
    {
        const QList<Migration> all = Migrator().migrations();
        QVERIFY(!all.isEmpty());
        for (int i = 0; i < all.size(); ++i)
            QCOMPARE(all[i].version, i + 1);
        QCOMPARE(ItemStore::latestSchemaVersion(), all.last().version);
    }

    void freshDatabaseGetsLatestSchema()
    {
        {
            ItemStore store(dbPath());
            QString error;
            QCOMPARE(store.open(&error), OpenError::None);
            QVERIFY(error.isEmpty());
            QCOMPARE(store.schemaVersion(), ItemStore::latestSchemaVersion());
        }
        RawDb raw(dbPath());
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), ItemStore::latestSchemaVersion());
        QCOMPARE(raw.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        const QStringList names = raw.tables();
        for (const char *table : {"sources", "items", "sync_state", "item_events", "items_fts",
                                  "items_fts_ai", "items_fts_ad", "items_fts_au",
                                  "items_state_tier_due", "items_due", "items_received",
                                  "items_unanswered_due"})
            QVERIFY2(names.contains(QLatin1String(table)), table);
        // A new file needs no backup.
        QVERIFY(QDir(m_dir->path()).entryList({QStringLiteral("*.bak-v*")}).isEmpty());
    }

    void concurrentFirstStartsAllSucceed()
    {
        // The GUI and `focusinbox focus status` (or two CLI runs) may create a new database at the
        // same moment: each must end with the latest schema, none with "table already exists".
        for (int round = 0; round < 20; ++round) {
            const QString path = m_dir->filePath(QStringLiteral("race-%1.sqlite").arg(round));
            constexpr int kProcesses = 4;
            std::latch start(kProcesses);
            std::vector<MigrationResult> results(kProcesses);
            std::vector<std::thread> threads;
            for (int i = 0; i < kProcesses; ++i) {
                threads.emplace_back([&, i] {
                    start.arrive_and_wait();
                    results[size_t(i)] = Migrator().migrate(path);
                });
            }
            for (std::thread &t : threads)
                t.join();
            for (const MigrationResult &result : results) {
                QVERIFY2(result.error == OpenError::None, qPrintable(result.message));
                QCOMPARE(result.version, ItemStore::latestSchemaVersion());
            }
            RawDb raw(path);
            QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), ItemStore::latestSchemaVersion());
        }
    }

    void upgradeWritesBackupAndKeepsData()
    {
        const QString subject = createCurrent(dbPath());
        QVERIFY(!subject.isEmpty());
        const QString dir = migrationDir(
            {{nextMigration("test_importance"),
              "-- test-only migration\n"
              "ALTER TABLE items ADD COLUMN importance INTEGER NOT NULL DEFAULT 5;\n"
              "CREATE TABLE notes (item_id INTEGER REFERENCES items(id) ON DELETE CASCADE,\n"
              "                    text TEXT NOT NULL DEFAULT 'a;b');\n"}});
        const Migrator migrator(dir);
        QCOMPARE(migrator.latestVersion(), m_latest + 1);

        const MigrationResult result = migrator.migrate(dbPath());
        QCOMPARE(result.error, OpenError::None);
        QCOMPARE(result.oldVersion, m_latest);
        QCOMPARE(result.version, m_latest + 1);
        const QString backup = dbPath() + QStringLiteral(".bak-v%1").arg(m_latest);
        QCOMPARE(result.backupPath, backup);
        QVERIFY(QFile::exists(backup));
        {
            RawDb raw(dbPath());
            QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), m_latest + 1);
            QCOMPARE(raw.value(QStringLiteral("SELECT subject FROM items")).toString(), subject);
            QCOMPARE(raw.value(QStringLiteral("SELECT importance FROM items")).toInt(), 5);
            QVERIFY(raw.tables().contains(QStringLiteral("notes")));
        }
        {
            // The backup is the old database, complete (the WAL was checkpointed first).
            RawDb old(backup);
            QCOMPARE(old.value(QStringLiteral("PRAGMA user_version")).toInt(), m_latest);
            QCOMPARE(old.value(QStringLiteral("SELECT subject FROM items")).toString(), subject);
            QVERIFY(!old.tables().contains(QStringLiteral("notes")));
        }
        // Migrating again is a no-op.
        const MigrationResult again = migrator.migrate(dbPath());
        QCOMPARE(again.error, OpenError::None);
        QCOMPARE(again.version, m_latest + 1);
        QVERIFY(again.backupPath.isEmpty());

        // The application does not know the test migration: the file is now too new for it.
        ItemStore store(dbPath());
        QCOMPARE(store.open(), OpenError::SchemaTooNew);
    }

    void openUpgradesVersion1WithBackup()
    {
        // A file written by the first release (schema 1 only), with data in it.
        QVERIFY(m_latest > 1);  // the application has shipped migrations after 0001
        const MigrationResult v1 = Migrator(migrationDir({}, 1)).migrate(dbPath());
        QCOMPARE(v1.error, OpenError::None);
        QCOMPARE(v1.version, 1);
        {
            RawDb raw(dbPath());
            QVERIFY(raw.exec(QStringLiteral(
                "INSERT INTO sources (id, kind, name, created) VALUES (1, 'maildir', 'Old', 0)")));
            QVERIFY(raw.exec(QStringLiteral(
                "INSERT INTO items (source_id, remote_id, subject, state) VALUES (1, 'r', 'From v1', 'done')")));
        }
        ItemStore store(dbPath());
        QCOMPARE(store.open(), OpenError::None);
        QCOMPARE(store.schemaVersion(), m_latest);
        ItemQuery done;
        done.states = ItemQuery::States::Done;
        done.search = QStringLiteral("v1");  // the FTS triggers of 0001 indexed the old row
        const QList<Item> items = store.items(done);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().sourceName, QStringLiteral("Old"));
        RawDb backup(dbPath() + QStringLiteral(".bak-v1"));
        QCOMPARE(backup.value(QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QCOMPARE(backup.value(QStringLiteral("SELECT subject FROM items")).toString(), QStringLiteral("From v1"));
    }

    void version3RepliesBecomeTheAppsOwnKnowledge()
    {
        // Schema 3 remembered replies found in Sent in replied_message_ids and set the item's
        // answered flag, which the next flag-only sync overwrote. Version 4 keeps them apart.
        QVERIFY(m_latest >= 4);
        createAtVersion(3, {QStringLiteral("INSERT INTO items (source_id, remote_id, message_id, subject, answered, due_ms)"
                                           " VALUES (1, 'a', 'q1@example.com', 'Replied from here', 1, 1000),"
                                           "        (1, 'b', 'q2@example.com', 'Answered elsewhere', 1, 1000),"
                                           "        (1, 'c', 'q3@example.com', 'Not answered', 0, 1000)"),
                            QStringLiteral("INSERT INTO replied_message_ids (message_id, replied_ms)"
                                           " VALUES ('q1@example.com', 1700000000000), ('gone@example.com', 1700000000001)")});
        if (QTest::currentTestFailed())
            return;
        ItemStore store(dbPath());
        QCOMPARE(store.open(), OpenError::None);
        QCOMPARE(store.schemaVersion(), m_latest);
        QMap<QString, Item> byRemote = itemsByRemoteId(store);
        QCOMPARE(byRemote.size(), 3);
        QCOMPARE(byRemote[QStringLiteral("a")].repliedMs, std::optional<qint64>(1700000000000));
        QVERIFY(!byRemote[QStringLiteral("b")].repliedMs);  // the source's \Answered: a flag
        QVERIFY(byRemote[QStringLiteral("b")].isAnswered());
        QVERIFY(!byRemote[QStringLiteral("c")].isAnswered());

        // The next flag-only sync (no \Answered at the source) keeps the reply found in Sent.
        StoreBatch flags;
        flags.sourceId = 1;
        for (const char *remote : {"a", "b"}) {
            FlagUpdate update;
            update.remoteId = QString::fromLatin1(remote);
            update.flags.seen = true;
            flags.flagUpdates << update;
        }
        QVERIFY(store.applyBatch(flags).result().ok);
        QVERIFY(store.item(byRemote[QStringLiteral("a")].id)->isAnswered());
        QVERIFY(!store.item(byRemote[QStringLiteral("b")].id)->isAnswered());
        // The remembered reply still answers an original that arrives later.
        StoreBatch late;
        late.sourceId = 1;
        Item gone;
        gone.record.remoteId = QStringLiteral("d");
        gone.record.messageId = QStringLiteral("gone@example.com");
        late.upserts << gone;
        QVERIFY(store.applyBatch(late).result().ok);
        byRemote = itemsByRemoteId(store);
        QVERIFY(byRemote.contains(QStringLiteral("d")));
        QCOMPARE(byRemote[QStringLiteral("d")].repliedMs, std::optional<qint64>(1700000000001));
    }

    void version9MailIsStillAnsweredByALaterReply()
    {
        // Schema 10 finds items by a key of their Message-ID (storage/messagekey.h); mail stored
        // before it has no key until the migration computes one. A reply that arrives after the
        // upgrade must still answer it.
        QVERIFY(m_latest >= 10);
        createAtVersion(9, {QStringLiteral("INSERT INTO items (source_id, remote_id, message_id, subject, due_ms)"
                                           " VALUES (1, 'a', 'CAold1@mail.example.com', 'Asked before the upgrade', 1000),"
                                           "        (1, 'b', 'CAold2@mail.example.com', 'Not answered', 1000),"
                                           "        (1, 'c', '', 'A feed entry', 1000)")});
        if (QTest::currentTestFailed())
            return;
        ItemStore store(dbPath());
        QCOMPARE(store.open(), OpenError::None);
        QCOMPARE(store.schemaVersion(), m_latest);

        StoreBatch sent;
        sent.sourceId = 1;
        sent.repliedMessageIds.insert(QStringLiteral("CAold1@mail.example.com"), 1700000000000);
        QVERIFY(store.applyBatch(sent).result().ok);
        QMap<QString, Item> byRemote = itemsByRemoteId(store);
        QCOMPARE(byRemote.size(), 3);
        QCOMPARE(byRemote[QStringLiteral("a")].repliedMs, std::optional<qint64>(1700000000000));
        QVERIFY(byRemote[QStringLiteral("a")].isAnswered());
        QVERIFY(!byRemote[QStringLiteral("b")].isAnswered());
        QVERIFY(!byRemote[QStringLiteral("c")].isAnswered());
    }

    void version15ItemsGetConversationsAndLaterRepliesJoinThem()
    {
        // Schema 16 (issue 18) stores a conversation per item. Items stored before it are grouped
        // by their thread key, and a reply arriving after the upgrade joins their conversation.
        QVERIFY(m_latest >= 16);
        createAtVersion(15, {QStringLiteral("INSERT INTO items (source_id, remote_id, message_id, thread_key, subject)"
                                            " VALUES (1, 'a', 'root@example.com', 'root@example.com', 'Plan'),"
                                            "        (1, 'b', 'b@example.com', 'root@example.com', 'Re: Plan'),"
                                            "        (1, 'c', 'c@example.com', 'c@example.com', 'Other'),"
                                            "        (1, 'd', '', '', 'A feed entry')")});
        if (QTest::currentTestFailed())
            return;
        ItemStore store(dbPath());
        QCOMPARE(store.open(), OpenError::None);
        QCOMPARE(store.schemaVersion(), m_latest);
        QMap<QString, Item> byRemote = itemsByRemoteId(store);
        const qint64 plan = byRemote[QStringLiteral("a")].conversationId;
        QVERIFY(plan > 0);
        QCOMPARE(byRemote[QStringLiteral("b")].conversationId, plan);
        QVERIFY(byRemote[QStringLiteral("c")].conversationId > 0);
        QVERIFY(byRemote[QStringLiteral("c")].conversationId != plan);
        QVERIFY(byRemote[QStringLiteral("d")].conversationId > 0);
        QVERIFY(byRemote[QStringLiteral("d")].conversationId != plan);
        QVERIFY(byRemote[QStringLiteral("d")].conversationId != byRemote[QStringLiteral("c")].conversationId);

        StoreBatch later;
        later.sourceId = 1;
        Item reply;
        reply.record.remoteId = QStringLiteral("e");
        reply.record.messageId = QStringLiteral("e@example.com");
        reply.record.threadLinks = {QStringLiteral("b@example.com")};  // In-Reply-To b only
        reply.record.subject = QStringLiteral("Re: Plan");
        Item fresh;
        fresh.record.remoteId = QStringLiteral("f");
        fresh.record.messageId = QStringLiteral("f@example.com");
        later.upserts << reply << fresh;
        QVERIFY(store.applyBatch(later).result().ok);
        byRemote = itemsByRemoteId(store);
        QCOMPARE(byRemote[QStringLiteral("e")].conversationId, plan);
        // A new conversation never takes an id the backfill handed out.
        const qint64 next = byRemote[QStringLiteral("f")].conversationId;
        for (const Item &item : std::as_const(byRemote))
            if (item.record.remoteId != QLatin1String("f"))
                QVERIFY(item.conversationId != next);
    }

    void tooNewSchemaIsRefusedAndUntouched()
    {
        QVERIFY(!createCurrent(dbPath()).isEmpty());
        {
            RawDb raw(dbPath());
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 999")));
        }
        const QByteArray before = fileHash(dbPath());
        QVERIFY(!before.isEmpty());

        ItemStore store(dbPath());
        QString error;
        QCOMPARE(store.open(&error), OpenError::SchemaTooNew);
        QVERIFY2(error.contains(QLatin1String("999")), qPrintable(error));
        QVERIFY(error.contains(QLatin1String("newer")));
        QCOMPARE(fileHash(dbPath()), before);
        QVERIFY(QDir(m_dir->path()).entryList({QStringLiteral("*.bak-v*")}).isEmpty());
        // Writes are refused rather than queued to nowhere.
        QCOMPARE(store.addSource(SourceConfig{}).result(), 0);
        QCOMPARE(fileHash(dbPath()), before);
    }

    void failingMigrationRollsBack()
    {
        const QString subject = createCurrent(dbPath());
        QVERIFY(!subject.isEmpty());
        const QString dir = migrationDir(
            {{nextMigration("broken"),
              "CREATE TABLE half_done (x INTEGER);\n"
              "UPDATE items SET subject = 'overwritten';\n"
              "INSERT INTO no_such_table VALUES (1);\n"}});
        const MigrationResult result = Migrator(dir).migrate(dbPath());
        QCOMPARE(result.error, OpenError::MigrationFailed);
        QCOMPARE(result.version, m_latest);
        QVERIFY2(result.message.contains(nextMigration("broken")), qPrintable(result.message));
        QVERIFY(QFile::exists(dbPath() + QStringLiteral(".bak-v%1").arg(m_latest)));

        // The database is still usable at the application's version, with its data.
        ItemStore store(dbPath());
        QCOMPARE(store.open(), OpenError::None);
        QCOMPARE(store.schemaVersion(), m_latest);
        ItemQuery all;
        all.states = ItemQuery::States::All;
        const QList<Item> items = store.items(all);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().record.subject, subject);
        SourceConfig more;
        more.kind = QStringLiteral("maildir");
        more.name = QStringLiteral("More");
        QVERIFY(store.addSource(more).result() > 0);
        store.flush();
        RawDb raw(dbPath());
        QVERIFY(!raw.tables().contains(QStringLiteral("half_done")));
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), m_latest);
    }

    void notADatabaseCannotOpen()
    {
        QFile file(dbPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("This is a text file, not SQLite.\n").repeated(200));
        file.close();
        const QByteArray before = fileHash(dbPath());

        ItemStore store(dbPath());
        QString error;
        QCOMPARE(store.open(&error), OpenError::CannotOpen);
        QVERIFY(!error.isEmpty());
        QCOMPARE(fileHash(dbPath()), before);
    }

    void missingDirectoryCannotOpen()
    {
        ItemStore store(m_dir->filePath(QStringLiteral("no/such/dir/inbox.sqlite")));
        QCOMPARE(store.open(), OpenError::CannotOpen);
    }

    void splitsScriptsIntoStatements()
    {
        const QString script = QStringLiteral(
            "-- comment; with a semicolon\n"
            "CREATE TABLE t (a TEXT DEFAULT 'x;y', \"b;c\" INTEGER); /* block; comment */\n"
            "CREATE TRIGGER tr AFTER INSERT ON t BEGIN\n"
            "  UPDATE t SET a = 'it''s; fine' WHERE rowid = new.rowid;\n"
            "  DELETE FROM t WHERE a = 'end';\n"
            "END;\n"
            "\n;\n"
            "INSERT INTO t VALUES ('last', 1)");
        const QStringList statements = db::splitSqlScript(script);
        QCOMPARE(statements.size(), 3);
        QVERIFY(statements[0].startsWith(QLatin1String("CREATE TABLE t")));
        QVERIFY(statements[0].endsWith(QLatin1String("\"b;c\" INTEGER)")));
        QVERIFY(statements[1].startsWith(QLatin1String("CREATE TRIGGER tr")));
        QVERIFY(statements[1].contains(QLatin1String("'it''s; fine'")));
        QVERIFY(statements[1].endsWith(QLatin1String("END")));
        QCOMPARE(statements[2], QStringLiteral("INSERT INTO t VALUES ('last', 1)"));

        // 0001: 4 tables, 6 indexes, 1 FTS table, 3 triggers.
        QFile initial(Migrator::defaultDirectory() + QStringLiteral("/0001_initial.sql"));
        QVERIFY(initial.open(QIODevice::ReadOnly));
        QCOMPARE(db::splitSqlScript(QString::fromUtf8(initial.readAll())).size(), 14);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
