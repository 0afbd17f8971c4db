// Per-kind UI from the registry of editors (views/sources/sourceeditors.h): File ▸ Add … and the
// Sources "+" menu have one action per registered editor, with the kind's icon; a kind and its
// editor registered at runtime show up there and in the source list's Edit entry with no other
// code naming it; the Maildir editor adds a folder as File ▸ Add Maildir… did.
#include "config/appconfig.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "sourcelistview.h"
#include "sources/imap/imapaccount.h"
#include "sources/imap/imapkind.h"
#include "sources/imap/imapsource.h"
#include "sources/feed/feedkind.h"
#include "sources/github/githubkind.h"
#include "sources/maildir/maildireditor.h"
#include "sources/maildir/maildirkind.h"
#include "sources/sourceeditors.h"
#include "sources/webhook/webhookkind.h"
#include "storage/itemstore.h"
#include "sync/sourcestatusmodel.h"
#include "sync/syncmanager.h"
#include "sync/syncscheduler.h"
#include "testkind.h"
#include "tiersidebar.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace fi;
using namespace fi::test;

namespace {

/// The "Add …" actions of @p menu (those whose data() is a kind key), in order.
QList<QAction *> addActions(const QMenu *menu)
{
    QList<QAction *> list;
    for (QAction *a : menu->actions())
        if (!a->data().toString().isEmpty())
            list << a;
    return list;
}

/// Whether @p icon paints something at 24 px (a broken resource paints nothing).
bool paintsSomething(const QIcon &icon)
{
    if (icon.isNull())
        return false;
    const QImage image = icon.pixmap(24, 24).toImage().convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(image.pixel(x, y)) > 0)
                return true;
    return false;
}

QString makeMaildir(const QString &root)
{
    for (const char *sub : {"cur", "new", "tmp"})
        QDir().mkpath(root + u'/' + QLatin1String(sub));
    return QFileInfo(root).canonicalFilePath();
}

/// An editor for the runtime test kind: its "add" dialog stores a source of that kind on accept.
SourceEditor tickEditor(const QString &kind)
{
    SourceEditor e;
    e.kind = kind;
    e.addText = "Add &ticker…";
    e.editText = "Edit ticker…";
    e.createAdd = [kind](const SourceEditorContext &context, QWidget *parent) {
        auto *dialog = new QDialog(parent);
        dialog->setObjectName(QStringLiteral("tickerDialog"));
        QObject::connect(dialog, &QDialog::accepted, dialog, [kind, context] {
            SourceConfig c;
            c.kind = kind;
            c.name = QStringLiteral("Ticker");
            c.location = QStringLiteral("test://ticker");
            const qint64 id = context.store->addSource(c).result();
            if (id > 0 && context.saved)
                context.saved(id);
        });
        return dialog;
    };
    e.createEdit = [](const SourceConfig &, const SourceEditorContext &, QWidget *parent) { return new QDialog(parent); };
    return e;
}

} // namespace

class TestSourceEditors : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void addMenusHaveOneActionPerEditor();
    void aKindRegisteredAtRuntimeGetsItsMenuEntries();
    void aKindsOwnCommandsAreInTheMenus();
    void maildirEditorAddsAFolder();
    void maildirChooserAddsTheChosenFolder();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ItemStore> m_store;
};

void TestSourceEditors::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<fi::SyncResult>();
    qRegisterMetaType<fi::SyncTotals>();
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ItemStore>(m_dir->filePath(QStringLiteral("store.sqlite")));
    QCOMPARE(m_store->open(), OpenError::None);
}

