// Preferences ▸ Notifications (issue 14): per tier off / quiet / normal, the grouping window and
// the end-of-session digest round-trip through config.json; and the running app follows them at
// once (FocusController::setConfig, as after Preferences ▸ OK) over a real ItemStore with the real
// gate, policy and ItemNotifier: a tier set to off posts nothing, quiet posts a low-urgency
// notification without sound, the master switch silences every new item, the digest is skipped
// when turned off. The notifier is a recording double (a real daemon: tests/integration/*_dunst).
#include "inboxfixture.h"
#include "recordingnotifier.h"

#include "config/appconfig.h"
#include "dnd/dndbackend.h"
#include "focus/focuscontroller.h"
#include "focus/notificationpolicy.h"
#include "notify/notifier.h"
#include "settings/notificationspage.h"
#include "settings/preferencesdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace fi;

/// A default configuration whose focus zone is one Qt lists (the Focus page refuses others, e.g.
/// a container's system zone "Etc/UTC"), so only this page decides whether OK is enabled.
static fi::AppConfig defaultConfig()
{
    fi::AppConfig config;
    config.focus.schedule = fi::FocusSchedule(QTimeZone("Europe/Berlin"));
    return config;
}
using namespace fitest;


class TestPreferencesNotifications : public QObject {
    Q_OBJECT

    std::unique_ptr<InboxFixture> m_f;
    std::unique_ptr<RecordingNotifier> m_notifier;
    std::unique_ptr<FocusController> m_focus;
    qint64 m_now = QDateTime::currentMSecsSinceEpoch();
    int m_added = 0;

    /// A new item of @p tier (To: me@example.org) stored and handed to the controller as the
    /// sync does (SyncManager::newItems).
    void arrive(Tier tier, const QString &subject)
    {
        const QString rid = QStringLiteral("n%1").arg(++m_added);
        QVERIFY(m_f->add({makeItem(rid, QStringLiteral("Ana Souza"), subject, tier, m_now, m_now + kHour)}));
        const qint64 id = m_f->idOf(rid);
        QVERIFY(id > 0);
        m_focus->onNewItems({id});
    }
    QStringList postedBodies() const
    {
        QStringList out;
        for (const NotificationRequest &r : m_notifier->posted)
            out << r.body;
        return out;
    }
    static AppConfig baseConfig()
    {
        AppConfig config = defaultConfig();
        config.myAddresses = {QStringLiteral("me@example.org")};
        config.notifications.coalesceSeconds = 0;  // every item its own notification
        return config;
    }
    /// Edits @p config on the Notifications page of a Preferences dialog, as the user does.
    static AppConfig edited(const AppConfig &config, const std::function<void(NotificationsPage *)> &edit)
    {
        PreferencesDialog dialog(config);
        edit(dialog.notificationsPage());
        return dialog.config();
    }
    static void setMode(NotificationsPage *page, Tier tier, TierNotifyMode mode)
    {
        QComboBox *combo = page->tierCombo(tier);
        combo->setCurrentIndex(combo->findData(int(mode)));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_f = std::make_unique<InboxFixture>();
        QVERIFY(m_f->open());
        m_notifier = std::make_unique<RecordingNotifier>();
        m_focus = std::make_unique<FocusController>(m_f->store.get(), baseConfig(), m_f->dir.path(), m_notifier.get(),
                                                    noDndBackend());
        m_focus->start();
        m_focus->setReady();
    }
    void cleanup()
    {
        m_focus.reset();
        m_notifier.reset();
        m_f.reset();
    }

    void pageShowsTodaysDefaults()
    {
        PreferencesDialog dialog(defaultConfig());
        dialog.showPage(QStringLiteral("notifications"));
        NotificationsPage *page = dialog.notificationsPage();
        QVERIFY(page->enabledBox()->isChecked());
        QCOMPARE(TierNotifyMode(page->tierCombo(Tier::Now)->currentData().toInt()), TierNotifyMode::Normal);
        QCOMPARE(TierNotifyMode(page->tierCombo(Tier::Async)->currentData().toInt()), TierNotifyMode::Normal);
        QCOMPARE(TierNotifyMode(page->tierCombo(Tier::Reference)->currentData().toInt()), TierNotifyMode::Off);
        QCOMPARE(page->coalesceSpin()->value(), 30);
        QCOMPARE(page->coalesceSpin()->minimum(), 0);
        QCOMPARE(page->coalesceSpin()->maximum(), 600);
        QVERIFY(page->digestBox()->isChecked());
        // The master switch greys out what it governs.
        auto *tiers = page->tierCombo(Tier::Now)->parentWidget();
        QVERIFY(tiers->isEnabled());
        page->enabledBox()->setChecked(false);
        QVERIFY(!tiers->isEnabled());
    }

