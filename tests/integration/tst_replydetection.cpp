// Reply detection end to end: a Maildir in a temp dir with a Maildir++ ".Sent" folder; a sent
// reply (In-Reply-To / References) marks the original answered (deadline met), and sent mail is
// not an inbox item.
#include "cliprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using fi::test::runCli;

namespace {
bool writeMessage(const QString &dir, const QString &name, const QByteArray &headers)
{
    QDir().mkpath(dir);
    for (const char *sub : {"/new", "/tmp"})
        QDir().mkpath(QFileInfo(dir).absoluteFilePath() + QLatin1String(sub));
    QFile file(dir + QLatin1Char('/') + name);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(headers + "Date: Mon, 23 Mar 2026 10:00:00 +0100\r\nContent-Type: text/plain\r\n\r\nHello.\r\n");
    return true;
}
} // namespace

class TestReplyDetection : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sentRepliesMarkOriginalsMet();
};

void TestReplyDetection::sentRepliesMarkOriginalsMet()
{
    QTemporaryDir data;
    QTemporaryDir mail;
    const QString root = mail.filePath(QStringLiteral("Maildir"));
    QVERIFY(writeMessage(root + QStringLiteral("/cur"), QStringLiteral("1.a:2,S"),
                         "From: Ann <ann@example.com>\r\nTo: me@example.org\r\nSubject: Question\r\n"
                         "Message-ID: <q1@example.com>\r\n"));
    QVERIFY(writeMessage(root + QStringLiteral("/cur"), QStringLiteral("2.b:2,S"),
                         "From: Bob <bob@example.com>\r\nTo: me@example.org\r\nSubject: Other\r\n"
                         "Message-ID: <q2@example.com>\r\n"));
    QVERIFY(writeMessage(root + QStringLiteral("/cur"), QStringLiteral("3.c:2,S"),
                         "From: Cat <cat@example.com>\r\nTo: me@example.org\r\nSubject: Thread\r\n"
                         "Message-ID: <q3@example.com>\r\n"));
    // Replies in .Sent: one by In-Reply-To, one only by References.
    QVERIFY(writeMessage(root + QStringLiteral("/.Sent/cur"), QStringLiteral("4.d:2,S"),
                         "From: Me <me@example.org>\r\nTo: ann@example.com\r\nSubject: Re: Question\r\n"
                         "Message-ID: <r1@example.org>\r\nIn-Reply-To: <q1@example.com>\r\n"));
    QVERIFY(writeMessage(root + QStringLiteral("/.Sent/cur"), QStringLiteral("5.e:2,S"),
                         "From: Me <me@example.org>\r\nTo: cat@example.com\r\nSubject: Re: Thread\r\n"
                         "Message-ID: <r2@example.org>\r\nReferences: <x@example.com> <q3@example.com>\r\n"));

    {
        QFile config(data.filePath(QStringLiteral("config.json")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(R"({"me": ["me@example.org"], "sentFolders": [".Sent"]})");
    }
    const auto add = runCli(data.path(), {QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("maildir"), root});
    QVERIFY2(add.exitCode == 0, add.err.constData());
    const auto sync = runCli(data.path(), {QStringLiteral("sync")});
    QVERIFY2(sync.exitCode == 0, sync.err.constData());
    const auto list = runCli(data.path(), {QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--state"),
                                           QStringLiteral("all")});
    QVERIFY2(list.exitCode == 0, list.err.constData());
    QMap<QString, QString> stateBySubject;
    for (const QJsonObject &o : list.jsonLines())
        stateBySubject.insert(o.value(QStringLiteral("subject")).toString(),
                              o.value(QStringLiteral("deadline_state")).toString());
    QCOMPARE(stateBySubject.keys(), (QStringList{QStringLiteral("Other"), QStringLiteral("Question"),
                                                 QStringLiteral("Thread")}));  // no "Re: …" items
    QCOMPARE(stateBySubject.value(QStringLiteral("Question")), QStringLiteral("met"));
    QCOMPARE(stateBySubject.value(QStringLiteral("Thread")), QStringLiteral("met"));
    QVERIFY(stateBySubject.value(QStringLiteral("Other")) != QLatin1String("met"));

    // A second sync keeps it that way, and reads nothing again: the sent mail already seen is
    // remembered (progress on stderr is "<source>: done/total" of the files to parse).
    const auto second = runCli(data.path(), {QStringLiteral("sync")});
    QVERIFY(second.exitCode == 0);
    QVERIFY2(second.err.contains(": 0/0"), second.err.constData());
    const auto again = runCli(data.path(), {QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--state"),
                                            QStringLiteral("all")});
    QCOMPARE(again.jsonLines().size(), 3);

    // A new reply in Sent is still read: "Other" is met now, and only that file was parsed.
    QVERIFY(writeMessage(root + QStringLiteral("/.Sent/cur"), QStringLiteral("6.f:2,S"),
                         "From: Me <me@example.org>\r\nTo: bob@example.com\r\nSubject: Re: Other\r\n"
                         "Message-ID: <r3@example.org>\r\nIn-Reply-To: <q2@example.com>\r\n"));
    const auto third = runCli(data.path(), {QStringLiteral("sync")});
    QVERIFY(third.exitCode == 0);
    QVERIFY2(third.err.contains(": 1/1"), third.err.constData());
    const auto last = runCli(data.path(), {QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--tier"),
                                           QStringLiteral("2")});
    for (const QJsonObject &o : last.jsonLines())
        QCOMPARE(o.value(QStringLiteral("deadline_state")).toString(), QStringLiteral("met"));
    QCOMPARE(last.jsonLines().size(), 3);
}

QTEST_GUILESS_MAIN(TestReplyDetection)
#include "tst_replydetection.moc"
