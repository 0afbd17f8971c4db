// `focusinbox search QUERY [--json] [--limit N]` (issue 12, "Find") through the real executable
// on a seeded temporary data directory: the search field's language and scope (every tier and
// state), the JSON of `list --json`, the limit, and a query the parser has to correct (a hint
// on stderr, exit 2, no results).
#include "cliprocess.h"
#include "storage/itemstore.h"
#include "storeitems.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace fi;
using namespace fi::test;

class TestCliSearch : public QObject {
    Q_OBJECT

    QTemporaryDir m_data;
    QHash<QString, qint64> m_ids;  ///< remote id → item id

    /// list --json --state all, by id: the JSON search must print for each item.
    QHash<qint64, QJsonObject> listed() const
    {
        const CliResult r = runCli(m_data.path(), {QStringLiteral("list"), QStringLiteral("--json"),
                                                   QStringLiteral("--state"), QStringLiteral("all")});
        QHash<qint64, QJsonObject> byId;
        for (const QJsonObject &o : r.jsonLines())
            byId.insert(o.value(QStringLiteral("id")).toInteger(), o);
        return byId;
    }
    static QList<qint64> idsOf(const CliResult &r)
    {
        QList<qint64> ids;
        for (const QJsonObject &o : r.jsonLines())
            ids << o.value(QStringLiteral("id")).toInteger();
        return ids;
    }
    QList<qint64> ids(std::initializer_list<const char *> remoteIds) const
    {
        QList<qint64> result;
        for (const char *id : remoteIds)
            result << m_ids.value(QString::fromLatin1(id));
        return result;
    }
    static QList<qint64> sorted(QList<qint64> list)
    {
        std::sort(list.begin(), list.end());
        return list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        ItemStore store(m_data.filePath(QStringLiteral("focusinbox.sqlite")));
        QString error;
        QCOMPARE(store.open(&error), OpenError::None);
        SourceConfig source;
        source.kind = QStringLiteral("maildir");
        source.name = QStringLiteral("Work mail");
        source.location = m_data.filePath(QStringLiteral("Maildir"));
        const qint64 sourceId = store.addSource(source).result();
        QVERIFY(sourceId > 0);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        StoreBatch batch;
        batch.sourceId = sourceId;
        batch.upserts = {
            makeItem(QStringLiteral("ana1"), QStringLiteral("Contract review with the legal team"), now - 2 * kHour,
                     Tier::Async, now + 2 * kHour, QStringLiteral("Ana Souza"), QStringLiteral("ana@example.com")),
            makeItem(QStringLiteral("bob1"), QStringLiteral("Weekly report"), now - 30 * kHour, Tier::Reference,
                     std::nullopt, QStringLiteral("Bob Stone"), QStringLiteral("bob@example.com")),
            makeItem(QStringLiteral("ana2"), QStringLiteral("Contract signed"), now - 50 * kHour, Tier::Now,
                     now - 49 * kHour, QStringLiteral("Ana Souza"), QStringLiteral("ana@example.com")),
            makeItem(QStringLiteral("cat1"), QStringLiteral("Lunch on Friday?"), now - 1 * kHour, Tier::Async,
                     now + 3 * kHour, QStringLiteral("Cat Lee"), QStringLiteral("cat@example.com")),
        };
        QVERIFY(store.applyBatch(batch).result().ok);
        for (const QString &remoteId : {u"ana1"_qs, u"bob1"_qs, u"ana2"_qs, u"cat1"_qs}) {
            m_ids.insert(remoteId, idOf(store, remoteId));
            QVERIFY(m_ids.value(remoteId) > 0);
        }
        QVERIFY(store.setState({m_ids.value(QStringLiteral("ana2"))}, ItemState::Done).result());
        store.flush();
    }

