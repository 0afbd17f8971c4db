// Pure IMAP helpers: account URL/config parsing, per-folder sync state, remote id scheme.
#include "sources/imap/imapaccount.h"
#include "sources/imap/imapcert.h"
#include "sources/imap/imapsession.h"
#include "sources/imap/imapsyncstate.h"

#include <QTest>

using namespace fi;
using namespace fi::imap;

class TestImapSyncState : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void accountFromUrl();
    void accountRejectsPasswordInUrl();
    void accountConfigRoundTrip();
    void folderStateRoundTrip();
    void remoteIdScheme();
    void uidRanges();
    void emptyChainIsNotTrusted();
};

void TestImapSyncState::accountFromUrl()
{
    auto a = Account::fromUrl(QStringLiteral("imaps://joe%40corp@mail.example.org/Work/Team"));
    QVERIFY(a);
    QCOMPARE(a->user, QStringLiteral("joe@corp"));
    QCOMPARE(a->host, QStringLiteral("mail.example.org"));
    QCOMPARE(a->port, quint16(993));
    QCOMPARE(a->security, Security::Tls);
    QCOMPARE(a->folders, QStringList{QStringLiteral("Work/Team")});
    a = Account::fromUrl(QStringLiteral("imap://joe@localhost"));
    QVERIFY(a);
    QCOMPARE(a->port, quint16(143));
    QCOMPARE(a->security, Security::StartTls);
    QCOMPARE(a->folders, QStringList{QStringLiteral("INBOX")});
    QVERIFY(a->isLoopback());
    QString why;
    QVERIFY(!Account::fromUrl(QStringLiteral("https://joe@host/"), &why));
    QVERIFY(!why.isEmpty());
    QVERIFY(!Account::fromUrl(QStringLiteral("imaps://host/INBOX"))); // no user
}

void TestImapSyncState::accountRejectsPasswordInUrl()
{
    QString why;
    QVERIFY(!Account::fromUrl(QStringLiteral("imaps://joe:hunter2@host/INBOX"), &why));
    QVERIFY(!why.contains(QLatin1String("hunter2")));
}

void TestImapSyncState::accountConfigRoundTrip()
{
    Account a;
    a.host = QStringLiteral("imap.example.org");
    a.port = 1993;
    a.security = Security::StartTls;
    a.user = QStringLiteral("ann");
    a.folders = {QStringLiteral("INBOX"), QStringLiteral("Ops")};
    a.trustedFingerprint = QStringLiteral("AB:CD");
    a.archiveFolder = QStringLiteral("Archive");
    a.pollSeconds = 45;
    SourceConfig c;
    a.toConfig(c);
    QCOMPARE(c.kind, QStringLiteral("imap"));
    const auto b = Account::fromConfig(c);
    QVERIFY(b);
    QCOMPARE(b->host, a.host);
    QCOMPARE(b->port, a.port);
    QCOMPARE(b->security, a.security);
    QCOMPARE(b->folders, a.folders);
    QCOMPARE(b->trustedFingerprint, a.trustedFingerprint);
    QCOMPARE(b->archiveFolder, a.archiveFolder);
    QCOMPARE(b->pollSeconds, 45);
    QCOMPARE(b->secretKey(), QStringLiteral("imap:ann@imap.example.org:1993"));

    // The archive folder is not watched: done mail moved there would come back as new items.
    a.folders = {QStringLiteral("INBOX"), QStringLiteral("Archive")};
    a.toConfig(c);
    QCOMPARE(Account::fromConfig(c)->folders, QStringList{QStringLiteral("INBOX")});
    a.folders = {QStringLiteral("Archive")};  // unless it is all the user watches
    a.toConfig(c);
    QCOMPARE(Account::fromConfig(c)->folders, QStringList{QStringLiteral("Archive")});

    c.settings[QStringLiteral("security")] = QStringLiteral("bogus");
    QVERIFY(!Account::fromConfig(c));
}

