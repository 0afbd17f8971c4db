// A flag-only sync must not undo a reply the app detected (issue 10), against a real Dovecot:
// an INBOX message with a Tier 2 deadline is answered from the Sent folder, so its deadline is
// met; then another client (a phone) marks the original \Seen, and the next sync brings only
// that flag change (without \Answered: the reply was sent from here, not from the phone).
// The deadline must stay met, and the warning ladder must not warn about it past its due.
#include "config/appconfig.h"
#include "deadlines/deadlinestate.h"
#include "deadlines/warningladder.h"
#include "dovecotserver.h"
#include "imaptestutil.h"
#include "sync/syncmanager.h"

#include <QDateTime>
#include <QLocale>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fi;
using namespace fi::test;

namespace {

QByteArray rfc5322Date(qint64 ms)
{
    return QLocale::c()
        .toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss +0000"))
        .toLatin1();
}

QByteArray message(const QByteArray &headers, qint64 dateMs)
{
    return headers + "Date: " + rfc5322Date(dateMs) + "\r\nContent-Type: text/plain\r\n\r\nHello.\r\n";
}

} // namespace

class TestFlagOnlySync : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void phoneMarkingSeenKeepsADetectedReply();

private:
    std::optional<Item> itemWithSubject(ItemStore &store, const QString &subject) const;
};

void TestFlagOnlySync::initTestCase()
{
    qRegisterMetaType<fi::SyncResult>();
    qRegisterMetaType<fi::SyncTotals>();
}

std::optional<Item> TestFlagOnlySync::itemWithSubject(ItemStore &store, const QString &subject) const
{
    ItemQuery q;
    q.states = ItemQuery::States::All;
    for (const Item &i : store.items(q))
        if (i.record.subject == subject)
            return i;
    return std::nullopt;
}