void TestSourceEditors::addMenusHaveOneActionPerEditor()
{
    MainWindow w(m_store.get());
    const QList<const SourceEditor *> editors = SourceEditors::instance().editors();
    QCOMPARE(editors.size(), 5);
    QCOMPARE(editors.at(0)->kind, maildir::kindKey());  // File menu order: Maildir, IMAP, feeds, GitHub, then the webhook
    QCOMPARE(editors.at(1)->kind, imap::kindKey());
    QCOMPARE(editors.at(2)->kind, feed::kindKey());
    QCOMPARE(editors.at(3)->kind, github::kindKey());
    QCOMPARE(editors.at(4)->kind, webhook::kindKey());

    QMenu *file = w.menuBar()->actions().value(0)->menu();
    QVERIFY(file);
    const QList<QAction *> inFile = addActions(file);
    QCOMPARE(inFile.size(), editors.size());
    QToolButton *plus = w.sidebar()->addSourceButton();
    QVERIFY(plus && plus->isVisibleTo(&w) && plus->menu());
    const QList<QAction *> inSidebar = addActions(plus->menu());
    QCOMPARE(inSidebar, inFile);  // the same actions
    QStringList texts;
    for (int i = 0; i < inFile.size(); ++i) {
        QCOMPARE(inFile.at(i)->data().toString(), editors.at(i)->kind);
        QVERIFY2(paintsSomething(inFile.at(i)->icon()), qPrintable(inFile.at(i)->text()));
        texts << inFile.at(i)->text();
    }
    QCOMPARE(texts, (QStringList{QStringLiteral("&Add Maildir…"), QStringLiteral("Add &IMAP account…"),
                                 QStringLiteral("Add &feed…"), QStringLiteral("Add &GitHub account…"),
                                 QStringLiteral("Add &webhook…")}));

    QSignalSpy requested(&w, &MainWindow::addSourceRequested);
    inSidebar.at(0)->trigger();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().first().toString(), maildir::kindKey());

    if (const QString out = qEnvironmentVariable("FOCUSINBOX_GRAB_KINDS"); !out.isEmpty()) {
        // The window with two sources (a synced Maildir, an unreachable IMAP account) and the
        // Sources "+" menu open; a popup is its own window, so it is painted onto the grab.
        QTemporaryDir dir;
        ItemStore store(dir.filePath(QStringLiteral("shot.sqlite")));
        QCOMPARE(store.open(), OpenError::None);
        const QString maildir = makeMaildir(dir.filePath(QStringLiteral("Personal")));
        store.addSource(maildir::configFor(maildir, QStringLiteral("Personal"))).result();
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        imap::Account account;
        account.host = QStringLiteral("127.0.0.1");
        account.port = port;
        account.user = QStringLiteral("ana@example.org");
        SourceConfig remote;
        remote.name = QStringLiteral("Work");
        account.toConfig(remote);
        store.addSource(remote).result();
        imap::ImapSource::setDefaultPasswordProvider([](const imap::Account &, QString *) { return QStringLiteral("x"); });
        SyncManager sync(&store, AppConfig{}, dir.path());
        SyncScheduler scheduler(&sync, &store);
        SourceStatusModel model(&store, &scheduler);
        MainWindow shot(&store);
        shot.sidebar()->sourceList()->setModel(&model);
        shot.resize(1000, 560);
        shot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&shot));
        scheduler.start();
        QSignalSpy done(&sync, &SyncManager::allFinished);
        sync.syncAll();
        QVERIFY(done.wait(30000));
        QToolButton *button = shot.sidebar()->addSourceButton();
        QMenu *menu = button->menu();
        menu->popup(button->mapToGlobal(QPoint(0, button->height())));
        QVERIFY(QTest::qWaitForWindowExposed(menu));
        QTest::qWait(200);
        QPixmap pixmap = shot.grab();
        QPainter painter(&pixmap);
        painter.drawPixmap(shot.mapFromGlobal(menu->mapToGlobal(QPoint(0, 0))), menu->grab());
        painter.end();
        QVERIFY(pixmap.save(out));
        menu->close();
        imap::ImapSource::setDefaultPasswordProvider({});
    }
}

