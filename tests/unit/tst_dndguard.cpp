// Desktop DND: what to restore is on disk BEFORE DND is switched on (issue 9), so a crash
// between the two still restores the desktop at the next start. The backend here is a test
// double of our own DndBackend interface that records focus-state.json at the moment it is
// switched; the file is written by the real FocusStateFile, as FocusController does.
#include "focus/dndguard.h"
#include "focus/focusstatefile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fi;

namespace {

class RecordingBackend final : public DndBackend {
public:
    QString statePath;
    bool on = false;
    bool refuse = false;
    bool ignore = false;  ///< Says yes but does not switch (a desktop that drops the request).
    QList<bool> switchedTo;
    QList<FocusStateFile> fileWhenSwitched;

    QString id() const override { return QStringLiteral("dunst"); }
    QString displayName() const override { return QStringLiteral("recording"); }
    std::optional<bool> isEnabled() override { return on; }
    bool setEnabled(bool enable) override
    {
        switchedTo << enable;
        fileWhenSwitched << FocusStateFile::load(statePath);
        if (refuse)
            return false;
        if (!ignore)
            on = enable;
        return true;
    }
    bool showsCriticalDuringDnd() const override { return false; }
};

} // namespace

class TestDndGuard : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void recordIsOnDiskBeforeSwitching();
    void noRecordNoSwitch();
    void refusedSwitchClearsRecord();
    void selfTestTurnsOnAndOffAgain();
};

namespace {
struct Rig {
    QTemporaryDir dir;
    RecordingBackend *backend = nullptr;
    std::unique_ptr<DndGuard> guard;
    bool persistWorks = true;

    Rig()
    {
        auto b = std::make_unique<RecordingBackend>();
        backend = b.get();
        backend->statePath = FocusStateFile::pathIn(dir.path());
        guard = std::make_unique<DndGuard>(std::move(b));
        guard->setPersist([this](const QJsonObject &dnd) {
            if (!persistWorks)
                return false;
            FocusStateFile file;
            file.machine = QJsonObject{{QStringLiteral("focusing"), true}};
            file.dnd = dnd;
            return file.save(backend->statePath);
        });
    }
};
} // namespace

void TestDndGuard::recordIsOnDiskBeforeSwitching()
{
    Rig rig;
    rig.backend->on = true;  // the user had DND on already: that is what must come back
    rig.guard->engage();
    QVERIFY(rig.guard->isEngaged());
    QCOMPARE(rig.backend->switchedTo, QList<bool>{true});
    const FocusStateFile atSwitch = rig.backend->fileWhenSwitched.first();
    QVERIFY(atSwitch.problem.isEmpty());
    QCOMPARE(atSwitch.dnd.value(QStringLiteral("engaged")).toBool(), true);
    QCOMPARE(atSwitch.dnd.value(QStringLiteral("backend")).toString(), QStringLiteral("dunst"));
    QCOMPARE(atSwitch.dnd.value(QStringLiteral("previous")).toBool(), true);

    // The same with DND off before: previous=false is recorded before switching.
    Rig off;
    off.guard->engage();
    QCOMPARE(off.backend->fileWhenSwitched.first().dnd.value(QStringLiteral("engaged")).toBool(), true);
    QCOMPARE(off.backend->fileWhenSwitched.first().dnd.value(QStringLiteral("previous")).toBool(), false);

    // A crash right after switching: the next start reads the record and knows what to restore.
    const FocusStateFile afterCrash = FocusStateFile::load(off.backend->statePath);
    QCOMPARE(afterCrash.dnd, off.guard->toJson());
    off.guard->release();
    QCOMPARE(off.backend->switchedTo, (QList<bool>{true, false}));
}

void TestDndGuard::noRecordNoSwitch()
{
    Rig rig;
    rig.persistWorks = false;  // disk full, data directory gone…
    rig.guard->engage();
    QVERIFY(!rig.guard->isEngaged());
    QVERIFY(rig.backend->switchedTo.isEmpty());  // never switched on without a way back
    QVERIFY(rig.guard->toJson().isEmpty());
}

void TestDndGuard::refusedSwitchClearsRecord()
{
    Rig rig;
    rig.backend->refuse = true;
    rig.guard->engage();
    QVERIFY(!rig.guard->isEngaged());
    QCOMPARE(rig.backend->switchedTo, QList<bool>{true});
    // Nothing to restore after all: the record on disk says so.
    QVERIFY(FocusStateFile::load(rig.backend->statePath).dnd.isEmpty());
}

/// Issue 14, Preferences ▸ Focus "Test": on, read back, off again; never undoes a DND that was
/// already on; says plainly when the desktop refuses or ignores it, or has no DND at all.
void TestDndGuard::selfTestTurnsOnAndOffAgain()
{
    QTemporaryDir dir;
    RecordingBackend backend;
    backend.statePath = FocusStateFile::pathIn(dir.path());
    QCOMPARE(testDesktopDnd(backend), QStringLiteral("recording: Do Not Disturb turned on and off again"));
    QCOMPARE(backend.switchedTo, (QList<bool>{true, false}));
    QVERIFY(!backend.on);

    backend.switchedTo.clear();
    backend.on = true;  // the user (or a running session) has it on
    QCOMPARE(testDesktopDnd(backend), QStringLiteral("recording: Do Not Disturb is already on; left as it is"));
    QVERIFY(backend.switchedTo.isEmpty());
    QVERIFY(backend.on);

    backend.on = false;
    backend.ignore = true;
    QCOMPARE(testDesktopDnd(backend),
             QStringLiteral("recording: Do Not Disturb was switched on, but the desktop still says it is off"));
    backend.ignore = false;
    backend.refuse = true;
    QCOMPARE(testDesktopDnd(backend), QStringLiteral("recording: the desktop did not let Do Not Disturb be turned on"));
    QVERIFY(!backend.on);

    QCOMPARE(testDesktopDnd(*noDndBackend()), QStringLiteral("No desktop Do Not Disturb found"));
}

QTEST_GUILESS_MAIN(TestDndGuard)
#include "tst_dndguard.moc"
