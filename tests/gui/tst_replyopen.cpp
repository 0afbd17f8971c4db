// `r` and Shift+Enter in the main window over a real ItemStore, a real Maildir file and the
// real maildir kind's message provider. QDesktopServices hands URLs to a sink instead of the
// desktop (setUrlHandler for mailto, http, https and file), so the test sees exactly what
// xdg-open would get.
#include "inboxfixture.h"
#include "inboxlistview.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "readingpane.h"
#include "sources/bodyloader.h"
#include "triage/opensourcefeature.h"
#include "triage/replyfeature.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenuBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

using namespace fi;
using namespace fitest;

class UrlSink : public QObject {
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened << url; }
};

namespace {
const QByteArray kMessage = "Delivered-To: me@example.org\n"
                            "From: Ana Souza <ana@example.org>\n"
                            "Reply-To: Contracts Team <contracts+legal@example.org>\n"
                            "To: Me <me@example.org>\n"
                            "Subject: Re: Contract & NDA? #2 100% =?UTF-8?Q?revis=C3=A3o?=\n"
                            "Message-ID: <c+1/2@mail.example.org>\n"
                            "References: <root@example.org>\n"
                            "\n"
                            "Please sign.\n";

QString decodedField(const QUrl &url, const QString &name)
{
    for (const QString &pair : url.query(QUrl::FullyEncoded).split(QLatin1Char('&'))) {
        if (pair.section(QLatin1Char('='), 0, 0).compare(name, Qt::CaseInsensitive) == 0)
            return QUrl::fromPercentEncoding(pair.section(QLatin1Char('='), 1).toLatin1());
    }
    return {};
}
} // namespace

class TestReplyOpen : public QObject {
    Q_OBJECT

    qint64 m_now = QDateTime::currentMSecsSinceEpoch();
    std::unique_ptr<InboxFixture> m_f;
    std::unique_ptr<MainWindow> m_w;
    UrlSink m_sink;
    qint64 m_feedSource = 0;

    bool select(qint64 id)
    {
        m_w->openItem(id);
        return QTest::qWaitFor([&] { return m_w->readingPane()->itemId() == id; }, 5000);
    }
    void press(int key, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QTest::keyClick(m_w->itemList(), Qt::Key(key), mods);
    }
    QString openedDir() const { return m_f->dir.filePath(QStringLiteral("data/cache/opened")); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        for (const char *scheme : {"mailto", "http", "https", "file"})
            QDesktopServices::setUrlHandler(QString::fromLatin1(scheme), &m_sink, "open");
    }
    void cleanupTestCase()
    {
        for (const char *scheme : {"mailto", "http", "https", "file"})
            QDesktopServices::unsetUrlHandler(QString::fromLatin1(scheme));
    }

    void init()
    {
        m_f = std::make_unique<InboxFixture>();
        QVERIFY(m_f->open());
        // The mail item's file, where its locator points (the Maildir source's location).
        const QString maildir = m_f->dir.filePath(QStringLiteral("Maildir"));
        for (const char *sub : {"cur", "new", "tmp"})
            QVERIFY(QDir().mkpath(maildir + QLatin1Char('/') + QLatin1String(sub)));
        const QString fileName = QStringLiteral("1700000000.M1P2.host:2,S");
        QFile file(maildir + QStringLiteral("/cur/") + fileName);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kMessage);
        file.close();

        Item mail = makeItem(QStringLiteral("m1"), QStringLiteral("Ana Souza"),
                             QStringLiteral("Re: Contract & NDA? #2 100% revisão"), Tier::Async, m_now - kHour,
                             m_now + kHour);
        mail.record.locator = QStringLiteral("cur/") + fileName;
        mail.record.from = {QStringLiteral("Ana Souza"), QStringLiteral("ana@example.org"), QString()};
        mail.record.messageId = QStringLiteral("c+1/2@mail.example.org");
        mail.record.headers.insert(QStringLiteral("references"), QStringLiteral("<root@example.org>"));
        mail.record.headers.insert(QStringLiteral("reply-to"), QStringLiteral("Contracts Team <contracts+legal@example.org>"));
        Item gone = makeItem(QStringLiteral("m2"), QStringLiteral("Tom"), QStringLiteral("File gone"), Tier::Async,
                             m_now - 2 * kHour, m_now + kHour);
        gone.record.locator = QStringLiteral("cur/missing-file");
        QVERIFY(m_f->add({mail, gone}));

        // A feed: one entry with a page, one without.
        SourceConfig feed;
        feed.kind = QStringLiteral("feed");
        feed.name = QStringLiteral("Blog");
        feed.location = QStringLiteral("https://blog.example.org/feed.xml");
        m_feedSource = m_f->store->addSource(feed).result();
        QVERIFY(m_feedSource > 0);
        Item entry = makeItem(QStringLiteral("f1"), QStringLiteral("Blog"), QStringLiteral("Post with a page"),
                              Tier::Reference, m_now - kHour, std::nullopt);
        entry.record.url = QStringLiteral("https://blog.example.org/posts/1?a=b&c=d");
        entry.record.messageId.clear();
        entry.record.from = {QStringLiteral("Ana Silva"), QStringLiteral("ana@blog.example.org"), QString()};
        Item bare = makeItem(QStringLiteral("f2"), QStringLiteral("Blog"), QStringLiteral("Post without a page"),
                             Tier::Reference, m_now - 2 * kHour, std::nullopt);
        bare.record.messageId.clear();
        bare.record.from = {QStringLiteral("Blog"), QString(), QString()};
        StoreBatch batch;
        batch.sourceId = m_feedSource;
        batch.upserts = {entry, bare};
        QVERIFY(m_f->store->applyBatch(batch).result().ok);

