// Issue 16: which desktop services a build uses, on a desktop that offers them. Run by
// with_dunst.sh: a private X server and D-Bus session with a real dunst owning
// org.freedesktop.Notifications.
// - The normal Linux build posts through that server (its id comes back) and switches dunst's DND.
// - The portable build (FOCUSINBOX_PORTABLE=ON: what Windows and macOS will run) ignores the bus
//   even though the service is there: notifications go to the tray icon's balloon, and DND is the
//   no-op backend that says "not supported here".
#include "config/buildinfo.h"
#include "dnd/dndbackend.h"
#include "notify/notifier.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QTest>

using namespace fi;

class TestPlatformServices : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void notificationsGoWhereTheBuildSays();
    void dndBackendIsWhatTheBuildSupports();
};

void TestPlatformServices::initTestCase()
{
    // with_dunst.sh made the session; a run outside it would test nothing.
    QVERIFY2(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty(), "run through tests/platform/with_dunst.sh");
    qInfo("%s", qPrintable(buildinfo::versionLine()));
}

void TestPlatformServices::notificationsGoWhereTheBuildSays()
{
    QSystemTrayIcon tray;
    const std::unique_ptr<Notifier> notifier = createNotifier(&tray);
    QVERIFY(notifier);
    NotificationRequest request;
    request.summary = QStringLiteral("Deploy failed");
    request.body = QStringLiteral("CI <ci@example.org>");
    if (buildinfo::isPortable()) {
        QCOMPARE(notifier->kind(), QStringLiteral("tray"));
        QVERIFY(!FreedesktopNotifier::isServiceAvailable());
    } else {
        QCOMPARE(notifier->kind(), QStringLiteral("freedesktop"));
        QVERIFY(FreedesktopNotifier::isServiceAvailable());
        QVERIFY(notifier->notify(request) > 0);  // dunst accepted it and gave it an id
    }
}

void TestPlatformServices::dndBackendIsWhatTheBuildSupports()
{
    const std::unique_ptr<DndBackend> backend = detectDndBackend();
    QVERIFY(backend);
    if (buildinfo::isPortable()) {
        QCOMPARE(backend->id(), QStringLiteral("none"));
        QVERIFY(!backend->isFunctional());
        QVERIFY(!backend->setEnabled(true));
        QCOMPARE(backend->displayName(), QStringLiteral("not supported here"));
    } else {
        QCOMPARE(backend->id(), QStringLiteral("dunst"));
        QVERIFY(backend->setEnabled(true));
        QCOMPARE(backend->isEnabled(), std::optional<bool>(true));
        QVERIFY(backend->setEnabled(false));
        QCOMPARE(backend->isEnabled(), std::optional<bool>(false));
    }
}

QTEST_MAIN(TestPlatformServices)
#include "tst_platformservices.moc"
