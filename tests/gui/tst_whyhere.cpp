// "Why is this here?" (issue 14) in the main window: the reading pane shows the selected item's
// explanation under the header, the list row's tooltip starts with the same sentence, both follow
// a new configuration at once, and rule names, rule values, subjects and sender names that look
// like HTML stay text (nothing an <img> names is read). Items are placed by the real Tiering.
#include "fifotrap.h"
#include "inboxfixture.h"
#include "inboxlistview.h"
#include "mainwindow.h"
#include "openwatch.h"
#include "readingpane.h"
#include "rules/ruleexplain.h"
#include "sync/tiering.h"

#include <QApplication>
#include <QHelpEvent>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QStandardPaths>
#include <QTextDocumentFragment>
#include <QToolTip>

using namespace fi;
using namespace fitest;
using fi::test::FifoTrap;
using fi::test::OpenWatch;

namespace {

/// Tuesday 24 March 2026, 09:00 in Berlin (CET): the Now policy makes it due 09:15.
const qint64 kReceived = QDateTime(QDate(2026, 3, 24), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();
const QString kDue = QStringLiteral("due 15 min after receipt, counted in calendar time (policy “Now default”) "
                                    "— Tue 24 Mar 09:15 (Europe/Berlin)");

/// The text a user sees in @p label: its text when plain, else what Qt's HTML makes of it.
QString shownText(const QLabel *label)
{
    const QString text = label->text();
    const bool rich = label->textFormat() == Qt::RichText
        || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
    return rich ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
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
    label->grab();  // lay out and paint: any image would be loaded now
    return label;
}

QModelIndex rowOf(const InboxModel *model, qint64 id)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row).data(InboxModel::ItemIdRole).toLongLong() == id)
            return model->index(row);
    return {};
}

/// The rules: one named and keyed by @p text, and "Incident keywords".
AppConfig configWith(const QString &text, bool withIncidentRule = true)
{
    QJsonArray rules{QJsonObject{{QStringLiteral("name"), QStringLiteral("R ") + text},
                                 {QStringLiteral("tier"), QStringLiteral("now")},
                                 {QStringLiteral("when"), QJsonObject{{QStringLiteral("subject"), text}}}}};
    if (withIncidentRule)
        rules.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("Incident keywords")},
                                 {QStringLiteral("tier"), QStringLiteral("now")},
                                 {QStringLiteral("when"), QJsonObject{{QStringLiteral("subject"), QStringLiteral("outage")}}}});
    AppConfig config;
    QStringList errors;
    config.rules = RuleSet::fromJson(rules, &errors);
    if (!errors.isEmpty())
        qFatal("rules: %s", qPrintable(errors.join(u'\n')));
    config.workingHours = WorkingHours::defaults(QTimeZone("Europe/Berlin"));
    config.myAddresses = {QStringLiteral("me@example.org")};
    return config;
}

} // namespace

class TestWhyHere : public QObject {
    Q_OBJECT

    /// Short, so that an <img> naming a file in it fits into a quoted rule value (40 characters).
    QTemporaryDir m_dir{QStringLiteral("/tmp/fwXXXXXX")};
    QString m_fifo, m_image;
    std::unique_ptr<FifoTrap> m_trap;
    std::unique_ptr<OpenWatch> m_watch;

    void verifyNothingRead()
    {
        QCoreApplication::processEvents();
        QTest::qWait(50);  // the trap thread polls every 2 ms
        QCOMPARE(m_trap->readers(), 0);
        QCOMPARE(m_watch->events(), 0);
    }

    /// Stores the records placed by the real Tiering under @p config; @return their ids in order.
    QList<qint64> store(InboxFixture &f, const AppConfig &config, const QList<ItemRecord> &records)
    {
        const SourceConfig source{f.sourceId, QStringLiteral("maildir"), QStringLiteral("Work mail"), QString(), {}, true, false};
        QList<Item> items;
        for (const ItemRecord &r : records)
            items << Tiering(config).apply(r, source);
        if (!f.add(items))
            return {};
        QList<qint64> ids;
        for (const ItemRecord &r : records)
            ids << f.idOf(r.remoteId);
        return ids;
    }

    static ItemRecord record(const QString &id, const QString &subject, const QString &senderName)
    {
        ItemRecord r;
        r.remoteId = id;
        r.locator = QStringLiteral("cur/") + id;
        r.subject = subject;
        r.from = {senderName, QStringLiteral("mallory@example.org"), QString()};
        r.to = {{QStringLiteral("Me"), QStringLiteral("me@example.org"), QString()}};
        r.receivedMs = kReceived;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        m_fifo = m_dir.filePath(QStringLiteral("f"));
        m_trap = std::make_unique<FifoTrap>(m_fifo);
        QVERIFY(m_trap->ok());
        m_image = m_dir.filePath(QStringLiteral("s.png"));
        QImage image(16, 16, QImage::Format_RGB32);
        image.fill(Qt::red);
        QVERIFY(image.save(m_image));
        m_watch = std::make_unique<OpenWatch>(m_image);
        QVERIFY(m_watch->ok());
        QCOMPARE(m_watch->events(), 0);
    }

