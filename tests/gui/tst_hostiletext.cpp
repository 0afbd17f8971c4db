// Text from strangers is text (issue 9): subjects, senders, snippets, folder and source names
// and a server's error text that look like HTML go through the item list (painting and
// tooltip), the reading pane, the breakthrough alert, the sync status, the Sources list's
// tooltip, message boxes and the notification body, and must be shown literally. Nothing
// they name may be read: an <img> pointing at a FIFO (a watchdog thread notices any reader
// and releases it) or at a real image file (inotify notices any open) proves it.
#include "fifotrap.h"
#include "openwatch.h"
#include "focus/breakthroughalert.h"
#include "inboxfixture.h"
#include "inboxlistview.h"
#include "mainwindow.h"
#include "plaintext.h"
#include "readingpane.h"
#include "sourcelistview.h"
#include "sources/imap/imapaccount.h"
#include "sources/imap/imapsource.h"
#include "sync/sourcestatusmodel.h"
#include "sync/syncmanager.h"
#include "sync/syncscheduler.h"
#include "config/appconfig.h"
#include "tiersidebar.h"

#include <QApplication>
#include <QHelpEvent>
#include <QImage>
#include <QLabel>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextBrowser>
#include <QThreadPool>
#include <QTextDocumentFragment>
#include <QToolTip>

#include <atomic>
#include <chrono>
#include <thread>

#include <cerrno>
#include <fcntl.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace fi;
using namespace fitest;
using fi::test::FifoTrap;
using fi::test::OpenWatch;

namespace {

/// The text a user sees in @p label: its text when plain, else what Qt's HTML makes of it.
QString shownText(const QLabel *label)
{
    const QString text = label->text();
    const bool rich = label->textFormat() == Qt::RichText
        || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
    return rich ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

/// What QToolTip shows for @p tip (it renders HTML whenever Qt::mightBeRichText says so).
QString shownToolTip(const QString &tip)
{
    return Qt::mightBeRichText(tip) ? QTextDocumentFragment::fromHtml(tip).toPlainText() : tip;
}

QLabel *visibleToolTipLabel()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->objectName() == QLatin1String("qtooltip_label") && w->isVisible())
            return qobject_cast<QLabel *>(w);
    }
    return nullptr;
}

/// Sends a tooltip request for @p index of @p view, as hovering does. @return the shown label.
QLabel *hoverToolTip(QAbstractItemView *view, const QModelIndex &index)
{
    QToolTip::hideText();
    QCoreApplication::processEvents();
    const QPoint pos = view->visualRect(index).topLeft() + QPoint(4, 4);
    QHelpEvent event(QEvent::ToolTip, pos, view->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(view->viewport(), &event);
    QLabel *label = nullptr;
    if (!QTest::qWaitFor([&label] { return (label = visibleToolTipLabel()) != nullptr; }, 3000))
        return nullptr;
    if (label)
        label->grab();  // lay out and paint: any image would be loaded now
    return label;
}

/// Every QLabel under @p root whose text contains @p hostile, all made visible and painted.
QList<QLabel *> labelsShowing(QWidget *root, const QString &hostile)
{
    root->grab();
    QList<QLabel *> found;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->text().contains(hostile) || shownText(label).contains(hostile))
            found << label;
    }
    return found;
}

/// Just enough of an IMAP server on loopback to log in and then refuse every other command
/// with @p text as the response text (Dovecot never puts markup into its error texts).
class RefusingImapServer : public QTcpServer {
public:
    explicit RefusingImapServer(QByteArray text) : m_text(std::move(text))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                socket->setParent(this);
                socket->write("* OK [CAPABILITY IMAP4rev1] ready\r\n");
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { answer(socket); });
            }
        });
    }