void TestSourceEditors::aKindRegisteredAtRuntimeGetsItsMenuEntries()
{
    ScopedTestKind kind(tickKind(QStringLiteral("test-ticker"), 60));
    SourceEditors::instance().registerEditor(tickEditor(kind.key()));
    const auto unregister = qScopeGuard([&] { SourceEditors::instance().unregisterEditor(kind.key()); });

    // The Add menus: one more action, last, with the kind's icon; choosing it asks for that kind.
    MainWindow w(m_store.get());
    const QList<QAction *> inFile = addActions(w.menuBar()->actions().value(0)->menu());
    QCOMPARE(inFile.size(), SourceEditors::instance().editors().size());
    QCOMPARE(inFile.size(), 6);
    QCOMPARE(inFile.last()->text(), QStringLiteral("Add &ticker…"));
    QVERIFY(paintsSomething(inFile.last()->icon()));
    QCOMPARE(addActions(w.sidebar()->addSourceButton()->menu()), inFile);
    QSignalSpy requested(&w, &MainWindow::addSourceRequested);
    inFile.last()->trigger();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().first().toString(), kind.key());

    // Its add dialog stores a source of the kind; the source list offers the editor's Edit text.
    const SourceEditor *editor = SourceEditors::instance().editor(kind.key());
    QVERIFY(editor);
    QList<qint64> saved;
    SourceEditorContext context;
    context.store = m_store.get();
    context.saved = [&saved](qint64 id) { saved << id; };
    std::unique_ptr<QDialog> dialog(editor->createAdd(context, &w));
    dialog->accept();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(m_store->source(saved.first())->kind, kind.key());

    SyncManager sync(m_store.get(), AppConfig{}, m_dir->path());
    SyncScheduler scheduler(&sync, m_store.get());
    SourceStatusModel model(m_store.get(), &scheduler);
    SourceListView *view = w.sidebar()->sourceList();
    view->setModel(&model);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QModelIndex row = model.index(model.rowOf(saved.first()), 0);
    QVERIFY(row.isValid());
    QCOMPARE(row.data(SourceStatusModel::KindNameRole).toString(), QStringLiteral("Ticker (test)"));
    QStringList texts;
    QTimer::singleShot(0, this, [&texts] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *a : menu->actions())
            if (!a->isSeparator())
                texts << a->text();
        menu->close();
    });
    view->showMenuFor(row, view->mapToGlobal(view->visualRect(row).center()));
    QCOMPARE(texts.mid(0, 3), (QStringList{QStringLiteral("Sync now"), QStringLiteral("Edit ticker…"),
                                           QStringLiteral("Remove source…")}));
    QCOMPARE(texts.size(), 3 + SourceEditors::instance().createKindActions(this).size());  // then the kinds' own commands
    view->setModel(nullptr);
    m_store->removeSource(saved.first()).waitForFinished();
}

void TestSourceEditors::aKindsOwnCommandsAreInTheMenus()
{
    // A kind registered at runtime with a kind-wide command (SourceEditor::Action): it shows up
    // in the File menu, the Sources "+" menu and the source list's menu (on a row and on empty
    // space), and choosing it asks for exactly that kind and command. No generic code names it.
    ScopedTestKind kind(tickKind(QStringLiteral("test-ticker"), 60));
    SourceEditor e = tickEditor(kind.key());
    SourceEditor::Action reset;
    reset.id = QStringLiteral("reset");
    reset.text = "&Reset all tickers…";
    reset.create = [](const SourceEditorContext &, QWidget *parent) {
        auto *d = new QDialog(parent);
        d->setObjectName(QStringLiteral("resetDialog"));
        return d;
    };
    e.actions = {reset};
    SourceEditors::instance().registerEditor(e);
    const auto unregister = qScopeGuard([&] { SourceEditors::instance().unregisterEditor(kind.key()); });
    QCOMPARE(SourceEditors::instance().action(kind.key(), QStringLiteral("reset"))->text, reset.text);
    QVERIFY(!SourceEditors::instance().action(kind.key(), QStringLiteral("nope")));

    MainWindow w(m_store.get());
    auto find = [&](const QMenu *menu) -> QAction * {
        for (QAction *a : menu->actions())
            if (SourceEditors::actionKind(a) == kind.key() && SourceEditors::actionId(a) == u"reset")
                return a;
        return nullptr;
    };
    QAction *inFile = find(w.menuBar()->actions().value(0)->menu());
    QVERIFY(inFile);
    QCOMPARE(inFile->text(), QStringLiteral("&Reset all tickers…"));
    QVERIFY(inFile->data().toString().isEmpty());  // not an "Add" entry
    QCOMPARE(find(w.sidebar()->addSourceButton()->menu()), inFile);
    QSignalSpy requested(&w, &MainWindow::sourceActionRequested);
    inFile->trigger();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().at(0).toString(), kind.key());
    QCOMPARE(requested.first().at(1).toString(), QStringLiteral("reset"));

    // The source list's menu: on empty space only the kinds' commands; choosing one is forwarded.
    SourceListView *view = w.sidebar()->sourceList();
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy fromList(view, &SourceListView::sourceActionRequested);
    QStringList texts;
    QTimer::singleShot(0, this, [&texts, kindKey = kind.key()] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        QAction *chosen = nullptr;
        for (QAction *a : menu->actions()) {
            texts << a->text();
            if (SourceEditors::actionKind(a) == kindKey)
                chosen = a;
        }
        menu->close();
        if (chosen)
            chosen->trigger();
    });
    view->showMenuFor(QModelIndex(), view->mapToGlobal(QPoint(2, 2)));
    QVERIFY(texts.contains(QStringLiteral("&Reset all tickers…")));
    QVERIFY(!texts.contains(QStringLiteral("Sync now")));
    QCOMPARE(fromList.size(), 1);
    QCOMPARE(fromList.first().at(0).toString(), kind.key());
    QCOMPARE(fromList.first().at(1).toString(), QStringLiteral("reset"));
}

