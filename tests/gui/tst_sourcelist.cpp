// The sidebar's Sources list over a real store, SyncManager and SyncScheduler: a Maildir source
// that synced and an IMAP account whose server refuses connections, shown as "Offline ·
// retrying in …" with the reason in the tooltip; the context menu offers Sync now / Edit / Remove.
#include "config/appconfig.h"
#include "mainwindow.h"
#include "sourcelistview.h"
#include "sources/sourceeditors.h"
#include "sources/imap/imapaccount.h"
#include "sources/imap/imapsource.h"
#include "sources/sourceregistry.h"
#include "storage/itemstore.h"
#include "sync/sourcestatusmodel.h"
#include "sync/syncmanager.h"
#include "sync/syncscheduler.h"
#include "tiersidebar.h"

#include <QApplication>
#include <QDir>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace fi;

class TestSourceList : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsEachSourceWithItsStatus();
    void inboundSourceOffersListenAgainOnlyWhenItFailed();

private:
    /// Opens the context menu of @p row and returns the texts of its actions; triggers @p pick.
    QStringList menuOf(SourceListView *view, int row, const QString &pick);
};

void TestSourceList::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<fi::SyncResult>();
    qRegisterMetaType<fi::SyncTotals>();
}

QStringList TestSourceList::menuOf(SourceListView *view, int row, const QString &pick)
{
    QStringList texts;
    // Poll until the menu is up (exec() shows it after this returns), then read and answer it.
    auto *poll = new QTimer(this);
    poll->setInterval(10);
    connect(poll, &QTimer::timeout, this, [&texts, pick, poll] {
        QMenu *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        for (QWidget *w : QApplication::topLevelWidgets())
            if (!menu && w->isVisible())
                menu = qobject_cast<QMenu *>(w);
        if (!menu || !menu->isVisible())
            return;
        poll->stop();
        poll->deleteLater();
        for (QAction *a : menu->actions()) {
            if (!a->isSeparator())
                texts << a->text();
        }
        for (QAction *a : menu->actions()) {
            if (!a->isSeparator() && !pick.isEmpty() && a->text() == pick) {
                menu->setActiveAction(a);
                QTest::keyClick(menu, Qt::Key_Return);
                return;
            }
        }
        menu->close();
    });
    poll->start();
    const QModelIndex index = view->model()->index(row, 0);
    view->showMenuFor(index, view->mapToGlobal(view->visualRect(index).center()));
    return texts;
}

void TestSourceList::showsEachSourceWithItsStatus()
{
    QTemporaryDir dir;
    ItemStore store(dir.filePath(QStringLiteral("inbox.sqlite")));
    QCOMPARE(store.open(), OpenError::None);

    // A Maildir with one message.
    const QString maildir = dir.filePath(QStringLiteral("Mail"));
    for (const char *sub : {"cur", "new", "tmp"})
        QVERIFY(QDir().mkpath(maildir + u'/' + QLatin1String(sub)));
    QFile mail(maildir + QStringLiteral("/cur/1.host:2,"));
    QVERIFY(mail.open(QIODevice::WriteOnly));
    mail.write("From: a@example.org\nTo: me@example.org\nSubject: hi\nMessage-ID: <1@example.org>\n\nHello\n");
    mail.close();
    SourceConfig local;
    local.kind = QStringLiteral("maildir");
    local.name = QStringLiteral("Personal");
    local.location = maildir;
    const qint64 localId = store.addSource(local).result();

    // An IMAP account on a loopback port where nothing listens.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    imap::Account account;
    account.host = QStringLiteral("127.0.0.1");
    account.port = port;
    account.user = QStringLiteral("alice");
    SourceConfig remote;
    remote.name = QStringLiteral("Work");
    account.toConfig(remote);
    const qint64 remoteId = store.addSource(remote).result();
    imap::ImapSource::setDefaultPasswordProvider([](const imap::Account &, QString *) { return QStringLiteral("x"); });

    SyncManager sync(&store, AppConfig{}, dir.path());
    SyncScheduler scheduler(&sync, &store);
    SourceStatusModel model(&store, &scheduler);
    MainWindow window(&store);
    SourceListView *view = window.sidebar()->sourceList();
    view->setModel(&model);
    window.resize(1100, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    scheduler.start();
    QSignalSpy done(&sync, &SyncManager::allFinished);
    sync.syncAll();
    QVERIFY(done.wait(30000));

    QCOMPARE(model.rowCount(), 2);
    const QModelIndex localRow = model.index(model.rowOf(localId), 0);
    const QModelIndex remoteRow = model.index(model.rowOf(remoteId), 0);
    QCOMPARE(localRow.data().toString(), QStringLiteral("Personal"));
    QCOMPARE(localRow.data(SourceStatusModel::StatusLineRole).toString(), QStringLiteral("Synced just now"));
    QCOMPARE(remoteRow.data().toString(), QStringLiteral("Work"));
    QTRY_VERIFY2(remoteRow.data(SourceStatusModel::StatusLineRole).toString().startsWith(QStringLiteral("Offline · retrying in")),
                 qPrintable(remoteRow.data(SourceStatusModel::StatusLineRole).toString() + u' ' + remoteRow.data(Qt::ToolTipRole).toString()));
    const QString tip = remoteRow.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QLatin1String("refused")), qPrintable(tip));
    QVERIFY2(tip.contains(QLatin1String("Attempt 1 failed; trying again in")), qPrintable(tip));
    QVERIFY(view->isVisible());
    QVERIFY(view->height() >= view->sizeHintForRow(0) * 2);  // both rows visible, no scrolling

    // The menu: IMAP rows can be edited, Maildir rows cannot; Sync now asks for a sync.
    QSignalSpy syncAsked(view, &SourceListView::syncRequested);
    QSignalSpy editAsked(view, &SourceListView::editRequested);
    // After the row's own entries come the kinds' own commands (SourceEditor::Action).
    QStringList kindCommands;
    for (QAction *a : SourceEditors::instance().createKindActions(this))
        kindCommands << a->text();
    const QStringList remoteMenu = menuOf(view, remoteRow.row(), QStringLiteral("Edit account…"));
    // Mail sources offer the screener switch (issue 14), on by default.
    QCOMPARE(remoteMenu, (QStringList{QStringLiteral("Sync now"), QStringLiteral("Edit account…"),
                                      QStringLiteral("Screen new senders"), QStringLiteral("Remove source…")}
                          + kindCommands));
    QCOMPARE(editAsked.size(), 1);
    QCOMPARE(editAsked.first().first().toLongLong(), remoteId);
    const QStringList localMenu = menuOf(view, localRow.row(), QStringLiteral("Sync now"));
    QCOMPARE(localMenu, (QStringList{QStringLiteral("Sync now"), QStringLiteral("Screen new senders"),
                                     QStringLiteral("Remove source…")} + kindCommands));
    QCOMPARE(syncAsked.size(), 1);
    QCOMPARE(syncAsked.first().first().toLongLong(), localId);
    // Unticking "Screen new senders" turns the screener off for that source only.
    QVERIFY(store.source(localId)->settings.value(QStringLiteral("screener"), true).toBool());
    menuOf(view, localRow.row(), QStringLiteral("Screen new senders"));
    QTRY_VERIFY(!store.source(localId)->settings.value(QStringLiteral("screener"), true).toBool());
    QVERIFY(store.source(remoteId)->settings.value(QStringLiteral("screener"), true).toBool());

    if (const QByteArray out = qgetenv("FOCUSINBOX_GRAB_SOURCES"); !out.isEmpty())
        window.grab().save(QString::fromLocal8Bit(out));
    imap::ImapSource::setDefaultPasswordProvider({});
}

