// Deadline views: the Preferences "Deadlines" page preview, the " (working)" suffix and the
// badge tooltip, and the Overdue / Due today filters (offscreen).
#include "inboxfixture.h"
#include "settings/deadlinespage.h"
#include "settings/workinghourseditor.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

using namespace fi;
using namespace fitest;

namespace {
qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

AppConfig berlinConfig()
{
    AppConfig config;
    config.workingHours = WorkingHours::defaults(QTimeZone("Europe/Berlin"));
    return config;
}

QString preview(const DeadlinesPage &page, int tier)
{
    return page.findChild<QLabel *>(QStringLiteral("previewTier%1").arg(tier))->text();
}
} // namespace

class TestDeadlineViews : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void previewFollowsTheSchedule();
    void invalidDayIsReported();
    void workingSuffixAndToolTip();
    void filters();
};

void TestDeadlineViews::previewFollowsTheSchedule()
{
    DeadlinesPage page(berlinConfig());
    page.setClock([] { return utc("2026-03-27T15:45:00Z"); });  // Friday 16:45 in Berlin
    QCOMPARE(preview(page, 3), QStringLiteral("Now: a message received now would be due 17:00"));
    QCOMPARE(preview(page, 2), QStringLiteral("Async: a message received now would be due Mon 12:45"));
    QCOMPARE(preview(page, 1), QStringLiteral("Reference: no reply expected"));

    // Friday until 18:00: 1 h 15 on Friday, 2 h 45 on Monday.
    QLineEdit *friday = page.hoursEditor()->dayEdit(Qt::Friday);
    friday->setText(QStringLiteral("09:00-12:00, 13:00-18:00"));
    Q_EMIT friday->textEdited(friday->text());
    QCOMPARE(preview(page, 2), QStringLiteral("Async: a message received now would be due Mon 11:45"));
    QCOMPARE(page.workingHours().intervals(Qt::Friday).size(), 2);

    // A 1 h window fits into Friday.
    page.findChild<QSpinBox *>(QStringLiteral("tier2-default-hours"))->setValue(1);
    QCOMPARE(preview(page, 2), QStringLiteral("Async: a message received now would be due 17:45"));
    QCOMPARE(page.policies().forTier(Tier::Async).windowMinutes, std::optional<qint64>(60));

    // Travel: in New York it is 11:45; 15 min before lunch, 45 min after it → 13:45 local.
    QComboBox *zone = page.hoursEditor()->zoneBox();
    zone->setCurrentText(QStringLiteral("America/New_York"));
    Q_EMIT zone->activated(zone->currentIndex());
    QCOMPARE(QString::fromUtf8(page.workingHours().timeZone().id()), QStringLiteral("America/New_York"));
    QCOMPARE(preview(page, 2), QStringLiteral("Async: a message received now would be due 13:45"));
    QCOMPARE(QString::fromUtf8(page.applyTo(AppConfig()).workingHours.timeZone().id()),
             QStringLiteral("America/New_York"));
}

void TestDeadlineViews::invalidDayIsReported()
{
    DeadlinesPage page(berlinConfig());
    QLineEdit *monday = page.hoursEditor()->dayEdit(Qt::Monday);
    monday->setText(QStringLiteral("09:00-12:10"));  // not a 15-minute step
    Q_EMIT monday->textEdited(monday->text());
    QVERIFY(!page.isValid());
    auto *error = page.findChild<QLabel *>(QStringLiteral("hoursError"));
    QVERIFY(!error->isHidden());
    QVERIFY(!error->text().isEmpty());
    QCOMPARE(page.workingHours().intervals(Qt::Monday).first().endMinute, 17 * 60);  // last valid kept
    monday->setText(QStringLiteral("08:00-12:00,13:00-16:00"));
    Q_EMIT monday->textEdited(monday->text());
    QVERIFY(page.isValid());
    QVERIFY(error->isHidden());
    QCOMPARE(page.workingHours().intervals(Qt::Monday).size(), 2);
}