void TestSourceEditors::maildirEditorAddsAFolder()
{
    QTemporaryDir dir;
    const QString path = makeMaildir(dir.filePath(QStringLiteral("Personal")));
    QList<qint64> saved;
    SourceEditorContext context;
    context.store = m_store.get();
    context.myAddresses = {QStringLiteral("me@example.org")};  // "me" is known: no question
    context.saved = [&saved](qint64 id) { saved << id; };

    const qint64 id = maildir::addFolder(path, context, nullptr);
    QVERIFY(id > 0);
    QCOMPARE(saved, QList<qint64>{id});
    const std::optional<SourceConfig> added = m_store->source(id);
    QVERIFY(added);
    QCOMPARE(added->kind, maildir::kindKey());
    QCOMPARE(added->name, QStringLiteral("Personal"));
    QCOMPARE(added->location, path);
    QCOMPARE(maildir::addFolder(path, context, nullptr), 0);  // already there: nothing added
    QCOMPARE(saved.size(), 1);

    // Not a Maildir: a warning, nothing stored.
    QString warning;
    QTimer::singleShot(0, this, [&warning] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            warning = box->text();
            box->accept();
        }
    });
    const int before = m_store->sources().size();
    QCOMPARE(maildir::addFolder(dir.path(), context, nullptr), 0);
    QVERIFY2(warning.contains(QLatin1String("not a Maildir")), qPrintable(warning));
    QCOMPARE(m_store->sources().size(), before);
    m_store->removeSource(id).waitForFinished();
}

void TestSourceEditors::maildirChooserAddsTheChosenFolder()
{
    QTemporaryDir dir;
    const QString path = makeMaildir(dir.filePath(QStringLiteral("Lists")));
    const SourceEditor *editor = SourceEditors::instance().editor(maildir::kindKey());
    QVERIFY(editor && editor->createAdd && !editor->createEdit && editor->firstRunOffer);
    QList<qint64> saved;
    SourceEditorContext context;
    context.store = m_store.get();
    context.myAddresses = {QStringLiteral("me@example.org")};
    context.saved = [&saved](qint64 id) { saved << id; };
    QWidget parent;
    QPointer<QDialog> dialog = editor->createAdd(context, &parent);
    auto *chooser = qobject_cast<QFileDialog *>(dialog.data());
    QVERIFY(chooser);
    QCOMPARE(chooser->fileMode(), QFileDialog::Directory);
    chooser->setOption(QFileDialog::DontUseNativeDialog);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setDirectory(dir.path());
    chooser->selectFile(path);
    chooser->open();
    QMetaObject::invokeMethod(chooser, "accept");  // as the Choose button does
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(m_store->source(saved.first())->location, path);
    QTRY_VERIFY(!dialog);  // closed and deleted like any editor dialog
    m_store->removeSource(saved.first()).waitForFinished();
}

QTEST_MAIN(TestSourceEditors)
#include "tst_sourceeditors.moc"