namespace {
/// The listener of the test's inbound kind: refuses to start while `refuse` is set.
class TestListener : public PushWatcher {
public:
    using PushWatcher::PushWatcher;
    static inline bool refuse = true;
    void start() override
    {
        if (refuse)
            Q_EMIT failed(QStringLiteral("Cannot listen on 127.0.0.1:18999: the address is already in use"));
        else
            Q_EMIT established();
    }
};
} // namespace

void TestSourceList::inboundSourceOffersListenAgainOnlyWhenItFailed()
{
    SourceKind inbound;
    inbound.key = QStringLiteral("test-inbound");
    inbound.displayNameText = "Inbound (test)";
    inbound.icon = QStringLiteral(":/sources/webhook/webhook.svg");
    inbound.capabilities = SourceKind::Capability::Inbound;
    inbound.createConnector = [](const SourceConfig &) { return std::make_unique<TestListener>(); };
    SourceRegistry::instance().registerKind(inbound);

    QTemporaryDir dir;
    ItemStore store(dir.filePath(QStringLiteral("inbox.sqlite")));
    QCOMPARE(store.open(), OpenError::None);
    SourceConfig config;
    config.kind = inbound.key;
    config.name = QStringLiteral("Hooks");
    config.location = QStringLiteral("test:18999");
    const qint64 id = store.addSource(config).result();
    TestListener::refuse = true;
    SyncManager sync(&store, AppConfig{}, dir.path());
    SyncScheduler scheduler(&sync, &store);
    SourceStatusModel model(&store, &scheduler);
    MainWindow window(&store);
    SourceListView *view = window.sidebar()->sourceList();
    view->setModel(&model);
    connect(view, &SourceListView::syncRequested, &scheduler, &SyncScheduler::retryNow);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    scheduler.start();

    const QModelIndex row = model.index(model.rowOf(id), 0);
    QTRY_COMPARE(row.data(SourceStatusModel::StateRole).toInt(), int(SourceStatus::State::Failed));
    const QString line = row.data(SourceStatusModel::StatusLineRole).toString();
    QVERIFY2(line.startsWith(QStringLiteral("Not listening · retrying in")), qPrintable(line));
    QVERIFY2(row.data(Qt::ToolTipRole).toString().contains(QLatin1String("already in use")),
             qPrintable(row.data(Qt::ToolTipRole).toString()));
    QStringList kindCommands;
    for (QAction *a : SourceEditors::instance().createKindActions(this))
        kindCommands << a->text();
    // Failed: the user may start the listener again; it is never "synced".
    TestListener::refuse = false;
    QCOMPARE(menuOf(view, row.row(), QStringLiteral("Listen again")),
             (QStringList{QStringLiteral("Listen again"), QStringLiteral("Remove source…")} + kindCommands));
    QTRY_VERIFY(row.data(SourceStatusModel::PushActiveRole).toBool());
    QCOMPARE(row.data(SourceStatusModel::StateRole).toInt(), int(SourceStatus::State::Idle));
    QCOMPARE(menuOf(view, row.row(), QString()), (QStringList{QStringLiteral("Remove source…")} + kindCommands));
    SourceRegistry::instance().unregisterKind(inbound.key);
}

QTEST_MAIN(TestSourceList)
#include "tst_sourcelist.moc"
