// Conversations from the shell (issue 18): `list --json` names each item's conversation,
// `list --json --conversations` prints one object per conversation with its single deadline,
// and `done c<N>` / `reopen c<N>` act on every message of it. Through the real executable on a
// real Maildir (with a Sent folder holding the user's reply) in a temporary data directory.
#include "cliprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace fi::test;

namespace {

/// Writes one message into @p dir (a Maildir "cur" directory) as @p name.
bool writeMessage(const QString &dir, const QString &name, const QByteArray &headers, const QByteArray &body)
{
    QFile f(dir + QLatin1Char('/') + name);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    const QByteArray text = headers + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body + "\r\n";
    return f.write(text) == text.size();
}

QList<QJsonObject> byConversation(const QList<QJsonObject> &items, const QString &conversation)
{
    QList<QJsonObject> out;
    for (const QJsonObject &o : items)
        if (o.value(QStringLiteral("conversation")).toString() == conversation)
            out << o;
    return out;
}

QJsonObject withSubject(const QList<QJsonObject> &items, const QString &subject)
{
    for (const QJsonObject &o : items)
        if (o.value(QStringLiteral("subject")).toString() == subject)
            return o;
    return {};
}

} // namespace

class TestCliConversations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listNamesConversations();
    void oneObjectPerConversationWithOneDeadline();
    void doneAndReopenAConversation();
    void unknownConversation();
    void helpDescribesConversations();

private:
    QList<QJsonObject> list(const QStringList &extra = {}) const;

    QTemporaryDir m_data;
    QTemporaryDir m_maildir;
};

void TestCliConversations::initTestCase()
{
    QVERIFY(m_data.isValid() && m_maildir.isValid());
    const QString root = m_maildir.path();
    for (const char *sub : {"cur", "new", "tmp", ".Sent/cur", ".Sent/new", ".Sent/tmp"})
        QVERIFY(QDir(root).mkpath(QLatin1String(sub)));
    const QString inbox = root + QStringLiteral("/cur");
    // Ana asks, Bo adds (References), I reply (Sent), Ana asks again; Carla writes about
    // something else with a subject that only looks alike.
    QVERIFY(writeMessage(inbox, QStringLiteral("1.m1:2,"),
                         "From: Ana <ana@example.com>\r\nTo: me@example.org\r\nSubject: Launch plan\r\n"
                         "Date: Mon, 30 Nov 2026 09:00:00 +0000\r\nMessage-ID: <m1@example.com>\r\n",
                         "Can you review the launch plan?"));
    QVERIFY(writeMessage(inbox, QStringLiteral("2.m2:2,"),
                         "From: Bo <bo@example.com>\r\nTo: me@example.org\r\nSubject: Re: Launch plan\r\n"
                         "Date: Mon, 30 Nov 2026 10:00:00 +0000\r\nMessage-ID: <m2@example.com>\r\n"
                         "In-Reply-To: <m1@example.com>\r\nReferences: <m1@example.com>\r\n",
                         "And the budget, please."));
    QVERIFY(writeMessage(root + QStringLiteral("/.Sent/cur"), QStringLiteral("3.s1:2,S"),
                         "From: Me <me@example.org>\r\nTo: ana@example.com, bo@example.com\r\n"
                         "Subject: Re: Launch plan\r\nDate: Mon, 30 Nov 2026 11:00:00 +0000\r\n"
                         "Message-ID: <s1@example.org>\r\nIn-Reply-To: <m2@example.com>\r\n"
                         "References: <m1@example.com> <m2@example.com>\r\n",
                         "Both look fine."));
    QVERIFY(writeMessage(inbox, QStringLiteral("4.m3:2,"),
                         "From: Ana <ana@example.com>\r\nTo: me@example.org\r\nSubject: Re: Launch plan\r\n"
                         "Date: Mon, 30 Nov 2026 13:00:00 +0000\r\nMessage-ID: <m3@example.com>\r\n"
                         "In-Reply-To: <s1@example.org>\r\n",
                         "One more question: the date?"));
    QVERIFY(writeMessage(inbox, QStringLiteral("5.c1:2,"),
                         "From: Carla <carla@example.com>\r\nTo: me@example.org\r\nSubject: Launch plan\r\n"
                         "Date: Mon, 30 Nov 2026 12:00:00 +0000\r\nMessage-ID: <c1@example.com>\r\n",
                         "A different launch."));
    // --address: mail to me@example.org is "to me" (Async, with a deadline).
    auto add = runCli(m_data.path(), {QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("maildir"), root,
                                      QStringLiteral("--address"), QStringLiteral("me@example.org")});
    QVERIFY2(add.exitCode == 0, failure(add));
    auto sync = runCli(m_data.path(), {QStringLiteral("sync")});
    QVERIFY2(sync.exitCode == 0, failure(sync));
}

QList<QJsonObject> TestCliConversations::list(const QStringList &extra) const
{
    const auto r = runCli(m_data.path(), QStringList{QStringLiteral("list"), QStringLiteral("--json")} + extra);
    if (r.exitCode != 0)
        qWarning("%s", failure(r).constData());
    return r.jsonLines();
}