        m_w = std::make_unique<MainWindow>(m_f->store.get());
        ItemStore *store = m_f->store.get();
        m_w->openSourceFeature()->setMessageLoader(
            [store](const Item &item, QString *error) -> std::optional<QByteArray> {
                const auto source = store->source(item.sourceId);
                return source ? loadItemMessage(*source, item.record, error) : std::nullopt;
            },
            openedDir());
        m_w->show();
        QApplication::setActiveWindow(m_w.get());
        QVERIFY(QTest::qWaitForWindowActive(m_w.get()));
        QVERIFY(settle(m_w->inboxModel(), m_f->store.get()));
        m_sink.opened.clear();
    }

    void cleanup()
    {
        m_w.reset();
        m_f.reset();
    }

    void replyToMailOpensMailto()
    {
        QAction *reply = m_w->actions().reply;
        QVERIFY(reply->isVisible());
        bool inItemMenu = false;
        for (QAction *menu : m_w->menuBar()->actions())
            inItemMenu = inItemMenu || (menu->menu() && menu->menu()->actions().contains(reply));
        QVERIFY(inItemMenu);
        QVERIFY(select(m_f->idOf(QStringLiteral("m1"))));
        QVERIFY(reply->isEnabled());
        press(Qt::Key_R);
        QCOMPARE(m_sink.opened.size(), 1);
        const QUrl url = m_sink.opened.first();
        QCOMPARE(url.scheme(), QStringLiteral("mailto"));
        QCOMPARE(url.path(), QStringLiteral("contracts+legal@example.org"));  // Reply-To wins over From
        QVERIFY2(url.toEncoded().startsWith("mailto:contracts%2Blegal@example.org?"), url.toEncoded().constData());
        QCOMPARE(decodedField(url, QStringLiteral("subject")), QStringLiteral("Re: Contract & NDA? #2 100% revisão"));
        QCOMPARE(decodedField(url, QStringLiteral("In-Reply-To")), QStringLiteral("<c+1/2@mail.example.org>"));
        QCOMPARE(decodedField(url, QStringLiteral("References")),
                 QStringLiteral("<root@example.org> <c+1/2@mail.example.org>"));
    }

    void replyToWebItemOpensItsPage()
    {
        QVERIFY(select(m_f->idOf(QStringLiteral("f1"))));
        QVERIFY(m_w->actions().reply->isEnabled());
        press(Qt::Key_R);
        QCOMPARE(m_sink.opened, QList<QUrl>{QUrl(QStringLiteral("https://blog.example.org/posts/1?a=b&c=d"))});
    }

    void nothingToReplyToDisablesR()
    {
        QVERIFY(select(m_f->idOf(QStringLiteral("f2"))));
        QVERIFY(!m_w->actions().reply->isEnabled());
        QVERIFY(!m_w->actions().openInSource->isEnabled());
        press(Qt::Key_R);
        press(Qt::Key_Return, Qt::ShiftModifier);
        QTest::qWait(100);
        QVERIFY(m_sink.opened.isEmpty());
    }

    void shiftEnterOpensTheMessageAsReadOnlyEml()
    {
        QVERIFY(select(m_f->idOf(QStringLiteral("m1"))));
        QAction *open = m_w->actions().openInSource;
        QVERIFY(open->isEnabled());
        QSignalSpy done(m_w->openSourceFeature(), &OpenSourceFeature::messageOpened);
        press(Qt::Key_Return, Qt::ShiftModifier);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 5000);
        QCOMPARE(done.first().at(1).toBool(), true);
        QCOMPARE(m_sink.opened.size(), 1);
        const QUrl url = m_sink.opened.first();
        QVERIFY(url.isLocalFile());
        const QFileInfo info(url.toLocalFile());
        QCOMPARE(info.suffix(), QStringLiteral("eml"));
        QCOMPARE(info.absolutePath(), QFileInfo(openedDir()).absoluteFilePath());
        // Read-only, for its owner only (checked on the mode bits: root may write anything).
        QCOMPARE(info.permissions() & (QFileDevice::WriteOwner | QFileDevice::WriteGroup
                                       | QFileDevice::WriteOther | QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QCOMPARE(QFileInfo(openedDir()).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        QFile copy(info.filePath());
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), kMessage);  // the message as the source keeps it, byte for byte

        // Again (the copy exists, read-only): replaced, opened again.
        m_sink.opened.clear();
        press(Qt::Key_Return, Qt::ShiftModifier);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 2, 5000);
        QCOMPARE(m_sink.opened.size(), 1);
    }

    void shiftEnterOnAWebItemOpensItsPage()
    {
        QVERIFY(select(m_f->idOf(QStringLiteral("f1"))));
        press(Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(m_sink.opened, QList<QUrl>{QUrl(QStringLiteral("https://blog.example.org/posts/1?a=b&c=d"))});
    }

    void missingMessageFileSaysSo()
    {
        QVERIFY(select(m_f->idOf(QStringLiteral("m2"))));
        QVERIFY(m_w->actions().openInSource->isEnabled());  // a mail item: its file may be found again
        QSignalSpy done(m_w->openSourceFeature(), &OpenSourceFeature::messageOpened);
        press(Qt::Key_Return, Qt::ShiftModifier);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 5000);
        QCOMPARE(done.first().at(1).toBool(), false);
        QVERIFY(m_sink.opened.isEmpty());
        QVERIFY2(m_w->statusBar()->currentMessage().contains(QStringLiteral("missing-file")),
                 qPrintable(m_w->statusBar()->currentMessage()));
    }
};

QTEST_MAIN(TestReplyOpen)
#include "tst_replyopen.moc"
