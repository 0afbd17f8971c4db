// config.json: defaults, round trip, and a broken file that never stops the app.
#include "config/appconfig.h"
#include "config/apppaths.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace fi;

class TestAppConfig : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qunsetenv("FOCUSINBOX_DATA_DIR"); }
    void missingFileGivesDefaults();
    void roundTrip();
    void invalidJsonFallsBackWithError();
    void saveNeverOverwritesWhatDoesNotParse();
    void brokenSectionKeepsTheRest();
    void dataDirPrecedence();
    void shortcutsRoundTripAndBadEntries();
};

namespace {
void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}
} // namespace

void TestAppConfig::missingFileGivesDefaults()
{
    QTemporaryDir dir;
    const AppConfig config = AppConfig::load(dir.filePath(QStringLiteral("config.json")));
    QVERIFY(config.errors().isEmpty());
    QVERIFY(config.myAddresses.isEmpty());
    QVERIFY(config.rules.size() > 0);
    QCOMPARE(config.policies.forTier(Tier::Now).windowMinutes, std::optional<qint64>(15));
    QCOMPARE(config.rescanIntervalSeconds, 60);
}

void TestAppConfig::roundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config.json"));
    AppConfig config;
    config.myAddresses = {QStringLiteral("ana@northwind.dev")};
    config.workingHours.setTimeZone(QTimeZone("America/Sao_Paulo"));
    config.rescanIntervalSeconds = 120;
    QString error;
    QVERIFY2(config.save(path, &error), qPrintable(error));

    const AppConfig loaded = AppConfig::load(path);
    QVERIFY2(loaded.errors().isEmpty(), qPrintable(loaded.errors().join(QLatin1Char('\n'))));
    QCOMPARE(loaded.myAddresses, config.myAddresses);
    QCOMPARE(loaded.workingHours.timeZone().id(), QByteArray("America/Sao_Paulo"));
    QCOMPARE(loaded.rescanIntervalSeconds, 120);
    QCOMPARE(loaded.rules.size(), config.rules.size());
    QCOMPARE(loaded.policies.size(), config.policies.size());
}

void TestAppConfig::invalidJsonFallsBackWithError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config.json"));
    const QByteArray broken = "{ \"me\": [\"ana@northwind.dev\", }";
    writeFile(path, broken);
    const AppConfig config = AppConfig::load(path);
    QCOMPARE(config.errors().size(), 1);
    QVERIFY(config.errors().first().contains(path));  // says where it came from
    QVERIFY(config.rules.size() > 0);                 // defaults in force
    // The user's file is kept aside, byte for byte, and the message says where.
    const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("config.json.broken-*")}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QVERIFY(QRegularExpression(QStringLiteral("^config\\.json\\.broken-\\d{8}T\\d{6}Z$")).match(aside.first()).hasMatch());
    QVERIFY2(config.errors().first().contains(aside.first()), qPrintable(config.errors().first()));
    QFile f(dir.filePath(aside.first()));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), broken);

    // Saving Preferences writes a new config.json; the broken one stays where it was put.
    AppConfig edited = config;
    edited.myAddresses = {QStringLiteral("ana@northwind.dev")};
    QString error;
    QVERIFY2(edited.save(path, &error), qPrintable(error));
    QVERIFY(AppConfig::load(path).errors().isEmpty());
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("config.json.broken-*")}, QDir::Files), aside);
}