    void printsTheItemsAsListJsonDoes()
    {
        const QHash<qint64, QJsonObject> all = listed();
        QCOMPARE(all.size(), 4);
        const CliResult r = runCli(m_data.path(), {QStringLiteral("search"), QStringLiteral("contract"),
                                                   QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, failure(r));
        QVERIFY2(r.err.isEmpty(), r.err);
        // Every state: the open review and the signed (done) contract, each exactly as list prints it.
        const QList<QJsonObject> lines = r.jsonLines();
        QCOMPARE(lines.size(), int(r.out.count('\n')));
        QCOMPARE(sorted(idsOf(r)), sorted(ids({"ana1", "ana2"})));
        for (const QJsonObject &line : lines)
            QCOMPARE(line, all.value(line.value(QStringLiteral("id")).toInteger()));
        const QJsonObject signedOne = all.value(m_ids.value(QStringLiteral("ana2")));
        QCOMPARE(signedOne.value(QStringLiteral("subject")).toString(), QStringLiteral("Contract signed"));
        QCOMPARE(signedOne.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        QCOMPARE(signedOne.value(QStringLiteral("kind")).toString(), QStringLiteral("maildir"));
        QCOMPARE(signedOne.value(QStringLiteral("source")).toString(), QStringLiteral("Work mail"));
        QCOMPARE(signedOne.value(QStringLiteral("from_address")).toString(), QStringLiteral("ana@example.com"));
    }

    void operatorsAsInTheSearchField_data()
    {
        QTest::addColumn<QStringList>("query");
        QTest::addColumn<QList<qint64>>("expected");  // in order when the order is decided
        QTest::addColumn<bool>("ordered");
        QTest::newRow("from + is:open") << QStringList{u"from:ana"_qs, u"is:open"_qs} << ids({"ana1"}) << true;
        QTest::newRow("from, every state") << QStringList{u"from:ana"_qs} << ids({"ana1", "ana2"}) << false;
        QTest::newRow("phrase") << QStringList{u"\"weekly report\""_qs} << ids({"bob1"}) << true;
        QTest::newRow("phrase out of order") << QStringList{u"\"report weekly\""_qs} << QList<qint64>{} << true;
        QTest::newRow("tier:now finds the done one") << QStringList{u"tier:now"_qs} << ids({"ana2"}) << true;
        QTest::newRow("is:done") << QStringList{u"is:done"_qs} << ids({"ana2"}) << true;
        QTest::newRow("OR") << QStringList{u"lunch"_qs, u"OR"_qs, u"weekly"_qs} << ids({"cat1", "bob1"}) << false;
        QTest::newRow("negation after --") << QStringList{u"--"_qs, u"-contract"_qs, u"after:7d"_qs}
                                           << ids({"cat1", "bob1"}) << true;
        QTest::newRow("prefix of the last word") << QStringList{u"contr"_qs, u"is:open"_qs} << QList<qint64>{} << true;
        QTest::newRow("prefix last") << QStringList{u"is:open"_qs, u"contr"_qs} << ids({"ana1"}) << true;
    }

    void operatorsAsInTheSearchField()
    {
        QFETCH(QStringList, query);
        QFETCH(QList<qint64>, expected);
        QFETCH(bool, ordered);
        const CliResult r = runCli(m_data.path(), QStringList{QStringLiteral("search"), QStringLiteral("--json")} + query);
        QVERIFY2(r.exitCode == 0, failure(r));
        QCOMPARE(ordered ? idsOf(r) : sorted(idsOf(r)), ordered ? expected : sorted(expected));
    }

    void limitAndPlainText()
    {
        const CliResult all = runCli(m_data.path(), {QStringLiteral("search"), QStringLiteral("from:ana"), QStringLiteral("--json")});
        QCOMPARE(all.jsonLines().size(), 2);
        const CliResult one = runCli(m_data.path(), {QStringLiteral("search"), QStringLiteral("from:ana"),
                                                     QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("1")});
        QVERIFY2(one.exitCode == 0, failure(one));
        QCOMPARE(idsOf(one), idsOf(all).mid(0, 1));  // the best one first

        const CliResult text = runCli(m_data.path(), {QStringLiteral("search"), QStringLiteral("lunch")});
        QVERIFY2(text.exitCode == 0, failure(text));
        QCOMPARE(text.out, QByteArray::number(m_ids.value(QStringLiteral("cat1")))
                               + "\t2\topen\tcat@example.com\tLunch on Friday?\n");
    }

    void queryErrorsExitTwoWithTheHint_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("stderrHas");
        QTest::newRow("unknown operator") << QStringList{u"colour:red"_qs} << u"Unknown operator “colour:”"_qs;
        QTest::newRow("bad tier") << QStringList{u"tier:7"_qs, u"contract"_qs} << u"“tier:7” is not a tier"_qs;
        QTest::newRow("bad date") << QStringList{u"before:someday"_qs} << u"“someday” is not a date"_qs;
        QTest::newRow("no query") << QStringList{} << u"search needs a query"_qs;
        QTest::newRow("limit 0") << QStringList{u"contract"_qs, u"--limit"_qs, u"0"_qs} << u"--limit must be a positive number"_qs;
    }

    void queryErrorsExitTwoWithTheHint()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, stderrHas);
        const CliResult r = runCli(m_data.path(), QStringList{QStringLiteral("search"), QStringLiteral("--json")} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.isEmpty(), r.out);  // no results for a query that was not meant
        QVERIFY2(QString::fromUtf8(r.err).contains(stderrHas), r.err);
    }

    void helpListsSearch()
    {
        const CliResult r = runCli(m_data.path(), {QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("search QUERY... [--json] [--limit N]"), r.out);
    }
};

QTEST_GUILESS_MAIN(TestCliSearch)
#include "tst_cli_search.moc"