void TestImapSyncState::folderStateRoundTrip()
{
    const FolderState s{123456789u, 42u, 9876543210ull};
    QCOMPARE(FolderState::decode(s.encode()), s);
    QCOMPARE(FolderState::decode("garbage"), FolderState{});
    QCOMPARE(FolderState::decode(QByteArray()), FolderState{});
    QCOMPARE(FolderState::decode("v1 1 0 0"), FolderState{}); // UIDNEXT 0 is invalid
    QVERIFY(!FolderState::decode(s.encode()).knownUids);       // a state without the UID set ("v1")
    QVERIFY(s.encode().startsWith("v1 "));

    // Issue 17: the UIDs the folder held travel with the state ("v2").
    FolderState withUids = s;
    withUids.knownUids = UidSet::decode("1:30,32,35:41");
    QVERIFY(withUids.knownUids);
    QCOMPARE(withUids.encode(), QByteArray("v2 123456789 42 9876543210 1:30,32,35:41"));
    QCOMPARE(FolderState::decode(withUids.encode()), withUids);
    QCOMPARE(FolderState::decode(withUids.encode()).knownUids->count(), quint64(38));
    FolderState empty = s;
    empty.knownUids = UidSet{};
    QCOMPARE(empty.encode(), QByteArray("v2 123456789 42 9876543210 -"));
    QCOMPARE(FolderState::decode(empty.encode()), empty);
    // A set that does not parse, or reaches UIDNEXT, is not trusted: the rest of the state is.
    const FolderState bad = FolderState::decode("v2 7 42 5 1:30,29");
    QCOMPARE(bad.uidValidity, 7u);
    QCOMPARE(bad.uidNext, 42u);
    QVERIFY(!bad.knownUids);
    QVERIFY(!FolderState::decode("v2 7 42 5 40:42").knownUids);
    QVERIFY(FolderState::decode("v2 7 42 5 40:41").knownUids);
    QCOMPARE(FolderState::decode("v2 7 42 5"), FolderState{});  // a field missing
}

void TestImapSyncState::remoteIdScheme()
{
    const QString byId = remoteIdForMessageId(QStringLiteral("Lists/Dev"), QStringLiteral("a#b@x"));
    QCOMPARE(byId, QStringLiteral("Lists/Dev#<a#b@x>"));
    QCOMPARE(folderOfRemoteId(byId), QStringLiteral("Lists/Dev"));
    const QString bySum = remoteIdForHeader(QStringLiteral("INBOX"), "Subject: x\r\n\r\n");
    QVERIFY(bySum.startsWith(QLatin1String("INBOX#sum:")));
    QCOMPARE(bySum, remoteIdForHeader(QStringLiteral("INBOX"), "Subject: x\r\n\r\n"));
    QVERIFY(bySum != remoteIdForHeader(QStringLiteral("INBOX"), "Subject: y\r\n\r\n"));
    QCOMPARE(folderOfRemoteId(remoteIdForUid(QStringLiteral("INBOX"), 7, 9)), QStringLiteral("INBOX"));
    ItemFlags f;
    f.seen = true;
    f.answered = true;
    const auto ref = parseFingerprint(fingerprintOf(7, 9, f));
    QVERIFY(ref);
    QCOMPARE(ref->uidValidity, 7u);
    QCOMPARE(ref->uid, 9u);
    QCOMPARE(ref->flags, f);
    QVERIFY(!parseLocator(QStringLiteral("cur/123:2,S")));
    QCOMPARE(recordFolder(QStringLiteral("INBOX")), QString());
    QCOMPARE(mailboxOf(QString()), QStringLiteral("INBOX"));
}

void TestImapSyncState::uidRanges()
{
    const QList<UidRange> r = Session::rangesOf({1, 2, 3, 7, 9, 10});
    QCOMPARE(r.size(), 3);
    QCOMPARE(r[0].first, 1u);
    QCOMPARE(r[0].last, 3u);
    QCOMPARE(r[1].first, 7u);
    QCOMPARE(r[1].last, 7u);
    QCOMPARE(r[2].first, 9u);
    QCOMPARE(r[2].last, 10u);
    QVERIFY(Session::rangesOf({}).isEmpty());
}

void TestImapSyncState::emptyChainIsNotTrusted()
{
    const CertificateCheck c = verifyPeerChain({}, QStringLiteral("host"), QStringLiteral("AB"));
    QVERIFY(!c.trusted);
    QVERIFY(!c.reason.isEmpty());
}

QTEST_GUILESS_MAIN(TestImapSyncState)
#include "tst_imapsyncstate.moc"