    void paneAndTooltipExplain_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringLiteral("quarterly report");
        QTest::newRow("bold") << QStringLiteral("<b>Boss</b>");
        QTest::newRow("img-devzero") << QStringLiteral("<img src=\"file:///dev/zero\">");
        QTest::newRow("img-fifo") << QStringLiteral("<img src=\"%1\">").arg(m_fifo);
        QTest::newRow("img-file") << QStringLiteral("<img src=\"file://%1\">").arg(m_image);
    }

    void paneAndTooltipExplain()
    {
        QFETCH(QString, text);
        QVERIFY2(text.size() <= 40, "the value must be shown whole (longer ones are cut)");
        InboxFixture f;
        QVERIFY(f.open());
        const AppConfig config = configWith(text);
        const QList<qint64> ids = store(f, config, {record(QStringLiteral("h1"), QStringLiteral("Re: %1 now").arg(text), text),
                                                    record(QStringLiteral("o1"), QStringLiteral("Database outage"), QStringLiteral("Ops"))});
        QCOMPARE(ids.size(), 2);
        QVERIFY(ids.at(0) > 0 && ids.at(1) > 0);

        MainWindow window(f.store.get());
        window.setAppConfig(config);
        window.resize(1100, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showView(InboxView::Now);
        QVERIFY(settle(window.inboxModel(), f.store.get()));
        QCOMPARE(window.inboxModel()->rowCount(), 2);
        ReadingPane *pane = window.readingPane();
        auto *why = pane->findChild<QLabel *>(QStringLiteral("whyHere"));
        QVERIFY(why);

        const QStringList expected = {
            QStringLiteral("Now, by rule “R %1” (subject contains '%1'); ").arg(text) + kDue,
            QStringLiteral("Now, by rule “Incident keywords” (subject contains 'outage'); ") + kDue};
        const QStringList who = {QStringLiteral("%1 <mallory@example.org>\nRe: %1 now").arg(text),
                                 QStringLiteral("Ops <mallory@example.org>\nDatabase outage")};
        for (int i = 0; i < 2; ++i) {
            const QModelIndex index = rowOf(window.inboxModel(), ids.at(i));
            QVERIFY(index.isValid());
            window.itemList()->setCurrentIndex(index);
            QTRY_COMPARE(pane->itemId(), ids.at(i));

            // The pane: one plain, selectable line under the header.
            QVERIFY(why->isVisible());
            QCOMPARE(why->textFormat(), Qt::PlainText);
            QVERIFY(why->textInteractionFlags() & Qt::TextSelectableByMouse);
            QCOMPARE(why->text(), expected.at(i));
            QCOMPARE(pane->whyText(), expected.at(i));
            window.grab();
            QCOMPARE(shownText(why), expected.at(i));

            // The list row: the same sentence, then who sent what.
            QCOMPARE(index.data(InboxModel::ExplanationRole).toString(), expected.at(i));
            QCOMPARE(index.data(Qt::ToolTipRole).toString(), expected.at(i) + QStringLiteral("\n\n") + who.at(i));
            QLabel *tip = hoverToolTip(window.itemList(), index);
            QVERIFY(tip);
            const QString shown = shownText(tip);
            QVERIFY2(shown.startsWith(expected.at(i)), qPrintable(shown));
            QVERIFY2(shown.endsWith(who.at(i).section(u'\n', 1)), qPrintable(shown));
            QToolTip::hideText();
            verifyNothingRead();
        }
    }

    void followsTheConfiguration()
    {
        InboxFixture f;
        QVERIFY(f.open());
        AppConfig config = configWith(QStringLiteral("report"));
        const QList<qint64> ids = store(f, config, {record(QStringLiteral("o1"), QStringLiteral("Database outage"), QStringLiteral("Ops"))});
        QCOMPARE(ids.size(), 1);

        // Before the window knows the configuration it explains nothing: no line, the old tooltip.
        MainWindow window(f.store.get());
        window.resize(1100, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showView(InboxView::Now);
        QVERIFY(settle(window.inboxModel(), f.store.get()));
        const QModelIndex index = rowOf(window.inboxModel(), ids.first());
        window.itemList()->setCurrentIndex(index);
        QTRY_COMPARE(window.readingPane()->itemId(), ids.first());
        auto *why = window.readingPane()->findChild<QLabel *>(QStringLiteral("whyHere"));
        QVERIFY(why);
        QVERIFY(!why->isVisible());
        QCOMPARE(window.readingPane()->whyText(), QString());
        QCOMPARE(index.data(Qt::ToolTipRole).toString(), QStringLiteral("Ops <mallory@example.org>\nDatabase outage"));

        window.setAppConfig(config);
        QVERIFY(why->isVisible());
        const QString byRule = QStringLiteral("Now, by rule “Incident keywords” (subject contains 'outage'); ") + kDue;
        QCOMPARE(window.readingPane()->whyText(), byRule);

        // The rule is removed: the shown item says so at once, in the pane and on the row.
        window.setAppConfig(configWith(QStringLiteral("report"), false));
        const QString gone = QStringLiteral("Now, by rule “Incident keywords”, which no longer exists; ") + kDue;
        QCOMPARE(window.readingPane()->whyText(), gone);
        QCOMPARE(index.data(InboxModel::ExplanationRole).toString(), gone);
        QVERIFY(index.data(Qt::ToolTipRole).toString().startsWith(gone + QStringLiteral("\n\n")));
    }
};

QTEST_MAIN(TestWhyHere)
#include "tst_whyhere.moc"
