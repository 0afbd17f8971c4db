// bench/killloop: fault injection with kill -9. Runs the CLI sync (`focusinbox --data-dir D sync`)
// of a Dovecot folder filled from the shared corpus, kills it with SIGKILL at a random moment,
// then checks PRAGMA integrity_check, the FTS5 integrity-check and that every UID below the
// committed UIDNEXT is stored; a final clean sync must store exactly the folder. The loop itself
// is tests/support/killloop.cpp (shared with tests/integration/tst_killloop). Prints one JSON line.
// Usage: killloop --rounds N [--messages 20000] [--seed S] [--max-seconds T]
// (--max-seconds: stop starting rounds after T seconds; "rounds" in the JSON says how many ran.)
#include "killloop.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    fi::test::KillLoopOptions options;
    options.rounds = 1000;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--rounds"))
            options.rounds = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--messages"))
            options.messages = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--seed"))
            options.seed = args.at(i + 1).toUInt();
        else if (args.at(i) == QLatin1String("--max-seconds"))
            options.maxSeconds = args.at(i + 1).toInt();
    }
    if (options.rounds <= 0 || options.messages <= 0) {
        std::fprintf(stderr, "usage: killloop --rounds N [--messages M] [--seed S] [--max-seconds T]\n");
        return 2;
    }
    options.log = [](const QString &line) {
        std::fprintf(stderr, "%s\n", qPrintable(line));
        std::fflush(stderr);
    };
    const fi::test::KillLoopReport report = fi::test::runKillLoop(options);
    for (const QString &p : report.problems)
        std::fprintf(stderr, "problem: %s\n", qPrintable(p));
    std::printf("%s\n", report.json().constData());
    if (!report.setupError.isEmpty())
        return 1;
    return report.ok() ? 0 : 2;
}