void TestCliConversations::listNamesConversations()
{
    const QList<QJsonObject> items = list({QStringLiteral("--state"), QStringLiteral("all")});
    QCOMPARE(items.size(), 4);  // the sent reply is not an item
    const QString thread = withSubject(items, QStringLiteral("Re: Launch plan")).value(QStringLiteral("conversation")).toString();
    QVERIFY2(thread.startsWith(QLatin1Char('c')), qPrintable(thread));
    QCOMPARE(byConversation(items, thread).size(), 3);  // m1, m2 and m3, which names only my reply
    bool sawCarla = false;
    for (const QJsonObject &o : items) {
        if (o.value(QStringLiteral("from_address")).toString() == QLatin1String("carla@example.com")) {
            sawCarla = true;
            QVERIFY(o.value(QStringLiteral("conversation")).toString() != thread);
        }
    }
    QVERIFY(sawCarla);
}

void TestCliConversations::oneObjectPerConversationWithOneDeadline()
{
    const QList<QJsonObject> items = list({QStringLiteral("--state"), QStringLiteral("all")});
    const QList<QJsonObject> rows = list({QStringLiteral("--conversations")});
    QCOMPARE(rows.size(), 2);
    QJsonObject thread, carla;
    for (const QJsonObject &row : rows) {
        for (const char *key : {"conversation", "subject", "count", "tier", "due", "deadline_state", "state", "item_ids"})
            QVERIFY2(row.contains(QLatin1String(key)), key);
        (row.value(QStringLiteral("count")).toInt() == 3 ? thread : carla) = row;
    }
    QCOMPARE(thread.value(QStringLiteral("subject")).toString(), QStringLiteral("Launch plan"));  // the first message's
    QCOMPARE(thread.value(QStringLiteral("from_address")).toString(), QStringLiteral("ana@example.com"));  // the latest
    QCOMPARE(thread.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
    QCOMPARE(thread.value(QStringLiteral("item_ids")).toArray().size(), 3);
    // Inbound, inbound, my reply, inbound: the deadline is the last inbound message's own.
    QJsonObject m3;
    for (const QJsonObject &o : byConversation(items, thread.value(QStringLiteral("conversation")).toString()))
        if (o.value(QStringLiteral("received")).toString() == QLatin1String("2026-11-30T13:00:00Z"))
            m3 = o;
    QVERIFY(!m3.isEmpty());
    QVERIFY(!m3.value(QStringLiteral("due")).isNull());
    QCOMPARE(thread.value(QStringLiteral("due")), m3.value(QStringLiteral("due")));
    QCOMPARE(thread.value(QStringLiteral("tier")).toInt(), m3.value(QStringLiteral("tier")).toInt());
    QCOMPARE(carla.value(QStringLiteral("count")).toInt(), 1);
}

void TestCliConversations::doneAndReopenAConversation()
{
    const QList<QJsonObject> rows = list({QStringLiteral("--conversations")});
    QString thread;
    for (const QJsonObject &row : rows)
        if (row.value(QStringLiteral("count")).toInt() == 3)
            thread = row.value(QStringLiteral("conversation")).toString();
    QVERIFY(!thread.isEmpty());

    auto done = runCli(m_data.path(), {QStringLiteral("done"), thread, QStringLiteral("--json")});
    QVERIFY2(done.exitCode == 0, failure(done));
    QCOMPARE(done.jsonLines().size(), 3);
    for (const QJsonObject &o : done.jsonLines())
        QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
    const QList<QJsonObject> open = list({QStringLiteral("--conversations")});
    QCOMPARE(open.size(), 1);
    QVERIFY(open.first().value(QStringLiteral("conversation")).toString() != thread);
    const QList<QJsonObject> all = list({QStringLiteral("--conversations"), QStringLiteral("--state"), QStringLiteral("all")});
    QCOMPARE(all.size(), 2);

    auto reopen = runCli(m_data.path(), {QStringLiteral("reopen"), thread.toUpper()});
    QVERIFY2(reopen.exitCode == 0, failure(reopen));
    QCOMPARE(list({QStringLiteral("--conversations")}).size(), 2);
    QCOMPARE(byConversation(list(), thread).size(), 3);
}

void TestCliConversations::unknownConversation()
{
    auto r = runCli(m_data.path(), {QStringLiteral("done"), QStringLiteral("c999999")});
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains("c999999"), r.err.constData());
    auto bad = runCli(m_data.path(), {QStringLiteral("done"), QStringLiteral("cx")});
    QCOMPARE(bad.exitCode, 2);
}

void TestCliConversations::helpDescribesConversations()
{
    const auto help = runCli(m_data.path(), {QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("--conversations"));
    QVERIFY(help.out.contains("deadline_state, state, item_ids}"));
}

QTEST_GUILESS_MAIN(TestCliConversations)
#include "tst_cli_conversations.moc"