void TestFlagOnlySync::phoneMarkingSeenKeepsADetectedReply()
{
    DovecotServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    const QString password = server.password();
    imap::ImapSource::setDefaultPasswordProvider([password](const imap::Account &, QString *) { return password; });
    auto resetProvider = qScopeGuard([] { imap::ImapSource::setDefaultPasswordProvider({}); });

    // Three days ago: the Tier 2 deadline (to me, 24 working hours by default) is long past.
    const qint64 sentAt = QDateTime::currentMSecsSinceEpoch() - 3 * 24 * 3600 * 1000LL;
    QString why;
    auto phone = adminSession(server, &why);  // "another IMAP client": a second connection
    QVERIFY2(phone, qPrintable(why));
    imap::Error e;
    QVERIFY2(phone->createFolder(QStringLiteral("Sent"), &e), qPrintable(e.message));
    QVERIFY(phone->append(QStringLiteral("INBOX"),
                          message("From: Bob <bob@example.org>\r\nTo: Alice <alice@example.org>\r\n"
                                  "Subject: Budget question\r\nMessage-ID: <budget-1@example.org>\r\n",
                                  sentAt),
                          false, &e));
    QVERIFY(phone->append(QStringLiteral("INBOX"),
                          message("From: Carol <carol@example.org>\r\nTo: Alice <alice@example.org>\r\n"
                                  "Subject: Unanswered question\r\nMessage-ID: <other-1@example.org>\r\n",
                                  sentAt),
                          false, &e));
    QVERIFY(phone->append(QStringLiteral("Sent"),
                          message("From: Alice <alice@example.org>\r\nTo: Bob <bob@example.org>\r\n"
                                  "Subject: Re: Budget question\r\nMessage-ID: <reply-1@example.org>\r\n"
                                  "In-Reply-To: <budget-1@example.org>\r\nReferences: <budget-1@example.org>\r\n",
                                  sentAt + 3600 * 1000),
                          true, &e));

    QTemporaryDir dir;
    ItemStore store(dir.filePath(QStringLiteral("inbox.sqlite")));
    QCOMPARE(store.open(), OpenError::None);
    imap::Account account = fixtureAccount(server);
    account.folders = {QStringLiteral("INBOX"), QStringLiteral("Sent")};
    const qint64 sourceId = store.addSource(fixtureConfig(server, account)).result();
    QVERIFY(sourceId > 0);
    AppConfig config;
    config.myAddresses = {QStringLiteral("alice@example.org")};
    config.sentFolders = {QStringLiteral("Sent")};
    SyncManager sync(&store, config, dir.path());
    auto syncAndWait = [&sync, sourceId] {
        QSignalSpy finished(&sync, &SyncManager::sourceFinished);
        sync.syncSource(sourceId);
        return finished.wait(30000) && finished.first().at(2).value<SyncResult>().ok;
    };

    QVERIFY(syncAndWait());
    std::optional<Item> original = itemWithSubject(store, QStringLiteral("Budget question"));
    std::optional<Item> unanswered = itemWithSubject(store, QStringLiteral("Unanswered question"));
    QVERIFY(original && unanswered);
    QVERIFY(!itemWithSubject(store, QStringLiteral("Re: Budget question")));  // sent mail is no item
    QCOMPARE(original->tier, Tier::Async);
    QVERIFY(original->dueMs.has_value());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QVERIFY2(*original->dueMs < now, "the deadline is past");
    QVERIFY(!original->record.flags.seen);
    QVERIFY(original->isAnswered());
    QCOMPARE(deadlineState(original->dueMs, original->record.receivedMs, original->state, original->doneMs,
                           original->isAnswered(), now),
             DeadlineState::Met);
    // The control: the other question has no reply and is overdue.
    QVERIFY(!unanswered->isAnswered());
    QCOMPARE(deadlineState(unanswered->dueMs, unanswered->record.receivedMs, unanswered->state,
                           unanswered->doneMs, unanswered->isAnswered(), now),
             DeadlineState::Overdue);

    // The phone reads the original: STORE +FLAGS (\Seen), nothing else.
    QVERIFY(phone->select(QStringLiteral("INBOX"), &e));
    const auto inbox = phone->uidFetch({{1, 0}}, imap::FetchWhat::Uids, &e);
    QVERIFY(inbox && inbox->size() == 2);
    QVERIFY2(phone->storeSeen({inbox->first().uid}, true, &e), qPrintable(e.message));

    QVERIFY(syncAndWait());
    original = itemWithSubject(store, QStringLiteral("Budget question"));
    QVERIFY(original);
    QVERIFY2(original->record.flags.seen, "the flag-only change arrived");
    QVERIFY2(!original->record.flags.answered, "the server never had \\Answered");
    QVERIFY2(original->isAnswered(), "the reply found in Sent is kept");
    QVERIFY(original->repliedMs.has_value());
    const qint64 later = QDateTime::currentMSecsSinceEpoch();
    QCOMPARE(deadlineState(original->dueMs, original->record.receivedMs, original->state, original->doneMs,
                           original->isAnswered(), later),
             DeadlineState::Met);

    // No warning for it past its due, from the default ladder nor from one with a breach step
    // for Tier 2; the unanswered control does get one (so the ladder would warn if it had to).
    WarningLadder ladder = WarningLadder::defaults();
    ladder.setSteps(Tier::Async, {{QStringLiteral("before-60"), 60 * 60000},
                                  {QStringLiteral("before-15"), 15 * 60000},
                                  {QStringLiteral("breach"), 0}});
    unanswered = itemWithSubject(store, QStringLiteral("Unanswered question"));
    QVERIFY(unanswered);
    const qint64 pastDue = std::max(*original->dueMs, *unanswered->dueMs) + 3600 * 1000;
    QVERIFY(ladder.due({*original}, {}, pastDue).isEmpty());
    QVERIFY(WarningLadder::defaults().due({*original}, {}, pastDue).isEmpty());
    const QList<DueWarning> control = ladder.due({*unanswered}, {}, pastDue);
    QCOMPARE(control.size(), 1);
    QCOMPARE(control.first().step, QStringLiteral("breach"));
}

QTEST_GUILESS_MAIN(TestFlagOnlySync)
#include "tst_flagonlysync.moc"