private:
    void answer(QTcpSocket *socket)
    {
        while (socket->canReadLine()) {
            const QByteArray line = socket->readLine().trimmed();
            const QList<QByteArray> words = line.split(' ');
            const QByteArray tag = words.value(0);
            const QByteArray command = words.value(1).toUpper();
            if (command == "CAPABILITY")
                socket->write("* CAPABILITY IMAP4rev1\r\n" + tag + " OK done\r\n");
            else if (command == "LOGIN")
                socket->write(tag + " OK logged in\r\n");
            else if (command == "LOGOUT")
                socket->write("* BYE\r\n" + tag + " OK bye\r\n");
            else
                socket->write(tag + " NO " + m_text + "\r\n");
        }
    }

    QByteArray m_text;
};

} // namespace

class TestHostileText : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_fifo;
    QString m_image;
    std::unique_ptr<FifoTrap> m_trap;
    std::unique_ptr<OpenWatch> m_watch;

    /// Nothing opened the FIFO or the image since the last check.
    void verifyNothingRead()
    {
        QCoreApplication::processEvents();
        QTest::qWait(50);  // the trap thread polls every 2 ms
        QCOMPARE(m_trap->readers(), 0);
        QCOMPARE(m_watch->events(), 0);
    }

    /// The hostile texts every test runs with.
    void hostile_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("img-devzero") << QStringLiteral("<img src=\"file:///dev/zero\">");
        QTest::newRow("img-fifo") << QStringLiteral("<img src=\"file://%1\">").arg(m_fifo);
        QTest::newRow("img-file") << QStringLiteral("<img src=\"%1\"> look").arg(QUrl::fromLocalFile(m_image).toString());
        QTest::newRow("img-path") << QStringLiteral("<img src=\"%1\">").arg(m_image);
        QTest::newRow("a-href") << QStringLiteral("<a href=\"file:///etc/passwd\">x</a>");
        QTest::newRow("bold") << QStringLiteral("<b>bold</b> & <i>more</i>");
        QTest::newRow("entity") << QStringLiteral("&lt;3 &amp; a &#60;b&#62;");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<fi::SyncResult>();
        qRegisterMetaType<fi::SyncTotals>();
        QVERIFY(m_dir.isValid());
        m_fifo = m_dir.filePath(QStringLiteral("trap.fifo"));
        m_trap = std::make_unique<FifoTrap>(m_fifo);
        QVERIFY(m_trap->ok());
        m_image = m_dir.filePath(QStringLiteral("secret.png"));
        QImage image(64, 64, QImage::Format_RGB32);
        image.fill(Qt::red);
        QVERIFY(image.save(m_image));
        m_watch = std::make_unique<OpenWatch>(m_image);
        QVERIFY(m_watch->ok());
        QCOMPARE(m_watch->events(), 0);
    }

    void readingPaneAndList_data() { hostile_data(); }
    void readingPaneAndList()
    {
        QFETCH(QString, text);
        QTemporaryDir dir;
        ItemStore store(dir.filePath(QStringLiteral("inbox.sqlite")));
        QCOMPARE(store.open(), OpenError::None);
        SourceConfig config;
        config.kind = QStringLiteral("maildir");
        config.name = text;  // a source name is text from outside too (a feed's title)
        config.location = dir.filePath(QStringLiteral("Maildir"));
        const qint64 sourceId = store.addSource(config).result();
        QVERIFY(sourceId > 0);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        Item item = makeItem(QStringLiteral("h1"), QStringLiteral("x"), text, Tier::Now, now - kMinute, now + kHour);
        item.record.from = {text, QStringLiteral("mallory@example.org")};
        item.record.to = {{text, QStringLiteral("me@example.org")}};
        item.record.snippet = QStringLiteral("Snippet: ") + text;
        item.record.folder = text;
        item.tierReason = text;
        StoreBatch batch;
        batch.sourceId = sourceId;
        batch.upserts = {item};
        QVERIFY(store.applyBatch(batch).result().ok);

        MainWindow window(&store);
        window.setBodyLoader([text](const Item &) { return std::optional<QString>(text); });
        window.resize(1100, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(settle(window.inboxModel(), &store));
        QCOMPARE(window.inboxModel()->rowCount(), 1);
        ReadingPane *pane = window.readingPane();
        window.itemList()->setCurrentIndex(window.inboxModel()->index(0));
        QTRY_VERIFY(pane->itemId() > 0);
        QTRY_COMPARE(pane->bodyText(), text);  // the body loader's text replaced the snippet
        window.grab();  // the list row is painted by the delegate (drawText: plain by nature)

        // The reading pane: subject, from, to, source, tier are plain labels showing the text as is.
        const QList<QLabel *> labels = labelsShowing(pane, text);
        QVERIFY2(labels.size() >= 5, qPrintable(QString::number(labels.size())));
        bool subjectShown = false;
        for (QLabel *label : labels) {
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->text()));
            QVERIFY2(shownText(label).contains(text), qPrintable(shownText(label)));
            subjectShown = subjectShown || shownText(label) == text;
        }
        QVERIFY(subjectShown);
        // The body: as plain text, and its browser resolves no resource whatever the document says.
        auto *browser = pane->findChild<QTextBrowser *>();
        QVERIFY(browser);
        QVERIFY(!browser->loadResource(QTextDocument::ImageResource, QUrl::fromLocalFile(m_image)).isValid());
        QVERIFY(!browser->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("secret.png"))).isValid());
        QVERIFY(browser->searchPaths().isEmpty());
        verifyNothingRead();

        // The list's tooltip (sender and subject) shows the text literally.
        QLabel *tip = hoverToolTip(window.itemList(), window.inboxModel()->index(0));
        QVERIFY(tip);
        QVERIFY2(shownText(tip).contains(text + QStringLiteral(" <mallory@example.org>")), qPrintable(tip->text()));
        QVERIFY2(shownText(tip).endsWith(text), qPrintable(tip->text()));
        QToolTip::hideText();
        verifyNothingRead();

        // The sync status in the status bar names the source.
        window.setSyncProgress(sourceId, text, 1, 3);
        const QList<QLabel *> status = labelsShowing(&window, QStringLiteral("Syncing ") + text);
        QCOMPARE(status.size(), 1);
        QCOMPARE(status.first()->textFormat(), Qt::PlainText);
        QCOMPARE(shownText(status.first()), QStringLiteral("Syncing %1 · 1/3").arg(text));
        QCOMPARE(shownToolTip(status.first()->parentWidget()->toolTip()), QStringLiteral("Syncing %1 · 1/3").arg(text));
        verifyNothingRead();
    }

    void breakthroughAlert_data() { hostile_data(); }
    void breakthroughAlert()
    {
        QFETCH(QString, text);
        Item item = makeItem(QStringLiteral("b1"), QStringLiteral("x"), text, Tier::Now, 0, std::nullopt);
        item.id = 7;
        item.sourceName = text;
        item.record.from = {text, QStringLiteral("mallory@example.org")};
        BreakthroughAlert alert;
        alert.showItem(item);
        QVERIFY(QTest::qWaitForWindowExposed(&alert));
        QCOMPARE(alert.windowTitle(), BreakthroughAlert::windowTitleText());
        const QList<QLabel *> labels = labelsShowing(&alert, text);
        QCOMPARE(labels.size(), 2);  // header (tier · source · sender) and subject
        bool subjectShown = false;
        for (QLabel *label : labels) {
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->text()));
            subjectShown = subjectShown || shownText(label) == text;
        }
        QVERIFY(subjectShown);
        verifyNothingRead();
    }

    void notificationBody_data() { hostile_data(); }
    void notificationBody()
    {
        QFETCH(QString, text);
        const QString body = notificationBodyMarkup(text);
        QVERIFY(!body.contains(u'<'));
        QVERIFY(!body.contains(u'>'));
        // A server that interprets the body's markup shows exactly the text.
        QCOMPARE(QTextDocumentFragment::fromHtml(body).toPlainText(), text);
        QCOMPARE(notificationBodyMarkup(QStringLiteral("Plain, \"quoted\" text")), QStringLiteral("Plain, \"quoted\" text"));
    }

    void toolTipsAndMessageBoxes_data() { hostile_data(); }
    void toolTipsAndMessageBoxes()
    {
        QFETCH(QString, text);
        const QString twoLines = text + QStringLiteral("\nsecond line");
        QCOMPARE(shownToolTip(plainToolTip(twoLines)), twoLines);
        QCOMPARE(plainToolTip(QString()), QString());
        std::unique_ptr<QMessageBox> box(createPlainMessageBox(nullptr, QMessageBox::Warning, QStringLiteral("t"),
                                                               QStringLiteral("Remove “%1”?").arg(text)));
        QCOMPARE(box->textFormat(), Qt::PlainText);
        box->show();
        QVERIFY(QTest::qWaitForWindowExposed(box.get()));
        const QList<QLabel *> labels = labelsShowing(box.get(), text);
        QCOMPARE(labels.size(), 1);
        QCOMPARE(shownText(labels.first()), QStringLiteral("Remove “%1”?").arg(text));
        box->close();
        verifyNothingRead();
    }

    void sourceErrorToolTip_data() { hostile_data(); }
    void sourceErrorToolTip()
    {
        QFETCH(QString, text);
        QTemporaryDir dir;
        ItemStore store(dir.filePath(QStringLiteral("inbox.sqlite")));
        QCOMPARE(store.open(), OpenError::None);
        // A Maildir source whose path does not exist: the error text quotes the path.
        SourceConfig config;
        config.kind = QStringLiteral("maildir");
        config.name = text;
        config.location = dir.filePath(text);
        const qint64 sourceId = store.addSource(config).result();
        QVERIFY(sourceId > 0);
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
        const QModelIndex row = model.index(model.rowOf(sourceId), 0);
        QTRY_VERIFY(row.data(Qt::ToolTipRole).toString().contains(config.location));
        window.grab();
        QLabel *tip = hoverToolTip(view, row);
        QVERIFY(tip);
        QVERIFY2(shownText(tip).contains(QStringLiteral("\"%1\"").arg(config.location)), qPrintable(tip->text()));
        QToolTip::hideText();
        verifyNothingRead();
    }

    void imapErrorToolTip_data() { hostile_data(); }
    void imapErrorToolTip()
    {
        QFETCH(QString, text);
        RefusingImapServer server(text.toUtf8());
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QTemporaryDir dir;
        ItemStore store(dir.filePath(QStringLiteral("inbox.sqlite")));
        QCOMPARE(store.open(), OpenError::None);
        imap::Account account;
        account.host = QStringLiteral("127.0.0.1");
        account.port = server.serverPort();
        account.user = QStringLiteral("alice");
        account.security = imap::Security::None;  // plaintext is allowed on loopback
        SourceConfig config;
        config.name = QStringLiteral("Work");
        account.toConfig(config);
        const qint64 sourceId = store.addSource(config).result();
        QVERIFY(sourceId > 0);
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
        const QModelIndex row = model.index(model.rowOf(sourceId), 0);
        // The server's own words are in the error the tooltip shows.
        QTRY_VERIFY2(row.data(Qt::ToolTipRole).toString().contains(text), qPrintable(row.data(Qt::ToolTipRole).toString()));
        window.grab();
        QLabel *tip = hoverToolTip(view, row);
        QVERIFY(tip);
        QVERIFY2(shownText(tip).contains(text), qPrintable(tip->text()));
        QToolTip::hideText();
        imap::ImapSource::setDefaultPasswordProvider({});
        verifyNothingRead();
    }

    void cleanupTestCase()
    {
        QToolTip::hideText();
        verifyNothingRead();
        // Let the pool threads end now: their per-thread database connections are closed at
        // thread exit, which must not race with the process's static destructors.
        QThreadPool::globalInstance()->waitForDone();
    }
};

QTEST_MAIN(TestHostileText)
#include "tst_hostiletext.moc"
