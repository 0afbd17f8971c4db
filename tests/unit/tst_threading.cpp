// Threading by References (models/mail/threading.h, RFC 5322 §3.6.4): the thread key is the
// root of the conversation, so every message of one thread gets the same key.
#include "mail/threading.h"

#include <QTest>

using namespace fi;

class TestThreading : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void firstReferenceIsTheRoot();
    void inReplyToWhenNoReferences();
    void ownMessageIdStartsAThread();
    void aWholeConversationSharesOneKey();
};

void TestThreading::firstReferenceIsTheRoot()
{
    QCOMPARE(mail::firstReference("<root@example.org> <middle@example.org>\t<parent@example.org>"),
             QStringLiteral("root@example.org"));
    // Folded over lines and with a comment, as real clients write it.
    QCOMPARE(mail::firstReference(" (thread) <root@example.org>\r\n <parent@example.org>"),
             QStringLiteral("root@example.org"));
    QCOMPARE(mail::threadKey("<root@example.org> <parent@example.org>", "<parent@example.org>",
                             QStringLiteral("me@example.org")),
             QStringLiteral("root@example.org"));
    QCOMPARE(mail::firstReference(QByteArray()), QString());
}

void TestThreading::inReplyToWhenNoReferences()
{
    QCOMPARE(mail::threadKey(QByteArray(), "<parent@example.org>", QStringLiteral("me@example.org")),
             QStringLiteral("parent@example.org"));
    // A References field that holds no msg-id counts as absent.
    QCOMPARE(mail::threadKey("", "<parent@example.org>", QStringLiteral("me@example.org")),
             QStringLiteral("parent@example.org"));
}

void TestThreading::ownMessageIdStartsAThread()
{
    QCOMPARE(mail::threadKey(QByteArray(), QByteArray(), QStringLiteral("me@example.org")),
             QStringLiteral("me@example.org"));
    QCOMPARE(mail::threadKey(QByteArray(), QByteArray(), QString()), QString());
}

void TestThreading::aWholeConversationSharesOneKey()
{
    const QString first = mail::threadKey({}, {}, QStringLiteral("q@example.com"));
    const QString reply = mail::threadKey("<q@example.com>", "<q@example.com>", QStringLiteral("r1@example.org"));
    const QString replyToReply =
        mail::threadKey("<q@example.com> <r1@example.org>", "<r1@example.org>", QStringLiteral("r2@example.com"));
    QCOMPARE(reply, first);
    QCOMPARE(replyToReply, first);
}

QTEST_GUILESS_MAIN(TestThreading)
#include "tst_threading.moc"
