// Folder names against a real Dovecot on loopback (RFC 3501 §5.1.3, issue 9):
//  - non-ASCII folders are listed with their real names, selected and synced; what we send is
//    checked against Dovecot's own Maildir names (it stores names in modified UTF-7), what we
//    read against folders made directly on disk;
//  - a folder name stored by an older version in its raw wire form still syncs the same mailbox;
//  - CR/LF/NUL in user names, folder names and passwords are refused before anything is sent
//    (not even a TCP connection for the account's own names), with a clear message in the
//    sync result and the CLI.
#include "cliprocess.h"
#include "dovecotserver.h"
#include "imaptestutil.h"
#include "sources/imap/imapsession.h"

#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace fi;
using namespace fi::test;

namespace {

std::unique_ptr<ItemStore> openStore(QTemporaryDir &dir)
{
    auto store = std::make_unique<ItemStore>(dir.filePath(QStringLiteral("inbox.sqlite")));
    return store->open() == OpenError::None ? std::move(store) : nullptr;
}

QList<Item> allItems(const ItemStore &store, qint64 sourceId)
{
    ItemQuery q;
    q.states = ItemQuery::States::All;
    q.sourceId = sourceId;
    return store.items(q);
}

/// A Maildir++ folder made directly on disk (Dovecot's names there are modified UTF-7).
void makeMaildirFolder(const DovecotServer &server, const QString &diskName, int messages)
{
    const QString dir = server.mailDir() + QStringLiteral("/.") + diskName;
    writeGeneratedMaildir(dir, messages, corpusFiles().mid(0, 3));
    server.fixOwnership();
}

} // namespace

class TestImapFolderNames : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void nonAsciiFoldersAreListedSelectedAndSynced();
    void legacyWireFormNamesStillSync();
    void accountNamesWithLineBreaksNeverConnect();
    void passwordAndFolderWithLineBreaksAreNotSent();
    void cliShowsTheRefusal();

private:
    DovecotServer m_server;
};

void TestImapFolderNames::initTestCase()
{
    qRegisterMetaType<fi::SourceBatch>();
    qRegisterMetaType<fi::SyncResult>();
    qRegisterMetaType<fi::SourceError>();
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
}