    void settingsRoundTripThroughConfigJson()
    {
        AppConfig start = defaultConfig();
        start.notifications.perSource.insert(QStringLiteral("News"), SourceNotifyMode::Silent);
        const AppConfig config = edited(start, [](NotificationsPage *page) {
            setMode(page, Tier::Now, TierNotifyMode::Quiet);
            setMode(page, Tier::Async, TierNotifyMode::Off);
            setMode(page, Tier::Reference, TierNotifyMode::Normal);
            page->coalesceSpin()->setValue(120);
            page->digestBox()->setChecked(false);
        });
        QCOMPARE(config.notifications.now, TierNotifyMode::Quiet);
        QCOMPARE(config.notifications.async, TierNotifyMode::Off);
        QCOMPARE(config.notifications.reference, TierNotifyMode::Normal);
        QCOMPARE(config.notifications.coalesceSeconds, 120);
        QVERIFY(!config.notifications.digest);
        QCOMPARE(config.notifications.perSource.value(QStringLiteral("News")), SourceNotifyMode::Silent);  // kept

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config.json"));
        QString error;
        QVERIFY2(config.save(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject n = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("notifications")).toObject();
        QCOMPARE(n.value(QStringLiteral("perTier")).toObject(),
                 (QJsonObject{{QStringLiteral("3"), QStringLiteral("quiet")},
                              {QStringLiteral("2"), QStringLiteral("off")},
                              {QStringLiteral("1"), QStringLiteral("normal")}}));
        QCOMPARE(n.value(QStringLiteral("digest")), QJsonValue(false));
        QCOMPARE(n.value(QStringLiteral("coalesceSeconds")).toInt(), 120);
        const AppConfig loaded = AppConfig::load(path);
        QVERIFY2(loaded.errors().isEmpty(), qPrintable(loaded.errors().join(QLatin1Char('\n'))));
        PreferencesDialog reopened(loaded);
        NotificationsPage *page = reopened.notificationsPage();
        QCOMPARE(TierNotifyMode(page->tierCombo(Tier::Now)->currentData().toInt()), TierNotifyMode::Quiet);
        QCOMPARE(TierNotifyMode(page->tierCombo(Tier::Async)->currentData().toInt()), TierNotifyMode::Off);
        QCOMPARE(TierNotifyMode(page->tierCombo(Tier::Reference)->currentData().toInt()), TierNotifyMode::Normal);
        QCOMPARE(page->coalesceSpin()->value(), 120);
        QVERIFY(!page->digestBox()->isChecked());
    }

    void badPerTierEntriesAreReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"notifications": {"perTier": {"3": "loud", "1": "quiet", "7": "off"}, "digest": "no"}})");
        file.close();
        const AppConfig loaded = AppConfig::load(path);
        QCOMPARE(loaded.notifications.now, TierNotifyMode::Normal);  // default kept
        QCOMPARE(loaded.notifications.reference, TierNotifyMode::Quiet);
        QVERIFY(loaded.notifications.digest);
        QCOMPARE(loaded.errors().size(), 3);
    }

    void aTierSetToOffPostsNothingAndQuietIsQuiet()
    {
        // Today's behaviour first: Now and addressed Async notify normally, Reference does not.
        arrive(Tier::Now, QStringLiteral("Checkout API down"));
        arrive(Tier::Async, QStringLiteral("Question about the plan"));
        arrive(Tier::Reference, QStringLiteral("Weekly newsletter"));
        QCOMPARE(postedBodies(), (QStringList{QStringLiteral("Checkout API down"), QStringLiteral("Question about the plan")}));
        QVERIFY(!m_notifier->posted.at(0).quiet && !m_notifier->posted.at(1).quiet);

        // Preferences ▸ OK: Now off, Async quiet, Reference normal — applied without a restart.
        m_focus->setConfig(edited(m_focus->config(), [](NotificationsPage *page) {
            setMode(page, Tier::Now, TierNotifyMode::Off);
            setMode(page, Tier::Async, TierNotifyMode::Quiet);
            setMode(page, Tier::Reference, TierNotifyMode::Normal);
        }));
        m_notifier->posted.clear();
        arrive(Tier::Now, QStringLiteral("Another outage"));
        QVERIFY2(m_notifier->posted.isEmpty(), "a tier set to off must post nothing");
        arrive(Tier::Async, QStringLiteral("Follow-up"));
        arrive(Tier::Reference, QStringLiteral("Release notes"));
        QCOMPARE(postedBodies(), (QStringList{QStringLiteral("Follow-up"), QStringLiteral("Release notes")}));
        QVERIFY(m_notifier->posted.at(0).quiet);
        QVERIFY(!m_notifier->posted.at(0).critical);
        QVERIFY(!m_notifier->posted.at(1).quiet);
    }

    void masterSwitchOffSilencesEveryTier()
    {
        m_focus->setConfig(edited(m_focus->config(), [](NotificationsPage *page) {
            setMode(page, Tier::Reference, TierNotifyMode::Normal);
            page->enabledBox()->setChecked(false);
        }));
        for (Tier tier : {Tier::Now, Tier::Async, Tier::Reference})
            arrive(tier, QStringLiteral("Item of tier %1").arg(int(tier)));
        QVERIFY(m_notifier->posted.isEmpty());
    }

    void groupedNotificationTurnsLoudOnceOneItemIsNormal()
    {
        m_focus->setConfig(edited(m_focus->config(), [](NotificationsPage *page) {
            setMode(page, Tier::Async, TierNotifyMode::Quiet);
            page->coalesceSpin()->setValue(60);  // a new window, applied at once
        }));
        arrive(Tier::Async, QStringLiteral("First"));
        arrive(Tier::Async, QStringLiteral("Second"));
        QCOMPARE(m_notifier->posted.size(), 2);
        QVERIFY(m_notifier->posted.at(1).replacesId != 0);  // grouped with the first
        QVERIFY(m_notifier->posted.at(1).quiet);
        arrive(Tier::Now, QStringLiteral("Outage"));
        QCOMPARE(m_notifier->posted.size(), 3);
        QVERIFY(m_notifier->posted.at(2).replacesId != 0);
        QVERIFY(!m_notifier->posted.at(2).quiet);
        arrive(Tier::Async, QStringLiteral("Third"));
        QVERIFY(!m_notifier->posted.at(3).quiet);  // the group holds a normal item
    }

    void digestFollowsItsSwitch()
    {
        m_focus->startFor(30);
        arrive(Tier::Async, QStringLiteral("Held one"));
        QCOMPARE(m_focus->heldCount(), 1);
        QVERIFY(m_notifier->posted.isEmpty());
        m_focus->stop();
        QCOMPARE(m_notifier->posted.size(), 1);  // the digest
        QCOMPARE(m_focus->status().value(QStringLiteral("digests")).toInt(), 1);

        m_focus->setConfig(edited(m_focus->config(), [](NotificationsPage *page) { page->digestBox()->setChecked(false); }));
        m_notifier->posted.clear();
        m_focus->startFor(30);
        arrive(Tier::Async, QStringLiteral("Held two"));
        QCOMPARE(m_focus->heldCount(), 1);
        m_focus->stop();
        QVERIFY2(m_notifier->posted.isEmpty(), "no digest when it is turned off");
        QCOMPARE(m_focus->status().value(QStringLiteral("digests")).toInt(), 1);
        QVERIFY(!m_focus->isFocusing());
    }

    void policyDecidesPerTier()
    {
        // The decision on its own (models/focus/notificationpolicy.h), for every gate answer.
        NotificationSettings s;
        s.async = TierNotifyMode::Quiet;
        Item item;
        item.tier = Tier::Async;
        QCOMPARE(newItemNotifyLevel(s, item, SourceNotifyMode::Notify, GateDecision::Notify), NotifyLevel::Quiet);
        QCOMPARE(newItemNotifyLevel(s, item, SourceNotifyMode::Notify, GateDecision::BadgeOnly), NotifyLevel::None);
        item.tier = Tier::Reference;
        QCOMPARE(newItemNotifyLevel(s, item, SourceNotifyMode::Notify, GateDecision::BadgeOnly), NotifyLevel::None);
        s.reference = TierNotifyMode::Normal;
        QCOMPARE(newItemNotifyLevel(s, item, SourceNotifyMode::Notify, GateDecision::BadgeOnly), NotifyLevel::Normal);
        QCOMPARE(newItemNotifyLevel(s, item, SourceNotifyMode::BadgeOnly, GateDecision::BadgeOnly), NotifyLevel::None);
        for (GateDecision d : {GateDecision::Silent, GateDecision::Hold, GateDecision::Breakthrough})
            QCOMPARE(newItemNotifyLevel(s, item, SourceNotifyMode::Notify, d), NotifyLevel::None);
        item.tier = Tier::Now;
        QCOMPARE(newItemNotifyLevel(s, item, SourceNotifyMode::Notify, GateDecision::Notify), NotifyLevel::Normal);
        s.enabled = false;
        QCOMPARE(newItemNotifyLevel(s, item, SourceNotifyMode::Notify, GateDecision::Notify), NotifyLevel::None);
    }
};

QTEST_MAIN(TestPreferencesNotifications)
#include "tst_preferences_notifications.moc"