void TestDeadlineViews::workingSuffixAndToolTip()
{
    InboxFixture fx;
    QVERIFY(fx.open());
    const qint64 now = utc("2026-03-24T09:00:00Z");  // Tuesday 10:00 in Berlin
    QVERIFY(fx.add({makeItem(QStringLiteral("a"), QStringLiteral("Ann"), QStringLiteral("Async"), Tier::Async,
                             now - kHour, utc("2026-03-24T10:30:00Z")),
                    makeItem(QStringLiteral("n"), QStringLiteral("Nat"), QStringLiteral("Now"), Tier::Now,
                             now - kMinute, now + 14 * kMinute)}));
    InboxModel model(fx.store.get());
    model.setClock([now] { return now; });
    const AppConfig config = berlinConfig();
    model.setDueFormatter(DueFormatter(config.policies, config.workingHours.timeZone()));
    model.setView(InboxView::Async);
    QVERIFY(settle(&model, fx.store.get()));
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex async = model.index(0);
    QCOMPARE(async.data(InboxModel::DueTextRole).toString(), QStringLiteral("due in 1h 30m (working)"));
    QCOMPARE(async.data(InboxModel::DueToolTipRole).toString(),
             QStringLiteral("Due Tue 24 Mar 11:30 (Europe/Berlin)\nSet by Async default: 4 h working"));

    model.setView(InboxView::Now);
    QVERIFY(settle(&model, fx.store.get()));
    QCOMPARE(model.index(0).data(InboxModel::DueTextRole).toString(), QStringLiteral("due in 14m"));
    QVERIFY(model.index(0).data(InboxModel::DueToolTipRole).toString().endsWith(
        QStringLiteral("Set by Now default: 15 min")));
}

void TestDeadlineViews::filters()
{
    InboxFixture fx;
    QVERIFY(fx.open());
    const qint64 now = utc("2026-03-24T10:00:00Z");  // Tuesday 11:00 in Berlin
    QVERIFY(fx.add({
        makeItem(QStringLiteral("o"), QStringLiteral("Olga"), QStringLiteral("overdue today"), Tier::Now,
                 now - 2 * kHour, utc("2026-03-24T09:00:00Z")),
        makeItem(QStringLiteral("y"), QStringLiteral("Yan"), QStringLiteral("overdue since yesterday"), Tier::Async,
                 now - 30 * kHour, utc("2026-03-23T10:00:00Z")),
        makeItem(QStringLiteral("l"), QStringLiteral("Lea"), QStringLiteral("later today"), Tier::Async,
                 now - kHour, utc("2026-03-24T21:30:00Z")),   // 22:30 Berlin
        makeItem(QStringLiteral("t"), QStringLiteral("Tom"), QStringLiteral("tomorrow"), Tier::Async,
                 now - kHour, utc("2026-03-24T23:30:00Z")),   // 00:30 Wednesday in Berlin
        makeItem(QStringLiteral("r"), QStringLiteral("Rae"), QStringLiteral("reference"), Tier::Reference,
                 now - kHour, std::nullopt),
    }));
    InboxModel model(fx.store.get());
    model.setClock([now] { return now; });
    const AppConfig config = berlinConfig();
    model.setDueFormatter(DueFormatter(config.policies, config.workingHours.timeZone()));
    model.setView(InboxView::Async);
    QVERIFY(settle(&model, fx.store.get()));
    QCOMPARE(model.rowCount(), 3);

    QSignalSpy filterSpy(&model, &InboxModel::deadlineFilterChanged);
    model.setDeadlineFilter(DeadlineFilter::Overdue);
    QVERIFY(settle(&model, fx.store.get()));
    QCOMPARE(subjects(&model), (QStringList{QStringLiteral("overdue since yesterday"), QStringLiteral("overdue today")}));

    model.setDeadlineFilter(DeadlineFilter::DueToday);
    QVERIFY(settle(&model, fx.store.get()));
    QCOMPARE(subjects(&model), (QStringList{QStringLiteral("overdue today"), QStringLiteral("later today")}));

    // Done items leave the filter.
    QVERIFY(fx.store->setState({fx.idOf(QStringLiteral("o"))}, ItemState::Done).result());
    QVERIFY(settle(&model, fx.store.get()));
    QCOMPARE(subjects(&model), QStringList{QStringLiteral("later today")});

    // Choosing a view clears the filter.
    model.setView(InboxView::Now);
    QCOMPARE(model.deadlineFilter(), DeadlineFilter::None);
    QCOMPARE(filterSpy.count(), 3);
    QVERIFY(settle(&model, fx.store.get()));
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestDeadlineViews)
#include "tst_deadlineviews.moc"