void TestAppConfig::saveNeverOverwritesWhatDoesNotParse()
{
    // The file breaks while the app runs (the user edits it by hand): Preferences → Save copies it aside first.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config.json"));
    writeFile(path, R"({"me": ["ana@northwind.dev"]})");
    const AppConfig config = AppConfig::load(path);
    QVERIFY(config.errors().isEmpty());
    const QByteArray halfEdited = "{\"me\": [\"ana@northwind.dev\", \"bea@";
    writeFile(path, halfEdited);
    QString error;
    QVERIFY2(config.save(path, &error), qPrintable(error));
    const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("config.json.broken-*")}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QFile f(dir.filePath(aside.first()));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), halfEdited);

    // Sections that fell back to defaults: their text is kept aside once, before the first save.
    QTemporaryDir dir2;
    const QString path2 = dir2.filePath(QStringLiteral("config.json"));
    const QByteArray badSection = R"({"me": ["ana@northwind.dev"], "workingHours": {"timeZone": "Mars/Olympus_Mons"}})";
    writeFile(path2, badSection);
    const AppConfig partial = AppConfig::load(path2);
    QVERIFY(!partial.errors().isEmpty());
    QCOMPARE(QDir(dir2.path()).entryList({QStringLiteral("config.json.broken-*")}, QDir::Files).size(), 0);
    QVERIFY(partial.save(path2, &error));
    QVERIFY(partial.save(path2, &error));  // the second save has nothing new to keep
    const QStringList kept = QDir(dir2.path()).entryList({QStringLiteral("config.json.broken-*")}, QDir::Files);
    QCOMPARE(kept.size(), 1);
    QFile k(dir2.filePath(kept.first()));
    QVERIFY(k.open(QIODevice::ReadOnly));
    QCOMPARE(k.readAll(), badSection);
}

void TestAppConfig::brokenSectionKeepsTheRest()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config.json"));
    writeFile(path, R"({"me": ["Ana@Northwind.dev"],
                        "workingHours": {"timeZone": "Mars/Olympus_Mons"},
                        "rescanIntervalSeconds": 1})");
    const AppConfig config = AppConfig::load(path);
    QCOMPARE(config.myAddresses, QStringList{QStringLiteral("ana@northwind.dev")});
    QVERIFY(config.errors().size() >= 2);
    QVERIFY(config.errors().join(QLatin1Char('\n')).contains(QLatin1String("workingHours")));
    QVERIFY(config.errors().join(QLatin1Char('\n')).contains(QLatin1String("rescanIntervalSeconds")));
    QCOMPARE(config.rescanIntervalSeconds, 60);
}

void TestAppConfig::dataDirPrecedence()
{
    QTemporaryDir a;
    QTemporaryDir b;
    qputenv("FOCUSINBOX_DATA_DIR", b.path().toUtf8());
    QCOMPARE(AppPaths::resolve(a.path()).dataDir(), a.path());
    QCOMPARE(AppPaths::resolve().dataDir(), b.path());
    QCOMPARE(AppPaths::resolve().databasePath(), b.path() + QStringLiteral("/focusinbox.sqlite"));
    qunsetenv("FOCUSINBOX_DATA_DIR");
    QVERIFY(AppPaths::resolve().dataDir().endsWith(QLatin1String("/.local/share/FocusInbox")));
}

// Issue 12: "shortcuts" (Preferences ▸ Keyboard). A bad entry names its id and the rest loads.
void TestAppConfig::shortcutsRoundTripAndBadEntries()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config.json"));
    AppConfig config;
    config.shortcuts.insert(QStringLiteral("go.now"), {QStringLiteral("G, H"), QStringLiteral("Ctrl+1")});
    config.shortcuts.insert(QStringLiteral("item.reply"), {});  // deliberately unbound
    QString error;
    QVERIFY2(config.save(path, &error), qPrintable(error));
    const AppConfig loaded = AppConfig::load(path);
    QVERIFY2(loaded.errors().isEmpty(), qPrintable(loaded.errors().join(QLatin1Char('\n'))));
    QCOMPARE(loaded.shortcuts, config.shortcuts);

    writeFile(path, R"({"shortcuts": {"item.done": ["D"], "item.snooze": "S", "go.done": [3]}})");
    const AppConfig partial = AppConfig::load(path);
    QCOMPARE(partial.shortcuts.keys(), QStringList{QStringLiteral("item.done")});
    QCOMPARE(partial.errors().size(), 2);
    QVERIFY(partial.errors().join(QLatin1Char('\n')).contains(QStringLiteral("shortcuts: item.snooze: must be a list")));
    QVERIFY(partial.errors().join(QLatin1Char('\n')).contains(QStringLiteral("shortcuts: go.done: must be a list")));

    writeFile(path, R"({"shortcuts": ["D"]})");
    const AppConfig wrong = AppConfig::load(path);
    QVERIFY(wrong.shortcuts.isEmpty());
    QCOMPARE(wrong.errors().size(), 1);
}

QTEST_GUILESS_MAIN(TestAppConfig)
#include "tst_appconfig.moc"
