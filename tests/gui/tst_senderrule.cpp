// Item ▸ Make a rule (issue 14, "Move senders like this to…"): from the current item, a sender
// or list rule goes first in the rule set, the dialog says how many stored items it would
// move, "Add the rule and move them" moves exactly those in one undoable step, and `u` puts
// them back.
#include "inboxfixture.h"
#include "inboxlistview.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "readingpane.h"
#include "triage/senderrulefeature.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QMessageBox>
#include <QTest>
#include <QTimer>

using namespace fi;
using namespace fitest;

class TestSenderRule : public QObject {
    Q_OBJECT

    qint64 m_now = QDateTime::currentMSecsSinceEpoch();
    std::unique_ptr<InboxFixture> m_f;
    std::unique_ptr<MainWindow> m_w;

    Item mail(const QString &remoteId, const QString &address, const QString &subject, Tier tier, const QString &reason) const
    {
        Item item = makeItem(remoteId, address.section(u'@', 0, 0), subject, tier, m_now - kHour, m_now + kHour);
        item.record.from = {address.section(u'@', 0, 0), address};
        item.tierReason = reason;
        return item;
    }
    std::optional<Item> itemOf(const char *remoteId) const { return m_f->store->item(m_f->idOf(QLatin1String(remoteId))); }
    bool select(const char *remoteId)
    {
        const qint64 id = m_f->idOf(QLatin1String(remoteId));
        m_w->openItem(id);
        return QTest::qWaitFor([&] { return m_w->readingPane()->itemId() == id; }, 5000);
    }
    /// Answers the next message box by the button whose text is @p button; records its texts.
    void answerWith(const QString &button, QString *text, QString *informative)
    {
        QTimer::singleShot(0, this, [=] {
            QMessageBox *box = nullptr;
            QTest::qWaitFor([&] {
                box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                return box != nullptr;
            }, 5000);
            if (!box)
                return;
            *text = box->text();
            *informative = box->informativeText();
            for (QAbstractButton *b : box->buttons())
                if (b->text() == button)
                    b->click();
        });
    }

private Q_SLOTS:
    void init()
    {
        m_f = std::make_unique<InboxFixture>();
        QVERIFY(m_f->open());
        Item digest = mail(QStringLiteral("l1"), QStringLiteral("news@lists.example"), QStringLiteral("Digest"), Tier::Now,
                           QStringLiteral("urgent-keywords"));
        digest.record.headers.insert(QStringLiteral("list-id"), QStringLiteral("Dev talk <dev.lists.example>"));
        QVERIFY(m_f->add({mail(QStringLiteral("a1"), QStringLiteral("ana@example.com"), QStringLiteral("Budget"), Tier::Async, QStringLiteral("to-me")),
                          mail(QStringLiteral("a2"), QStringLiteral("ana@example.com"), QStringLiteral("Budget, again"), Tier::Async, QStringLiteral("to-me")),
                          mail(QStringLiteral("b1"), QStringLiteral("bo@example.com"), QStringLiteral("Lunch"), Tier::Async, QStringLiteral("to-me")),
                          digest}));
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

    void senderToNowAndUndo()
    {
        QVERIFY(select("a1"));
        QVERIFY(m_w->actions().senderNow->isEnabled());
        QTRY_VERIFY(!m_w->actions().listNeverNow->isEnabled());  // not a list message
        QString text, informative;
        answerWith(QStringLiteral("Add the rule and move them"), &text, &informative);
        m_w->actions().senderNow->trigger();
        QCOMPARE(text, QStringLiteral("The rule \"Sender ana@example.com\" puts ana@example.com in Now, for new items from now on."));
        QCOMPARE(informative, QStringLiteral("It would move 2 stored item(s) to another tier."));
        QTRY_COMPARE(itemOf("a1")->tier, Tier::Now);
        QTRY_COMPARE(itemOf("a2")->tier, Tier::Now);
        QCOMPARE(itemOf("a1")->tierReason, QStringLiteral("Sender ana@example.com"));
        QCOMPARE(itemOf("b1")->tier, Tier::Async);
        QCOMPARE(m_w->appConfig().rules.names().first(), QStringLiteral("Sender ana@example.com"));
        // Edit ▸ Undo (u): the move is undone; the rule stays (for new items).
        QVERIFY(m_w->actions().undo->isEnabled());
        m_w->actions().undo->trigger();
        QTRY_COMPARE(itemOf("a1")->tier, Tier::Async);
        QTRY_COMPARE(itemOf("a2")->tier, Tier::Async);
        QCOMPARE(itemOf("a1")->tierReason, QStringLiteral("to-me"));
    }

    void listNeverNowForNewItemsOnly()
    {
        QVERIFY(select("l1"));
        QCOMPARE(SenderRuleFeature::listIdOf(*itemOf("l1")), QStringLiteral("dev.lists.example"));
        QVERIFY(m_w->actions().listNeverNow->isEnabled());
        QString text, informative;
        answerWith(QStringLiteral("Only for new items"), &text, &informative);
        m_w->actions().listNeverNow->trigger();
        QCOMPARE(informative, QStringLiteral("It would move 1 stored item(s) to another tier."));
        QCOMPARE(m_w->appConfig().rules.names().first(), QStringLiteral("List dev.lists.example: never Now"));
        QTest::qWait(200);
        QCOMPARE(itemOf("l1")->tier, Tier::Now);  // only new items follow the rule
    }
};

QTEST_MAIN(TestSenderRule)
#include "tst_senderrule.moc"
