#include "killloop.h"

#include "dovecotserver.h"
#include "imapkeyring.h"
#include "cliprocess.h"
#include "imaptestutil.h"
#include "sources/imap/imapcert.h"
#include "sources/imap/imapsyncstate.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>

namespace fi::test {
namespace {

constexpr int kMaxProblems = 20;
constexpr int kSyncTimeoutMs = 600000;

QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

/// Starts `focusinbox --data-dir @p dataDir sync` with its output discarded (a full pipe
/// would stall it).
void startSync(QProcess &process, const QString &dataDir)
{
    process.setProcessEnvironment(cliEnvironment());
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    process.start(QStringLiteral(FOCUSINBOX_CLI),
                  {QStringLiteral("--data-dir"), dataDir, QStringLiteral("sync")});
}

bool copyDir(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to))
        return false;
    const QDir src(from);
    for (const QFileInfo &info : src.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
        const QString target = to + u'/' + info.fileName();
        if (info.isDir() ? !copyDir(info.filePath(), target) : !QFile::copy(info.filePath(), target))
            return false;
    }
    return true;
}

QString databaseOf(const QString &dataDir) { return dataDir + QStringLiteral("/focusinbox.sqlite"); }

} // namespace

QByteArray KillLoopReport::json() const
{
    QByteArray out = "{\"rounds\": " + QByteArray::number(rounds) + ", \"kills\": " + QByteArray::number(kills)
        + ", \"partial_stores\": " + QByteArray::number(partial) + ", \"completed_syncs\": " + QByteArray::number(completed) + ", \"epochs\": " + QByteArray::number(epochs)
        + ", \"integrity_failures\": " + QByteArray::number(integrityFailures)
        + ", \"missing_uids\": " + QByteArray::number(missingUids)
        + ", \"final_count\": " + QByteArray::number(finalCount) + ", \"expected\": " + QByteArray::number(expected)
        + ", \"problems\": " + QByteArray::number(problems.size())
        + ", \"seed\": " + QByteArray::number(seed) + ", \"seconds\": " + QByteArray::number(seconds, 'f', 1);
    if (!setupError.isEmpty()) {
        QByteArray why = setupError.toUtf8();
        why.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', ' ');
        out += ", \"setup_error\": \"" + why + '"';
    }
    return out + '}';
}

StoreCheck checkStore(const QString &databasePath)
{
    static QAtomicInt serial = 0;
    const QString name = QStringLiteral("fi-killloop-check-%1").arg(serial.fetchAndAddRelaxed(1));
    StoreCheck check;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        if (!db.open()) {
            check.error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next()) {
                check.integrityOk = q.value(0).toString() == QLatin1String("ok");
                if (!check.integrityOk)
                    check.error = q.value(0).toString();
            } else {
                check.error = q.lastError().text();
            }
            q.finish();
            // Every FTS5 table (the schema has one, items_fts; found by name so a rename is checked too).
            QStringList ftsTables;
            if (q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                      " AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%'"))) {
                while (q.next())
                    ftsTables << q.value(0).toString();
            }
            q.finish();
            check.ftsOk = !ftsTables.isEmpty();
            // The plain check verifies the index itself; with rank = 1 (SQLite >= 3.40) it also
            // compares the index with its external content table (items).
            for (const QString &t : std::as_const(ftsTables)) {
                for (const QString &sql : {QStringLiteral("INSERT INTO \"%1\"(\"%1\") VALUES('integrity-check')"),
                                           QStringLiteral("INSERT INTO \"%1\"(\"%1\", rank) VALUES('integrity-check', 1)")}) {
                    if (!q.exec(sql.arg(t))) {
                        check.ftsOk = false;
                        check.error += QStringLiteral(" fts %1: %2").arg(t, q.lastError().text());
                    }
                }
            }
            if (q.exec(QStringLiteral("SELECT count(*) FROM items")) && q.next())
                check.items = q.value(0).toInt();
            q.finish();
            imap::FolderState state;
            if (q.exec(QStringLiteral("SELECT state FROM sync_state WHERE folder = 'INBOX'")) && q.next())
                state = imap::FolderState::decode(q.value(0).toByteArray());
            q.finish();
            check.uidNext = state.uidNext;
            if (q.exec(QStringLiteral("SELECT locator FROM items WHERE folder = ''"))) {
                while (q.next()) {
                    const std::optional<imap::UidRef> ref = imap::parseLocator(q.value(0).toString());
                    if (ref && (state.uidValidity == 0 || ref->uidValidity == state.uidValidity))
                        check.storedUids << ref->uid;
                }
            }
            q.finish();
            std::sort(check.storedUids.begin(), check.storedUids.end());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return check;
}