void TestImapFolderNames::nonAsciiFoldersAreListedSelectedAndSynced()
{
    // What we read: folders Dovecot never saw us create, named on disk in modified UTF-7 (made
    // before the first login, so Dovecot's mailbox list index picks them up).
    makeMaildirFolder(m_server, QStringLiteral("R&-D"), 2);                 // "R&D"
    makeMaildirFolder(m_server, QStringLiteral("&AMk-t&AOk-"), 3);          // "Été"

    QString why;
    auto admin = adminSession(m_server, &why);
    QVERIFY2(admin, qPrintable(why));
    imap::Error e;

    // What we send: CREATE/APPEND with Unicode names end up under Dovecot's mUTF-7 names.
    const QString japanese = QStringLiteral("日本語");
    const QString reports = QStringLiteral("Café.Relatórios"); // "." is Dovecot's Maildir++ separator
    QVERIFY2(admin->createFolder(japanese, &e), qPrintable(e.message));
    QVERIFY2(admin->createFolder(QStringLiteral("Café"), &e), qPrintable(e.message));
    QVERIFY2(admin->createFolder(reports, &e), qPrintable(e.message));
    QVERIFY2(QDir(m_server.mailDir() + QStringLiteral("/.&ZeVnLIqe-")).exists(), "CREATE 日本語 must be &ZeVnLIqe- (RFC 3501)");
    QVERIFY(QDir(m_server.mailDir() + QStringLiteral("/.Caf&AOk-.Relat&APM-rios")).exists());
    const QStringList files = corpusFiles().mid(0, 7);
    QCOMPARE(appendFiles(*admin, japanese, files), 7);
    QCOMPARE(appendFiles(*admin, reports, files.mid(0, 4)), 4);

    const std::optional<QStringList> listed = admin->listFolders(&e);
    QVERIFY2(listed, qPrintable(e.message));
    for (const QString &name : {japanese, QStringLiteral("Café"), reports, QStringLiteral("R&D"), QStringLiteral("Été")})
        QVERIFY2(listed->contains(name), qPrintable(name + QStringLiteral(" not in ") + listed->join(u'|')));
    for (const QString &name : *listed)
        QVERIFY2(!name.contains(u'&') || name == QLatin1String("R&D"), qPrintable(name)); // nothing left encoded

    const std::optional<imap::MailboxStatus> st = admin->select(QStringLiteral("Été"), &e);
    QVERIFY2(st, qPrintable(e.message));
    QCOMPARE(st->exists, 3u);
    QCOMPARE(admin->select(QStringLiteral("R&D"), &e).value_or(imap::MailboxStatus{}).exists, 2u);

    // Synced with their real names.
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    imap::Account account = fixtureAccount(m_server);
    account.folders = {japanese, reports, QStringLiteral("R&D"), QStringLiteral("Été")};
    const SourceConfig config = fixtureConfig(m_server, account);
    const qint64 id = store->addSource(config).result();
    const RunOutcome r = runSource(*store, id, config, m_server.password());
    QVERIFY2(r.result.ok, qPrintable(r.result.error));
    QMap<QString, int> perFolder;
    for (const Item &i : allItems(*store, id))
        ++perFolder[i.record.folder];
    QCOMPARE(perFolder.value(japanese), 7);
    QCOMPARE(perFolder.value(reports), 4);
    QCOMPARE(perFolder.value(QStringLiteral("R&D")), 2);
    QCOMPARE(perFolder.value(QStringLiteral("Été")), 3);
    QCOMPARE(perFolder.size(), 4);

    // A second run finds nothing new (the sync state is keyed by the same names).
    const RunOutcome again = runSource(*store, id, config, m_server.password());
    QVERIFY2(again.result.ok, qPrintable(again.result.error));
    QCOMPARE(again.result.added, 0);
    QCOMPARE(allItems(*store, id).size(), 16);
}

void TestImapFolderNames::legacyWireFormNamesStillSync()
{
    // Older versions stored the LIST name raw ("Caf&AOk-") and sent it unchanged.
    makeMaildirFolder(m_server, QStringLiteral("Caf&AOk-.Legacy"), 5);
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    imap::Account account = fixtureAccount(m_server);
    account.folders = {QStringLiteral("Caf&AOk-.Legacy")};
    const SourceConfig config = fixtureConfig(m_server, account);
    const qint64 id = store->addSource(config).result();
    const RunOutcome r = runSource(*store, id, config, m_server.password());
    QVERIFY2(r.result.ok, qPrintable(r.result.error));
    const QList<Item> items = allItems(*store, id);
    QCOMPARE(items.size(), 5);
    QCOMPARE(items.first().record.folder, QStringLiteral("Caf&AOk-.Legacy")); // same ids as before
}

