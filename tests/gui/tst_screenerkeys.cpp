// The screener in the main window (issue 14) over a real ItemStore: New senders lists the
// items of senders never seen before; 3, 2, 1 and B each turn into a sender rule at the top of
// the rule set (handed on to be saved with preferencesChanged) and place that sender's items —
// Now, Async, Reference, or Done for Block — while the other senders keep waiting.
#include "inboxfixture.h"
#include "inboxlistview.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "readingpane.h"
#include "tiersidebar.h"
#include "triage/screener.h"

#include <QAction>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace fi;
using namespace fitest;

class TestScreenerKeys : public QObject {
    Q_OBJECT

    qint64 m_now = QDateTime::currentMSecsSinceEpoch();
    std::unique_ptr<InboxFixture> m_f;
    std::unique_ptr<MainWindow> m_w;

    Item mail(const QString &remoteId, const QString &address, const QString &subject) const
    {
        Item item = makeItem(remoteId, address.section(u'@', 0, 0), subject, Tier::Async, m_now - kHour, m_now + kHour);
        item.record.from = {address.section(u'@', 0, 0), address};
        item.tierReason = QStringLiteral("to-me");
        return item;
    }
    std::optional<Item> itemOf(const char *remoteId) const { return m_f->store->item(m_f->idOf(QLatin1String(remoteId))); }
    bool select(const char *remoteId)
    {
        const qint64 id = m_f->idOf(QLatin1String(remoteId));
        m_w->openItem(id);
        return QTest::qWaitFor([&] { return m_w->readingPane()->itemId() == id; }, 5000);
    }

private Q_SLOTS:
    void init()
    {
        m_f = std::make_unique<InboxFixture>();
        QVERIFY(m_f->open());
        QVERIFY(m_f->add({mail(QStringLiteral("k1"), QStringLiteral("known@example.com"), QStringLiteral("Known"))}));
        StoreBatch batch;
        batch.sourceId = m_f->sourceId;
        batch.screenReasons = screenableReasons();
        batch.upserts = {mail(QStringLiteral("n1"), QStringLiteral("nina@new.example"), QStringLiteral("Server down?")),
                         mail(QStringLiteral("n2"), QStringLiteral("nina@new.example"), QStringLiteral("Still down")),
                         mail(QStringLiteral("a1"), QStringLiteral("arno@new.example"), QStringLiteral("Proposal")),
                         mail(QStringLiteral("r1"), QStringLiteral("rita@new.example"), QStringLiteral("Our newsletter")),
                         mail(QStringLiteral("b1"), QStringLiteral("bulk@spam.example"), QStringLiteral("Offer"))};
        QVERIFY(m_f->store->applyBatch(batch).result().ok);
        m_w = std::make_unique<MainWindow>(m_f->store.get());
        AppConfig config;
        config.myAddresses = {QStringLiteral("me@example.org")};
        m_w->setAppConfig(config);
        m_w->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_w.get()));
    }

    void cleanup()
    {
        m_w.reset();
        m_f.reset();
    }

    void newSendersView()
    {
        QVERIFY(select("n1"));
        QCOMPARE(m_w->inboxModel()->view(), InboxView::NewSenders);
        QVERIFY(settle(m_w->inboxModel(), m_f->store.get()));
        QCOMPARE(m_w->inboxModel()->rowCount(), 5);
        QTRY_COMPARE(m_w->sidebar()->countShown(InboxView::NewSenders), 5);
        QCOMPARE(m_w->sidebar()->countShown(InboxView::Async), 1);  // only the known sender
        QVERIFY(m_w->actions().screenerBlock->isEnabled());
        auto *hint = m_w->findChild<QLabel *>(QStringLiteral("screenerHint"));
        QVERIFY(hint);
        QTRY_VERIFY(hint->isVisible());
        QCOMPARE(hint->textFormat(), Qt::PlainText);
        m_w->showView(InboxView::Async);
        QVERIFY(settle(m_w->inboxModel(), m_f->store.get()));
        QCOMPARE(subjects(m_w->inboxModel()), QStringList{QStringLiteral("Known")});
        QVERIFY(!m_w->actions().screenerBlock->isEnabled());
        QTRY_VERIFY(!hint->isVisible());
    }

    void fourKeys()
    {
        QSignalSpy saved(m_w.get(), &MainWindow::preferencesChanged);
        struct Case {
            const char *remoteId;
            const char *sender;
            Qt::Key key;
            Tier tier;
            ItemState state;
        };
        const Case cases[] = {
            {"n1", "nina@new.example", Qt::Key_3, Tier::Now, ItemState::Open},
            {"a1", "arno@new.example", Qt::Key_2, Tier::Async, ItemState::Open},
            {"r1", "rita@new.example", Qt::Key_1, Tier::Reference, ItemState::Open},
            {"b1", "bulk@spam.example", Qt::Key_B, Tier::Reference, ItemState::Done},
        };
        int waiting = 5;
        for (const Case &c : cases) {
            QVERIFY(select(c.remoteId));
            QCOMPARE(m_w->inboxModel()->view(), InboxView::NewSenders);
            QTest::keyClick(m_w->itemList(), c.key);
            const QString rule = QStringLiteral("Sender %1").arg(QLatin1String(c.sender));
            QTRY_COMPARE(itemOf(c.remoteId)->tierReason, rule);
            QCOMPARE(itemOf(c.remoteId)->tier, c.tier);
            QTRY_COMPARE(itemOf(c.remoteId)->state, c.state);
            // The rule is first in the rule set, handed on to be saved, and says what was decided.
            const AppConfig config = m_w->appConfig();
            QCOMPARE(config.rules.names().first(), rule);
            const QJsonObject json = config.rules.toJson().first().toObject();
            QCOMPARE(json.value(QStringLiteral("tier")).toInt(), int(c.tier));
            QCOMPARE(json.value(QStringLiteral("done")).toBool(false), c.state == ItemState::Done);
            QCOMPARE(config.rules.notifies(rule), c.state != ItemState::Done);
            QCOMPARE(saved.last().first().value<AppConfig>().rules.names().first(), rule);
            waiting -= c.remoteId == QLatin1String("n1") ? 2 : 1;
            QTRY_COMPARE(m_f->store->counts(m_now).newSenders, waiting);
        }
        // Nina's second message followed her first: the decision is about the sender.
        QCOMPARE(itemOf("n2")->tier, Tier::Now);
        QCOMPARE(itemOf("n2")->tierReason, QStringLiteral("Sender nina@new.example"));
        QCOMPARE(saved.size(), 4);
        QCOMPARE(m_w->appConfig().rules.size(), AppConfig().rules.size() + 4);
    }
};

QTEST_MAIN(TestScreenerKeys)
#include "tst_screenerkeys.moc"
