// FocusSessionLog: sessions land in focus_sessions through the store's writer (migration 0002).
#include "focus/focussessionlog.h"
#include "storage/itemstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fi;

class TestFocusSessionLog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void recordsAndReadsBack()
    {
        QTemporaryDir dir;
        ItemStore store(dir.filePath(QStringLiteral("db.sqlite")));
        QCOMPARE(store.open(), OpenError::None);
        FocusSessionLog log(&store);
        const FocusSessionRecord a{1000, 5000, 4000, FocusOrigin::Schedule, 12, 1};
        const FocusSessionRecord b{6000, 7000, 9000, FocusOrigin::Manual, 0, 0};
        QVERIFY(log.record(b).result());
        QVERIFY(log.record(a).result());
        QCOMPARE(log.sessions(0, 10000), (QList<FocusSessionRecord>{a, b}));
        QCOMPARE(log.sessions(2000, 10000), QList<FocusSessionRecord>{b});
    }

    void invalidRowRollsBack()
    {
        QTemporaryDir dir;
        ItemStore store(dir.filePath(QStringLiteral("db.sqlite")));
        QCOMPARE(store.open(), OpenError::None);
        // runWrite reports a failing statement and writes nothing.
        QVERIFY(!store.runWrite([](QSqlDatabase &, QString *error) {
                          *error = QStringLiteral("refused");
                          return false;
                      }).result());
        QVERIFY(FocusSessionLog(&store).sessions(0, 1).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFocusSessionLog)
#include "tst_focussessionlog.moc"