void TestImapFolderNames::accountNamesWithLineBreaksNeverConnect()
{
    QTcpServer listener; // counts connection attempts; nothing may arrive
    QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
    imap::Account base;
    base.host = QStringLiteral("127.0.0.1");
    base.port = listener.serverPort();
    base.security = imap::Security::None;
    base.user = QStringLiteral("alice");
    base.timeoutSeconds = 3;

    struct Case { const char *what; imap::Account account; };
    QList<Case> cases;
    imap::Account a = base;
    a.user = QStringLiteral("alice\r\nA1 LOGIN mallory pw");
    cases.append({"CR LF in user", a});
    a = base;
    a.user = QStringLiteral("jürgen");
    cases.append({"8-bit user", a});
    a = base;
    a.folders = {QStringLiteral("INBOX"), QStringLiteral("Work\r\nA1 DELETE INBOX")};
    cases.append({"CR LF in folder", a});
    a = base;
    a.archiveFolder = QString::fromUtf8("Archive\0x", 9);
    cases.append({"NUL in archive folder", a});
    for (const Case &c : cases) {
        imap::Session session;
        imap::Error e;
        QVERIFY2(!session.connect(c.account, &e), c.what);
        QCOMPARE(e.kind, imap::ErrorKind::InvalidName);
        QVERIFY2(!e.message.isEmpty(), c.what);
        QVERIFY(!e.isTransient());
    }
    QVERIFY2(!listener.waitForNewConnection(300), "a refused name must not even open a connection");

    // Through a sync, as the app and the CLI run it: a clear, non-retryable error.
    SourceConfig config;
    config.name = QStringLiteral("test");
    imap::Account bad = fixtureAccount(m_server);
    bad.folders = {QStringLiteral("INBOX"), QStringLiteral("Work\r\nA1 DELETE INBOX")};
    bad.toConfig(config);
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    const qint64 id = store->addSource(config).result();
    const RunOutcome r = runSource(*store, id, config, m_server.password());
    QVERIFY(!r.result.ok);
    QVERIFY(!r.result.retryable);
    QVERIFY2(r.result.error.contains(QLatin1String("control character")), qPrintable(r.result.error));
    QVERIFY2(r.result.error.contains(QLatin1String("Work\\r\\nA1 DELETE INBOX")), qPrintable(r.result.error));
}

void TestImapFolderNames::passwordAndFolderWithLineBreaksAreNotSent()
{
    imap::Account a = fixtureAccount(m_server);
    imap::Session session;
    imap::Error e;
    QVERIFY2(session.connect(a, &e), qPrintable(e.message));
    const QString evil = QStringLiteral("x\r\nA1 LOGIN alice ") + m_server.password();
    QVERIFY(!session.login(a.user, evil, &e));
    QCOMPARE(e.kind, imap::ErrorKind::InvalidName);
    QVERIFY2(!e.message.contains(m_server.password()), qPrintable(e.message));
    // Nothing went out: the same connection is still waiting for its first LOGIN.
    QVERIFY2(session.login(a.user, m_server.password(), &e), qPrintable(e.message));

    const int before = int(session.listFolders(&e).value_or(QStringList{}).size());
    QVERIFY(!session.createFolder(QStringLiteral("New\r\nA1 DELETE INBOX"), &e));
    QCOMPARE(e.kind, imap::ErrorKind::InvalidName);
    QVERIFY(!session.select(QStringLiteral("INBOX\nX"), &e));
    QCOMPARE(e.kind, imap::ErrorKind::InvalidName);
    QVERIFY(!session.moveTo({1}, QString::fromUtf8("Ar\0chive", 8), &e));
    QCOMPARE(e.kind, imap::ErrorKind::InvalidName);
    QVERIFY(!session.append(QString(QChar(0xd800)), "Subject: x\r\n\r\nx\r\n", false, &e)); // lone surrogate
    QCOMPARE(e.kind, imap::ErrorKind::InvalidName);
    // The session is in step and nothing was created.
    QVERIFY2(session.select(QStringLiteral("INBOX"), &e), qPrintable(e.message));
    QCOMPARE(int(session.listFolders(&e).value_or(QStringList{}).size()), before);
    session.logout();
}

void TestImapFolderNames::cliShowsTheRefusal()
{
    QTemporaryDir data;
    const QString url = QStringLiteral("imaps://%1@127.0.0.1:%2/INBOX").arg(m_server.user()).arg(m_server.tlsPort());
    const CliResult add = runCli(data.path(), {QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("imap"), url,
                                               QStringLiteral("--folder"), QStringLiteral("Work\nA1 DELETE INBOX"),
                                               QStringLiteral("--trust-fingerprint"),
                                               imap::sha256Fingerprint(m_server.certificateDer())},
                                 m_server.password().toUtf8() + "\n");
    QVERIFY2(add.exitCode != 0, add.err.constData());
    QVERIFY2(add.err.contains("control character"), add.err.constData());
    QVERIFY(runCli(data.path(), {QStringLiteral("sources"), QStringLiteral("list")}).out.trimmed().isEmpty());
}

QTEST_GUILESS_MAIN(TestImapFolderNames)
#include "tst_imapfoldernames.moc"