KillLoopReport runKillLoop(const KillLoopOptions &options)
{
    KillLoopReport report;
    auto log = [&](const QString &line) {
        if (options.log)
            options.log(line);
    };
    auto problem = [&](const QString &line) {
        log(line);
        if (report.problems.size() < kMaxProblems)
            report.problems << line;
    };
    report.seed = options.seed ? options.seed : quint32(QDateTime::currentMSecsSinceEpoch());
    report.expected = options.messages;

    KeyringSession keyring;
    if (!keyring.start()) {
        report.setupError = QStringLiteral("keyring: ") + keyring.error();
        return report;
    }
    DovecotServer server;
    if (!server.start()) {
        report.setupError = QStringLiteral("dovecot: ") + server.error();
        return report;
    }
    const QStringList templates = corpusFiles();
    if (templates.isEmpty()) {
        report.setupError = QStringLiteral("no corpus messages (FOCUSINBOX_CORPUS_DIR)");
        return report;
    }
    writeGeneratedMaildir(server.mailDir(), options.messages, templates);
    server.fixOwnership();
    // The server's UIDs (Dovecot indexes the files here, once).
    QSet<quint32> serverUids;
    {
        QString why;
        auto admin = adminSession(server, &why);
        imap::Error e;
        if (!admin || !admin->select(QStringLiteral("INBOX"), &e)) {
            report.setupError = QStringLiteral("cannot select INBOX: ") + why + e.message;
            return report;
        }
        const auto uids = admin->uidFetch({{1, 0}}, imap::FetchWhat::Uids, &e);
        if (!uids) {
            report.setupError = QStringLiteral("cannot list UIDs: ") + e.message;
            return report;
        }
        for (const imap::FetchedMessage &m : *uids)
            serverUids.insert(m.uid);
    }
    if (serverUids.size() != options.messages) {
        report.setupError = QStringLiteral("Dovecot lists %1 of %2 messages").arg(serverUids.size()).arg(options.messages);
        return report;
    }

    // A template data directory with the account (password in the keychain), copied per epoch.
    QTemporaryDir work;
    const QString templateDir = work.filePath(QStringLiteral("template"));
    {
        const QString url = QStringLiteral("imaps://%1@127.0.0.1:%2/INBOX").arg(server.user()).arg(server.tlsPort());
        const CliResult add = runCli(templateDir,
                                     {QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("imap"), url,
                                      QStringLiteral("--trust-fingerprint"),
                                      imap::sha256Fingerprint(server.certificateDer())},
                                     server.password().toUtf8() + '\n');
        if (add.exitCode != 0) {
            report.setupError = QStringLiteral("sources add failed: ") + QString::fromUtf8(add.err);
            return report;
        }
    }

    // Calibration: one uninterrupted sync; kill moments are drawn from [0, its duration].
    QElapsedTimer clock;
    qint64 fullSyncMs = 0;
    {
        const QString dir = work.filePath(QStringLiteral("calibration"));
        if (!copyDir(templateDir, dir)) {
            report.setupError = QStringLiteral("cannot copy the data directory");
            return report;
        }
        QProcess p;
        clock.start();
        startSync(p, dir);
        if (!p.waitForFinished(kSyncTimeoutMs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            report.setupError = QStringLiteral("calibration sync failed (exit %1)").arg(p.exitCode());
            return report;
        }
        fullSyncMs = clock.elapsed();
        const StoreCheck c = checkStore(databaseOf(dir));
        if (c.items != options.messages) {
            report.setupError = QStringLiteral("calibration sync stored %1 of %2").arg(c.items).arg(options.messages);
            return report;
        }
        QDir(dir).removeRecursively();
        log(QStringLiteral("full sync of %1 messages: %2 ms").arg(options.messages).arg(fullSyncMs));
    }

    QRandomGenerator random(report.seed);
    QString dataDir;
    auto newEpoch = [&] {
        if (!dataDir.isEmpty())
            QDir(dataDir).removeRecursively();
        dataDir = work.filePath(QStringLiteral("epoch-%1").arg(++report.epochs));
        return copyDir(templateDir, dataDir);
    };
    if (!newEpoch()) {
        report.setupError = QStringLiteral("cannot copy the data directory");
        return report;
    }
    clock.start();
    for (int round = 1; round <= options.rounds; ++round) {
        if (options.maxSeconds > 0 && clock.elapsed() > qint64(options.maxSeconds) * 1000) {
            log(QStringLiteral("time budget of %1 s used up after %2 rounds").arg(options.maxSeconds).arg(report.rounds));
            break;
        }
        report.rounds = round;
        const int delayMs = int(random.bounded(quint32(fullSyncMs + 1)));
        QProcess p;
        startSync(p, dataDir);
        if (!p.waitForStarted(10000)) {
            problem(QStringLiteral("round %1: the CLI did not start").arg(round));
            continue;
        }
        bool killed = false;
        if (!p.waitForFinished(delayMs)) {
            p.kill(); // SIGKILL
            p.waitForFinished(10000);
            killed = p.exitStatus() == QProcess::CrashExit;
        }
        if (killed)
            ++report.kills;
        else if (p.exitCode() != 0)
            problem(QStringLiteral("round %1: sync exited with %2").arg(round).arg(p.exitCode()));

        const StoreCheck c = checkStore(databaseOf(dataDir));
        if (!c.integrityOk || !c.ftsOk) {
            ++report.integrityFailures;
            problem(QStringLiteral("round %1: integrity: %2").arg(round).arg(c.error));
        }
        const QSet<quint32> stored(c.storedUids.cbegin(), c.storedUids.cend());
        int missing = 0;
        for (const quint32 uid : std::as_const(serverUids)) {
            if (uid < c.uidNext && !stored.contains(uid))
                ++missing;
        }
        if (missing > 0) {
            report.missingUids += missing;
            problem(QStringLiteral("round %1: %2 UIDs below UIDNEXT %3 not stored").arg(round).arg(missing).arg(c.uidNext));
        }
        if (c.storedUids.size() != c.items || c.items > options.messages)
            problem(QStringLiteral("round %1: %2 items, %3 with an INBOX UID").arg(round).arg(c.items).arg(c.storedUids.size()));
        if (killed && c.items > 0 && c.items < options.messages)
            ++report.partial;
        if (!killed) {
            ++report.completed;
            if (c.items != options.messages) {
                ++report.integrityFailures; // a finished sync that lost messages is a broken store
                problem(QStringLiteral("round %1: a completed sync stored %2 of %3").arg(round).arg(c.items).arg(options.messages));
            }
        }
        if (round % 50 == 0 || round == options.rounds)
            log(QStringLiteral("round %1 (%2 s): %3 kills, %4 partial, %5 integrity failures, %6 missing UIDs; %7 items, UIDNEXT %8")
                    .arg(round)
                    .arg(clock.elapsed() / 1000)
                    .arg(report.kills)
                    .arg(report.partial)
                    .arg(report.integrityFailures)
                    .arg(report.missingUids)
                    .arg(c.items)
                    .arg(c.uidNext));
        // A fully synced store has nothing left to kill: start over with an empty one (the final
        // sync then runs from scratch, which must also give exactly the folder).
        if (c.items == options.messages && !newEpoch()) {
            report.setupError = QStringLiteral("cannot copy the data directory");
            return report;
        }
    }

    // The final clean sync completes whatever the last kill left.
    QProcess p;
    startSync(p, dataDir);
    if (!p.waitForFinished(kSyncTimeoutMs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        problem(QStringLiteral("final sync failed (exit %1)").arg(p.exitCode()));
    const StoreCheck c = checkStore(databaseOf(dataDir));
    if (!c.integrityOk || !c.ftsOk) {
        ++report.integrityFailures;
        problem(QStringLiteral("final: integrity: %1").arg(c.error));
    }
    report.finalCount = c.items;
    report.seconds = double(clock.elapsed()) / 1000.0;
    return report;
}

} // namespace fi::test
