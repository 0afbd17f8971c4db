// bench/idle (issue 17): what the app costs while nothing happens. A data directory gets a Maildir
// of N generated messages and an IMAP account on a loopback Dovecot (its password in a private
// gnome-keyring), both synced once through the CLI; then the real app runs on it (offscreen, as it
// would sit in the tray) and, after --warmup seconds, its CPU time (utime + stime of
// /proc/PID/stat) is sampled over --seconds. The app keeps doing what it does when idle: the
// Maildir watch and its periodic rescan, the IMAP poll and IDLE. Prints one JSON line.
// Usage: idle [--messages 100000] [--seconds 300] [--warmup 60]
// Target (issue 17): ≤ 0.06 s CPU per minute with 100,000 Maildir items and an IMAP account.
#include "dovecotserver.h"
#include "imapkeyring.h"
#include "imaptestutil.h"
#include "sources/imap/imapcert.h"
#include "support/benchmaildir.h"
#include "support/benchprocess.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <unistd.h>

namespace {

/// utime + stime of process @p pid in seconds (fields 14 and 15 of /proc/PID/stat), -1 if gone.
double cpuSecondsOf(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The command name (field 2) is in parentheses and may hold spaces: count after its ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const double ticks = double(::sysconf(_SC_CLK_TCK));
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) / ticks;  // fields 14 and 15
}

/// Run the CLI to completion; false (with its output on stderr) when it fails. @p output (may be
/// null) receives what it printed.
bool cli(const QStringList &args, const QByteArray &stdinData = {}, double *seconds = nullptr,
         QByteArray *output = nullptr)
{
    const ProcessRun run = runProcess(QStringLiteral(FOCUSINBOX_CLI), args, QProcessEnvironment::systemEnvironment(),
                                      stdinData, 900000);
    if (seconds)
        *seconds = run.seconds;
    if (output)
        *output = run.output;
    if (!run.ok)
        std::fprintf(stderr, "focusinbox %s: %s\n", qPrintable(args.join(u' ')), run.output.constData());
    return run.ok;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int messages = 100000;
    int seconds = 300;
    int warmup = 60;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--messages"))
            messages = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--seconds"))
            seconds = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--warmup"))
            warmup = args.at(++i).toInt();
    }

    fi::test::KeyringSession keyring;
    if (!keyring.start()) {
        std::fprintf(stderr, "keyring: %s\n", qPrintable(keyring.error()));
        return 1;
    }
    fi::test::DovecotServer server;
    if (!server.start()) {
        std::fprintf(stderr, "dovecot: %s\n", qPrintable(server.error()));
        return 1;
    }
    const QStringList templates = fi::test::corpusFiles();
    fi::test::writeGeneratedMaildir(server.mailDir(), 2000, templates);  // a modest IMAP inbox
    server.fixOwnership();

    QTemporaryDir work;
    const QString mail = work.filePath(QStringLiteral("mail"));
    if (!generateMaildir(mail, messages)) {
        std::fprintf(stderr, "cannot generate the Maildir\n");
        return 1;
    }
    const QString data = work.filePath(QStringLiteral("data"));
    const QString url = QStringLiteral("imaps://%1@127.0.0.1:%2/INBOX").arg(server.user()).arg(server.tlsPort());
    double initialSeconds = 0;
    QByteArray initialOutput;
    if (!cli({QStringLiteral("--data-dir"), data, QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("maildir"), mail})
        || !cli({QStringLiteral("--data-dir"), data, QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("imap"), url,
                 QStringLiteral("--trust-fingerprint"), fi::imap::sha256Fingerprint(server.certificateDer())},
                server.password().toUtf8() + '\n')
        || !cli({QStringLiteral("--data-dir"), data, QStringLiteral("sync")}, {}, &initialSeconds, &initialOutput))
        return 1;
    // "N new, …" per source: the figure is only meaningful over a store that holds the messages.
    std::fprintf(stderr, "initial sync: %s\n", initialOutput.trimmed().split('\n').constLast().constData());

    QProcess inbox;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();  // the keyring's bus
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    inbox.setProcessEnvironment(env);
    inbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    inbox.setStandardOutputFile(QProcess::nullDevice());
    inbox.start(QStringLiteral(FOCUSINBOX_CLI), {QStringLiteral("--data-dir"), data});
    if (!inbox.waitForStarted(10000)) {
        std::fprintf(stderr, "the app did not start\n");
        return 1;
    }
    const qint64 pid = inbox.processId();
    QThread::sleep(warmup);
    const double warmCpu = cpuSecondsOf(pid);
    QThread::sleep(seconds);
    const double endCpu = cpuSecondsOf(pid);
    inbox.terminate();
    inbox.waitForFinished(10000);
    if (warmCpu < 0 || endCpu < 0) {
        std::fprintf(stderr, "the app exited during the measurement\n");
        return 1;
    }
    const double perMinute = (endCpu - warmCpu) / (seconds / 60.0);
    std::printf("{\"maildir_messages\": %d, \"imap_messages\": 2000, \"initial_cli_sync_seconds\": %.2f, "
                "\"warmup_seconds\": %d, \"sampled_seconds\": %d, \"cpu_seconds_at_warmup\": %.2f, "
                "\"cpu_seconds_sampled\": %.3f, \"cpu_seconds_per_minute\": %.4f, \"target_per_minute\": 0.06}\n",
                messages, initialSeconds, warmup, seconds, warmCpu, endCpu - warmCpu, perMinute);
    return 0;
}
