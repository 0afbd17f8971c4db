// Items that are not mail in the views (issue 10): the reading pane shows content stored with
// the item through the HTML sanitizer (nothing it names is read: a FIFO trap and an inotify
// watch prove it) instead of asking the kind's body loader, mail still loads on demand;
// "Open in source" is offered only for http(s) URLs and opens them with QDesktopServices; a
// sender with a non-email handle is shown as "Name (handle)", as plain text.
#include "fifotrap.h"
#include "openwatch.h"
#include "inboxfixture.h"
#include "inboxlistview.h"
#include "mainwindow.h"
#include "readingpane.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QImage>
#include <QLabel>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QToolButton>

#include <atomic>

#include <sys/inotify.h>
#include <unistd.h>

using namespace fi;
using namespace fitest;
using fi::test::FifoTrap;
using fi::test::OpenWatch;

namespace {

} // namespace

/// Receives the URLs QDesktopServices would hand to the browser (QDesktopServices::setUrlHandler).
class UrlSink : public QObject {
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened << url; }
};

class TestNonMailViews : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_fifo;
    QString m_image;
    std::unique_ptr<FifoTrap> m_trap;
    std::unique_ptr<OpenWatch> m_watch;
    UrlSink m_sink;

    void verifyNothingRead()
    {
        QCoreApplication::processEvents();
        QTest::qWait(50);  // the trap thread polls every 2 ms
        QCOMPARE(m_trap->readers(), 0);
        QCOMPARE(m_watch->events(), 0);
    }

    /// A feed entry: a web page, an author with a handle, HTML content.
    static Item feedEntry(const QString &remoteId, const QString &title, const QString &html, qint64 now)
    {
        Item item = makeItem(remoteId, QStringLiteral("Release Notes"), title, Tier::Reference, now - kHour,
                             std::nullopt);
        item.record.from = {QStringLiteral("Ana Silva"), QString(), QStringLiteral("@anasilva")};
        item.record.to.clear();
        item.record.messageId.clear();
        item.record.url = QStringLiteral("https://blog.example.org/posts/%1").arg(remoteId);
        item.record.snippet = QStringLiteral("Snippet of ") + title;
        item.record.content.body = html;
        item.tierReason = QStringLiteral("kind-default");
        return item;
    }

    /// Selects the row of item @p id and waits until the pane shows it.
    static bool select(MainWindow &window, qint64 id)
    {
        window.itemList()->selectItemId(id);
        return QTest::qWaitFor([&] { return window.readingPane()->itemId() == id; }, 5000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
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
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_sink, "open");
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_sink, "open");
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &m_sink, "open");
        QDesktopServices::setUrlHandler(QStringLiteral("javascript"), &m_sink, "open");
    }

    void cleanupTestCase()
    {
        for (const char *scheme : {"https", "http", "file", "javascript"})
            QDesktopServices::unsetUrlHandler(QString::fromLatin1(scheme));
    }

    /// Stored HTML is shown through the sanitizer, never through the body loader; the body
    /// browser reads nothing it names. Mail (no stored content) still asks the body loader.
    void inlineContentIsShownSanitized()
    {
        InboxFixture fx;
        QVERIFY(fx.open());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QString html = QStringLiteral(
            "<html><head><title>T</title><style>p { background: url(%2) }</style></head><body>"
            "<h1>Release 2.0</h1><p>Read <b>this</b> &amp; more"
            "<img src=\"file://%1\"><img src=\"%2\"><img src=\"%3\">"
            "<a href=\"file:///etc/passwd\">the notes</a></p>"
            "<script>document.write('pwned')</script></body></html>")
                                 .arg(m_fifo, QUrl::fromLocalFile(m_image).toString(), m_image);
        Item entry = feedEntry(QStringLiteral("e1"), QStringLiteral("Release 2.0 is out"), html, now);
        Item mail = makeItem(QStringLiteral("m1"), QStringLiteral("Bob Mail"), QStringLiteral("Lunch?"),
                             Tier::Reference, now - 2 * kHour, std::nullopt);
        QVERIFY(fx.add({entry, mail}));
        const qint64 entryId = fx.idOf(QStringLiteral("e1"));
        const qint64 mailId = fx.idOf(QStringLiteral("m1"));

        MainWindow window(fx.store.get());
        std::atomic<int> loaderCalls{0};
        std::atomic<qint64> loadedId{0};
        window.setBodyLoader([&loaderCalls, &loadedId](const Item &item) {
            ++loaderCalls;
            loadedId = item.id;
            return std::optional<QString>(QStringLiteral("Body from the source"));
        });
        window.resize(1100, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showView(InboxView::Reference);
        QVERIFY(settle(window.inboxModel(), fx.store.get()));
        QCOMPARE(window.inboxModel()->rowCount(), 2);

        ReadingPane *pane = window.readingPane();
        QVERIFY(select(window, entryId));
        // (The pane may have shown the entry already: the first row is selected on load.)
        QTRY_VERIFY2(pane->bodyText().contains(QStringLiteral("Read this")), qPrintable(pane->bodyText()));
        const QString body = pane->bodyText();
        QVERIFY2(body.contains(QStringLiteral("Release 2.0")), qPrintable(body));
        QVERIFY2(body.contains(QStringLiteral("Read this & more")), qPrintable(body));
        QVERIFY2(body.contains(QStringLiteral("the notes")), qPrintable(body));
        for (const QString &hidden : {QStringLiteral("<"), QStringLiteral("pwned"), QStringLiteral("background"),
                                      QStringLiteral("secret.png"), QStringLiteral("trap.fifo")})
            QVERIFY2(!body.contains(hidden), qPrintable(hidden + QStringLiteral(" in ") + body));
        QCOMPARE(loaderCalls.load(), 0);  // the kind's loader was not asked
        auto *browser = pane->findChild<QTextBrowser *>();
        QVERIFY(browser);
        QVERIFY(browser->toHtml().indexOf(QStringLiteral("<img")) < 0);
        QVERIFY(!browser->loadResource(QTextDocument::ImageResource, QUrl::fromLocalFile(m_image)).isValid());
        window.grab();  // lay out and paint everything
        verifyNothingRead();

        // Mail: loaded on demand from its source, as before.
        QVERIFY(select(window, mailId));
        QTRY_COMPARE(pane->bodyText(), QStringLiteral("Body from the source"));
        QCOMPARE(loaderCalls.load(), 1);
        QCOMPARE(loadedId.load(), mailId);
    }

    /// "Open in source": offered only for http(s) URLs with a host; opens them with
    /// QDesktopServices; shown in the reading pane's header only when offered.
    void openInSourceOnlyForHttpUrls()
    {
        InboxFixture fx;
        QVERIFY(fx.open());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QList<QPair<QString, bool>> urls = {
            {QStringLiteral("https://blog.example.org/posts/1"), true},
            {QStringLiteral("http://news.example.com/a?b=c#d"), true},
            {QStringLiteral("HTTPS://Example.org/x"), true},
            {QString(), false},
            {QStringLiteral("file:///etc/passwd"), false},
            {QStringLiteral("javascript:alert(1)"), false},
            {QStringLiteral("https://"), false},
            {QStringLiteral("/relative/path"), false},
            {QStringLiteral("ftp://files.example.org/x"), false},
        };
        QList<Item> items;
        for (int i = 0; i < urls.size(); ++i) {
            Item item = feedEntry(QStringLiteral("u%1").arg(i), QStringLiteral("Entry %1").arg(i), QString(),
                                  now - i * kMinute);
            item.record.url = urls.at(i).first;
            items << item;
        }
        QVERIFY(fx.add(items));

        MainWindow window(fx.store.get());
        window.resize(1100, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showView(InboxView::Reference);
        QVERIFY(settle(window.inboxModel(), fx.store.get()));

        QAction *action = nullptr;
        for (QAction *a : window.findChildren<QAction *>())
            if (a->text() == QStringLiteral("Open in &source"))
                action = a;
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::Key_V));
        bool inItemMenu = false;
        for (QAction *menu : window.menuBar()->actions())
            inItemMenu = inItemMenu || (menu->menu() && menu->menu()->actions().contains(action));
        QVERIFY(inItemMenu);
        QToolButton *button = nullptr;
        for (QToolButton *b : window.readingPane()->findChildren<QToolButton *>())
            if (b->defaultAction() == action)
                button = b;
        QVERIFY(button);

        for (int i = 0; i < urls.size(); ++i) {
            const auto &[url, offered] = urls.at(i);
            QVERIFY(select(window, fx.idOf(QStringLiteral("u%1").arg(i))));
            QVERIFY2(action->isEnabled() == offered, qPrintable(url));
            QVERIFY2(button->isVisible() == offered, qPrintable(url));
            m_sink.opened.clear();
            action->trigger();
            if (offered) {
                QCOMPARE(m_sink.opened.size(), 1);
                QCOMPARE(m_sink.opened.first(), QUrl(url));
                QVERIFY2(button->toolTip().contains(QUrl(url).toDisplayString()), qPrintable(button->toolTip()));
            } else {
                QVERIFY2(m_sink.opened.isEmpty(), qPrintable(url));
            }
        }

        // The shortcut, as a user presses it.
        QVERIFY(select(window, fx.idOf(QStringLiteral("u0"))));
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        m_sink.opened.clear();
        QTest::keyClick(window.itemList(), Qt::Key_V);
        QCOMPARE(m_sink.opened, QList<QUrl>{QUrl(urls.first().first)});
    }

    /// A sender with a handle and no address: "Name (handle)" in the list and the pane, the
    /// handle alone without a name; as plain text.
    void senderWithAHandle()
    {
        InboxFixture fx;
        QVERIFY(fx.open());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        Item named = feedEntry(QStringLiteral("h1"), QStringLiteral("Named"), QString(), now);
        Item bare = feedEntry(QStringLiteral("h2"), QStringLiteral("Bare"), QString(), now - kMinute);
        bare.record.from = {QString(), QString(), QStringLiteral("<b>octo</b>")};
        Item mail = makeItem(QStringLiteral("h3"), QStringLiteral("Bob Mail"), QStringLiteral("Mail"),
                             Tier::Reference, now - 2 * kMinute, std::nullopt);
        QVERIFY(fx.add({named, bare, mail}));

        MainWindow window(fx.store.get());
        window.resize(1100, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showView(InboxView::Reference);
        QVERIFY(settle(window.inboxModel(), fx.store.get()));
        InboxModel *model = window.inboxModel();
        const QStringList shown = subjects(model);
        QCOMPARE(shown.size(), 3);
        const auto row = [&](const char *subject) { return model->index(int(shown.indexOf(QLatin1String(subject)))); };
        QCOMPARE(row("Named").data(InboxModel::SenderRole).toString(), QStringLiteral("Ana Silva (@anasilva)"));
        QCOMPARE(row("Bare").data(InboxModel::SenderRole).toString(), QStringLiteral("<b>octo</b>"));
        QCOMPARE(row("Mail").data(InboxModel::SenderRole).toString(), QStringLiteral("Bob Mail"));
        QVERIFY(row("Named").data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Ana Silva (@anasilva)\n")));

        const auto fromLabel = [&window](const QString &text) -> QLabel * {
            for (QLabel *label : window.readingPane()->findChildren<QLabel *>())
                if (label->text() == text)
                    return label;
            return nullptr;
        };
        QVERIFY(select(window, fx.idOf(QStringLiteral("h1"))));
        QLabel *label = fromLabel(QStringLiteral("Ana Silva (@anasilva)"));
        QVERIFY(label);
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QVERIFY(select(window, fx.idOf(QStringLiteral("h2"))));
        label = fromLabel(QStringLiteral("<b>octo</b>"));
        QVERIFY(label);
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QVERIFY(select(window, fx.idOf(QStringLiteral("h3"))));
        QVERIFY(fromLabel(QStringLiteral("Bob Mail <bob@example.com>")));
    }

    /// A feed entry as a user sees it: title, author with handle, "Open in source", the entry's
    /// text. FOCUSINBOX_SCREENSHOT=<file.png> saves the window.
    void feedEntryInTheReadingPane()
    {
        InboxFixture fx;
        QVERIFY(fx.open());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        Item entry = feedEntry(
            QStringLiteral("qt-6-8"), QStringLiteral("Qt 6.8 released"),
            QStringLiteral("<p>We are happy to announce the release of <b>Qt 6.8</b>.</p>"
                           "<h2>Highlights</h2><ul><li>Faster text layout</li><li>New graphs module</li>"
                           "<li>Better accessibility on Linux</li></ul>"
                           "<p>Read the <a href=\"https://blog.example.org/qt-6-8\">full post</a>.</p>"
                           "<img src=\"https://tracker.example.net/pixel.gif\">"),
            now);
        entry.record.snippet = QStringLiteral("We are happy to announce the release of Qt 6.8.");
        SourceConfig blog;
        blog.kind = QStringLiteral("test-feed");  // no kind registered: the views never ask it
        blog.name = QStringLiteral("Qt Blog");
        blog.location = QStringLiteral("https://blog.example.org/feed.xml");
        StoreBatch batch;
        batch.sourceId = fx.store->addSource(blog).result();
        QVERIFY(batch.sourceId > 0);
        batch.upserts = {entry};
        QVERIFY(fx.store->applyBatch(batch).result().ok);

        MainWindow window(fx.store.get());
        window.setBodyLoader([](const Item &) { return std::optional<QString>(QStringLiteral("FROM LOADER")); });
        window.resize(1100, 560);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showView(InboxView::Reference);
        QVERIFY(settle(window.inboxModel(), fx.store.get()));
        ReadingPane *pane = window.readingPane();
        QVERIFY(select(window, fx.idOf(QStringLiteral("qt-6-8"))));
        QTRY_VERIFY(pane->bodyText().contains(QStringLiteral("Faster text layout")));
        QVERIFY(!pane->bodyText().contains(QStringLiteral("FROM LOADER")));
        QVERIFY(!pane->bodyText().contains(QStringLiteral("pixel.gif")));
        QToolButton *button = nullptr;
        for (QToolButton *b : pane->findChildren<QToolButton *>())
            if (b->defaultAction() && b->defaultAction()->text() == QStringLiteral("Open in &source"))
                button = b;
        QVERIFY(button);
        QVERIFY(button->isVisible());
        QVERIFY(button->isEnabled());
        const QImage shot = window.grab().toImage();
        QVERIFY(!shot.isNull());
        if (const QString path = qEnvironmentVariable("FOCUSINBOX_SCREENSHOT"); !path.isEmpty())
            QVERIFY(shot.save(path));
    }
};

QTEST_MAIN(TestNonMailViews)
#include "tst_nonmailviews.moc"
