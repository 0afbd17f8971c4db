// Benchmark: refreshing 500 feeds of 50 entries each (RSS 2.0 and Atom 1.0 mixed) served by a
// real nginx on 127.0.0.1, through the app's CLI exactly as a user would run it:
//   focusinbox --data-dir D sources import-opml F   (the OPML this benchmark writes)
//   focusinbox --data-dir D sync                    (timed: the first, full refresh)
//   focusinbox --data-dir D sync                    (timed: the second, conditional refresh)
// and the peer, `newsboat -x reload` with reload-threads 8 over the same URLs (its own config,
// urls and cache in the temporary directory), three times (its third run is its first
// conditional one, see below). Wall time and peak RSS (ru_maxrss of the
// child from wait4) of every run, the requests nginx answered with 200 and 304 in each run, and
// the items the app stored are printed as one JSON line with the targets (first < 3 s,
// conditional < 0.5 s, peak RSS < 150 MB).
//
// Also, for reference, the network layer alone: net::HttpFetcher over the same URLs in this process
// ("fetcher_only": a full pass, then a conditional one with the validators of the first).
//
// Usage: feeds [--feeds 500] [--entries 50] [--cli PATH] [--keep DIR] [--skip-newsboat] [--skip-app]
// Needs nginx (Debian: nginx-light) and newsboat: scripts/deps.sh BENCH_PACKAGES.
#include "config/apppaths.h"
#include "net/httpfetcher.h"
#include "sources/feed/feedkind.h"
#include "storage/itemstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <ctime>
#include <vector>

extern char **environ;

#ifndef FOCUSINBOX_CLI
#define FOCUSINBOX_CLI "focusinbox"  // (bench/CMakeLists.txt passes the built binary's path)
#endif

namespace {

constexpr double TargetFirstSeconds = 3.0;
constexpr double TargetConditionalSeconds = 0.5;
constexpr double TargetPeakRssMb = 150.0;

/// One child process run to completion.
struct Run {
    bool started = false;
    int exitCode = -1;    // -1: killed by a signal or not started
    double seconds = 0;
    double peakRssMb = 0;  // ru_maxrss of the child
    double cpuSeconds = 0;  // user + system CPU time of the child
    QByteArray out;
    QByteArray err;
};

/// `feeds --measure OUT ERR PROGRAM ARGS…` (this binary, re-executed small, before any Qt set-up):
/// runs PROGRAM with stdout/stderr to OUT/ERR and prints "<exit> <seconds> <maxrss kB> <cpu s>".
/// Why a separate process: Linux counts the RSS of the image a process exec()s away from in its
/// ru_maxrss, and a child spawned straight from this (large) bench would start from the bench's.
int measureMain(int argc, char **argv)
{
    if (argc < 5)
        return 2;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, argv[2], O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, 2, argv[3], O_WRONLY | O_CREAT | O_TRUNC, 0644);
    timespec start{}, end{};
    clock_gettime(CLOCK_MONOTONIC, &start);
    pid_t pid = 0;
    const int rc = posix_spawn(&pid, argv[4], &actions, nullptr, argv + 4, environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) {
        std::printf("-1 0 0 0 cannot start %s: %s\n", argv[4], strerror(rc));
        return 0;
    }
    int status = 0;
    struct rusage usage {};
    while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
    }
    clock_gettime(CLOCK_MONOTONIC, &end);
    const double seconds = double(end.tv_sec - start.tv_sec) + double(end.tv_nsec - start.tv_nsec) / 1e9;
    const double cpu = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
                       + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    std::printf("%d %.6f %ld %.6f\n", WIFEXITED(status) ? WEXITSTATUS(status) : -1, seconds, usage.ru_maxrss, cpu);
    return 0;
}

/// Run @p program with @p args, stdout/stderr to files under @p scratch, environment @p env
/// (KEY=VALUE added; empty = inherit), through `feeds --measure`: wall time from spawn to
/// wait4, peak RSS (ru_maxrss) and CPU time from wait4's rusage.
Run runTimed(const QString &program, const QStringList &args, const QString &scratch, const QString &tag,
             const QStringList &env = {})
{
    Run run;
    const QString outPath = scratch + u'/' + tag + QStringLiteral(".out");
    const QString errPath = scratch + u'/' + tag + QStringLiteral(".err");
    const QByteArray measurePath = QFile::encodeName(scratch + u'/' + tag + QStringLiteral(".measure"));
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, measurePath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);

    std::vector<QByteArray> argStore{QFile::encodeName(QCoreApplication::applicationFilePath()), "--measure",
                                     QFile::encodeName(outPath), QFile::encodeName(errPath),
                                     QFile::encodeName(program)};
    for (const QString &a : args)
        argStore.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : argStore)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<QByteArray> envStore;
    std::vector<char *> envp;
    for (char **e = environ; *e; ++e)
        envStore.emplace_back(*e);
    for (const QString &e : env)
        envStore.push_back(e.toLocal8Bit());
    for (QByteArray &e : envStore)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    pid_t pid = 0;
    const int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) {
        run.err = QByteArray("cannot start ") + argv[0] + ": " + strerror(rc);
        return run;
    }
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    QFile measure(QFile::decodeName(measurePath));
    const QList<QByteArray> fields =
        measure.open(QIODevice::ReadOnly) ? measure.readAll().trimmed().split(' ') : QList<QByteArray>();
    if (fields.size() < 4 || fields.at(0) == "-1") {
        run.err = "not measured: " + fields.join(' ');
        return run;
    }
    run.started = true;
    run.exitCode = fields.at(0).toInt();
    run.seconds = fields.at(1).toDouble();
    run.peakRssMb = fields.at(2).toDouble() / 1024.0;  // kB on Linux
    run.cpuSeconds = fields.at(3).toDouble();
    QFile out(outPath);
    if (out.open(QIODevice::ReadOnly))
        run.out = out.readAll();
    QFile err(errPath);
    if (err.open(QIODevice::ReadOnly))
        run.err = err.readAll();
    return run;
}

QString xmlEscape(const QString &s)
{
    return s.toHtmlEscaped();
}

QString rfc822(const QDateTime &t)
{
    return QLocale::c().toString(t.toTimeZone(QTimeZone::utc()), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss '+0000'"));
}

/// ~1 KB of HTML per entry: what a blog's summary looks like.
QString entryHtml(int feed, int entry)
{
    return QStringLiteral("<p>Release notes for build %1.%2 of <b>project %1</b>.</p>"
                          "<ul><li>Fixed the crash when opening a <code>config</code> file with a BOM.</li>"
                          "<li>Faster start-up: the index is loaded lazily (about 40 percent less time).</li>"
                          "<li>Translations updated; see <a href=\"/changes/%1/%2\">the full list</a>.</li></ul>"
                          "<p>Thanks to everyone who reported issues and tested the previews. The next "
                          "release is planned for next month; as always, feedback is welcome on the "
                          "forum or the issue tracker. <img src=\"/img/%1.png\" alt=\"\"></p>")
        .arg(feed)
        .arg(entry);
}

QByteArray rssFeed(int feed, int entries, const QDateTime &base)
{
    QString doc = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                                 "<title>Project %1 releases</title><link>https://example.org/p/%1/</link>"
                                 "<description>Release feed of project %1</description>\n")
                      .arg(feed);
    for (int e = 0; e < entries; ++e) {
        doc += QStringLiteral("<item><title>Project %1: release %1.%2 &amp; notes</title>"
                              "<link>https://example.org/p/%1/releases/%2</link>"
                              "<guid isPermaLink=\"false\">urn:bench:rss:%1:%2</guid>"
                              "<pubDate>%3</pubDate><author>dev%1@example.org (Dev %1)</author>"
                              "<description>%4</description></item>\n")
                   .arg(feed)
                   .arg(e)
                   .arg(rfc822(base.addSecs(-3600LL * (e + feed))), xmlEscape(entryHtml(feed, e)));
    }
    doc += QStringLiteral("</channel></rss>\n");
    return doc.toUtf8();
}

QByteArray atomFeed(int feed, int entries, const QDateTime &base)
{
    QString doc = QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                                 "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Team %1 blog</title>"
                                 "<id>urn:bench:atom:%1</id><updated>%2</updated>"
                                 "<link rel=\"alternate\" href=\"https://example.org/t/%1/\"/>\n")
                      .arg(feed)
                      .arg(base.toString(Qt::ISODate));
    for (int e = 0; e < entries; ++e) {
        doc += QStringLiteral("<entry><title type=\"html\">Team %1 &lt;b&gt;post&lt;/b&gt; %2</title>"
                              "<link rel=\"alternate\" href=\"https://example.org/t/%1/posts/%2\"/>"
                              "<id>urn:bench:atom:%1:%2</id><updated>%3</updated>"
                              "<author><name>Writer %1</name><uri>https://example.org/u/%1</uri></author>"
                              "<summary type=\"html\">%4</summary></entry>\n")
                   .arg(feed)
                   .arg(e)
                   .arg(base.addSecs(-3600LL * (e + feed)).toString(Qt::ISODate), xmlEscape(entryHtml(feed, e)));
    }
    doc += QStringLiteral("</feed>\n");
    return doc.toUtf8();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

/// A free TCP port on 127.0.0.1 (closed again; nginx binds it right after).
quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool waitForPort(quint16 port, int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms) {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, port);
        if (s.waitForConnected(200))
            return true;
        QThread::msleep(50);
    }
    return false;
}

/// Status counts of the nginx access log lines from @p fromLine on ("<status> <uri>" lines).
QJsonObject accessCounts(const QString &log, int fromLine, int *lines)
{
    QFile f(log);
    QJsonObject counts;
    int n = 0;
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line.isEmpty())
                continue;
            if (n++ < fromLine)
                continue;
            const QString status = QString::fromLatin1(line.left(line.indexOf(' ')));
            counts.insert(status, counts.value(status).toInt() + 1);
        }
    }
    *lines = n;
    return counts;
}

QJsonObject runJson(const Run &r, const QJsonObject &requests)
{
    QJsonObject o;
    o.insert(QStringLiteral("seconds"), qRound(r.seconds * 1000) / 1000.0);
    o.insert(QStringLiteral("peak_rss_mb"), qRound(r.peakRssMb * 10) / 10.0);
    o.insert(QStringLiteral("cpu_s"), qRound(r.cpuSeconds * 1000) / 1000.0);
    o.insert(QStringLiteral("exit_code"), r.exitCode);
    o.insert(QStringLiteral("requests"), requests);
    return o;
}

QString firstLine(const QByteArray &text)
{
    const QString s = QString::fromLocal8Bit(text).trimmed();
    return s.left(s.indexOf(u'\n') < 0 ? 300 : qMin(300, int(s.indexOf(u'\n'))));
}

/// Add the feeds straight into the app's database (ItemStore::addSource, the kind's configFor),
/// as `sources import-opml` would: only when that command is not available, so the timed syncs
/// still run through the CLI. @return the number added.
int addSourcesDirectly(const QString &dataDir, const QStringList &urls, const QStringList &categories)
{
    QDir().mkpath(dataDir);
    fi::ItemStore store(fi::AppPaths::resolve(dataDir).databasePath());
    QString why;
    if (store.open(&why) != fi::OpenError::None) {
        std::fprintf(stderr, "cannot open the database: %s\n", qPrintable(why));
        return 0;
    }
    int added = 0;
    for (int i = 0; i < urls.size(); ++i) {
        QFuture<qint64> id = store.addSource(
            fi::feed::configFor(urls.at(i), QStringLiteral("Feed %1").arg(i), std::nullopt, categories.at(i)));
        id.waitForFinished();
        added += id.result() > 0 ? 1 : 0;
    }
    return added;
}

/// The network layer alone, in this process: net::HttpFetcher over every URL (default limits), once
/// without and once with the validators of the first pass. Bodies are kept (as a sync would
/// until parsed) and dropped at the end of each pass.
QJsonObject fetcherOnly(const QStringList &urls, const QString &accessLog, int *logLines)
{
    QJsonObject o;
    QHash<QString, QByteArray> etags;
    QHash<QString, QByteArray> lastModified;
    for (int pass = 0; pass < 2; ++pass) {
        QEventLoop loop;
        QObject context;
        int pending = int(urls.size());
        int ok = 0, notModified = 0, failed = 0;
        qint64 bytes = 0;
        QList<QByteArray> bodies;
        QElapsedTimer clock;
        clock.start();
        for (const QString &url : urls) {
            fi::net::FetchRequest request;
            request.url = QUrl(url);
            request.etag = etags.value(url);
            request.lastModified = lastModified.value(url);
            fi::net::HttpFetcher::instance().fetch(request, &context, [&, url](const fi::net::FetchResponse &r) {
                using Outcome = fi::net::FetchResponse::Outcome;
                if (r.outcome == Outcome::Ok) {
                    ++ok;
                    bytes += r.body.size();
                    bodies << r.body;
                    etags.insert(url, r.etag);
                    lastModified.insert(url, r.lastModified);
                } else if (r.outcome == Outcome::NotModified) {
                    ++notModified;
                } else {
                    ++failed;
                }
                if (--pending == 0)
                    loop.quit();
            });
        }
        if (pending > 0)
            loop.exec();
        const double seconds = double(clock.nsecsElapsed()) / 1e9;
        QJsonObject p;
        p.insert(QStringLiteral("seconds"), qRound(seconds * 1000) / 1000.0);
        p.insert(QStringLiteral("ok"), ok);
        p.insert(QStringLiteral("not_modified"), notModified);
        p.insert(QStringLiteral("failed"), failed);
        p.insert(QStringLiteral("body_mb"), qRound(double(bytes) / 1048576.0 * 10) / 10.0);
        const int from = *logLines;
        p.insert(QStringLiteral("requests"), accessCounts(accessLog, from, logLines));
        o.insert(pass == 0 ? QStringLiteral("first") : QStringLiteral("conditional"), p);
    }
    struct rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    o.insert(QStringLiteral("bench_process_peak_rss_mb"), qRound(double(usage.ru_maxrss) / 1024.0 * 10) / 10.0);
    return o;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc > 1 && std::strcmp(argv[1], "--measure") == 0)
        return measureMain(argc, argv);
    QCoreApplication app(argc, argv);
    signal(SIGPIPE, SIG_IGN);
    int feeds = 500;
    int entries = 50;
    QString cli = QStringLiteral(FOCUSINBOX_CLI);
    QString keep;
    bool skipNewsboat = false;
    bool skipApp = false;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (a == QLatin1String("--feeds") && hasValue)
            feeds = args.at(++i).toInt();
        else if (a == QLatin1String("--entries") && hasValue)
            entries = args.at(++i).toInt();
        else if (a == QLatin1String("--cli") && hasValue)
            cli = args.at(++i);
        else if (a == QLatin1String("--keep") && hasValue)
            keep = args.at(++i);
        else if (a == QLatin1String("--skip-newsboat"))
            skipNewsboat = true;
        else if (a == QLatin1String("--skip-app"))
            skipApp = true;
        else {
            std::fprintf(stderr, "usage: feeds [--feeds N] [--entries M] [--cli PATH] [--keep DIR] "
                                 "[--skip-newsboat] [--skip-app]\n");
            return 2;
        }
    }
    if (feeds <= 0 || entries <= 0)
        return 2;

    QTemporaryDir tmp;
    const QString root = keep.isEmpty() ? tmp.path() : QDir(keep).absolutePath();
    QJsonObject result;
    result.insert(QStringLiteral("feeds"), feeds);
    result.insert(QStringLiteral("entries_per_feed"), entries);
    QJsonObject targets;
    targets.insert(QStringLiteral("first_s"), TargetFirstSeconds);
    targets.insert(QStringLiteral("conditional_s"), TargetConditionalSeconds);
    targets.insert(QStringLiteral("peak_rss_mb"), TargetPeakRssMb);
    result.insert(QStringLiteral("targets"), targets);
    auto fail = [&](const QString &why) {
        result.insert(QStringLiteral("error"), why);
        std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
        return 1;
    };
    if (!keep.isEmpty() && QDir(root).exists() && !QDir(root).isEmpty())
        return fail(QStringLiteral("--keep %1: the directory must be new or empty").arg(root));
    if (!QDir().mkpath(root + QStringLiteral("/www/feeds")) || !QDir().mkpath(root + QStringLiteral("/nginx/tmp")))
        return fail(QStringLiteral("cannot create %1").arg(root));
    // nginx's workers run as "nobody" when we are root: let them into the tree (QTemporaryDir is 0700).
    const QFile::Permissions open = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                    | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
    for (const QString &dir : {root, root + QStringLiteral("/www"), root + QStringLiteral("/www/feeds")})
        QFile::setPermissions(dir, open);

    // 1. The feeds (half RSS 2.0, half Atom 1.0) and the OPML / newsboat url list naming them.
    const quint16 port = freePort();
    if (port == 0)
        return fail(QStringLiteral("no free port"));
    const QDateTime base = QDateTime(QDate(2026, 11, 30), QTime(12, 0), QTimeZone::utc());
    QStringList urls;
    QStringList categories;
    qint64 totalBytes = 0;
    QString opml = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">"
                                  "<head><title>bench/feeds</title></head><body>\n");
    QString folder;
    for (int f = 0; f < feeds; ++f) {
        const bool atom = f % 2 == 1;
        const QString name = QStringLiteral("feed-%1.%2").arg(f, 3, 10, QLatin1Char('0')).arg(atom ? u"atom" : u"xml");
        const QByteArray doc = atom ? atomFeed(f, entries, base) : rssFeed(f, entries, base);
        totalBytes += doc.size();
        if (!writeFile(root + QStringLiteral("/www/feeds/") + name, doc))
            return fail(QStringLiteral("cannot write the feeds"));
        const QString url = QStringLiteral("http://127.0.0.1:%1/feeds/%2").arg(port).arg(name);
        urls << url;
        // A folder per 100 feeds (OPML categories), every fifth feed at the top level.
        const QString want = f % 5 == 4 ? QString() : QStringLiteral("Group %1").arg(f / 100);
        categories << want;
        if (want != folder) {
            if (!folder.isEmpty())
                opml += QStringLiteral("</outline>\n");
            if (!want.isEmpty())
                opml += QStringLiteral("<outline text=\"%1\">\n").arg(want);
            folder = want;
        }
        opml += QStringLiteral("<outline type=\"rss\" text=\"Feed %1\" title=\"Feed %1\" xmlUrl=\"%2\"/>\n")
                    .arg(f)
                    .arg(url.toHtmlEscaped());
    }
    if (!folder.isEmpty())
        opml += QStringLiteral("</outline>\n");
    opml += QStringLiteral("</body></opml>\n");
    result.insert(QStringLiteral("total_feed_mb"), qRound(double(totalBytes) / 1048576.0 * 10) / 10.0);
    const QString opmlPath = root + QStringLiteral("/feeds.opml");
    if (!writeFile(opmlPath, opml.toUtf8()))
        return fail(QStringLiteral("cannot write the OPML"));

    // 2. nginx on 127.0.0.1:port, everything (conf, pid, logs, temp) in the temporary directory.
    const QString nginx = QStringLiteral("/usr/sbin/nginx");
    if (!QFileInfo(nginx).isExecutable())
        return fail(QStringLiteral("nginx is not installed (Debian: nginx-light; scripts/deps.sh BENCH_PACKAGES)"));
    const QString n = root + QStringLiteral("/nginx");
    const QString accessLog = n + QStringLiteral("/access.log");
    const QString conf = QStringLiteral(
                             "worker_processes 2;\ndaemon off;\nmaster_process on;\npid %1/nginx.pid;\n"
                             "error_log %1/error.log warn;\nevents { worker_connections 1024; }\n"
                             "http {\n  types { application/rss+xml xml; application/atom+xml atom; }\n"
                             "  default_type application/octet-stream;\n"
                             "  log_format bench '$status $request_uri inm=[$http_if_none_match] ims=[$http_if_modified_since] ae=[$http_accept_encoding]';\n  access_log %1/access.log bench;\n"
                             "  client_body_temp_path %1/tmp/body; proxy_temp_path %1/tmp/proxy;\n"
                             "  fastcgi_temp_path %1/tmp/fastcgi; uwsgi_temp_path %1/tmp/uwsgi;\n"
                             "  scgi_temp_path %1/tmp/scgi;\n  sendfile on; keepalive_requests 10000;\n"
                             "  server { listen 127.0.0.1:%2; root %3; }\n}\n")
                             .arg(n)
                             .arg(port)
                             .arg(root + QStringLiteral("/www"));
    if (!writeFile(n + QStringLiteral("/nginx.conf"), conf.toUtf8()))
        return fail(QStringLiteral("cannot write nginx.conf"));
    const QByteArray nginxPath = QFile::encodeName(nginx);
    const QByteArray confArg = QFile::encodeName(n + QStringLiteral("/nginx.conf"));
    const QByteArray prefixArg = QFile::encodeName(n + u'/');
    const QByteArray errArg = QFile::encodeName(n + QStringLiteral("/error.log"));
    char *nginxArgv[] = {const_cast<char *>(nginxPath.constData()), const_cast<char *>("-e"),
                         const_cast<char *>(errArg.constData()), const_cast<char *>("-p"),
                         const_cast<char *>(prefixArg.constData()), const_cast<char *>("-c"),
                         const_cast<char *>(confArg.constData()), nullptr};
    pid_t nginxPid = 0;
    if (posix_spawn(&nginxPid, nginxArgv[0], nullptr, nullptr, nginxArgv, environ) != 0)
        return fail(QStringLiteral("cannot start nginx"));
    struct NginxStopper {
        pid_t pid;
        ~NginxStopper()
        {
            kill(pid, SIGQUIT);  // graceful: the master stops its workers
            int status = 0;
            waitpid(pid, &status, 0);
        }
    } stopper{nginxPid};
    if (!waitForPort(port, 10000)) {
        QFile log(n + QStringLiteral("/error.log"));
        log.open(QIODevice::ReadOnly);
        return fail(QStringLiteral("nginx did not start: ") + QString::fromLocal8Bit(log.readAll()).simplified());
    }
    {
        const Run version = runTimed(nginx, {QStringLiteral("-v")}, root, QStringLiteral("nginx-version"));
        result.insert(QStringLiteral("server"), firstLine(version.err).section(u':', 1).trimmed());
    }
    int logLines = 0;
    accessCounts(accessLog, 0, &logLines);
    // What `--measure` itself adds to a child's peak RSS (the smallest figure it can report).
    result.insert(QStringLiteral("rss_floor_mb"),
                  qRound(runTimed(QStringLiteral("/bin/true"), {}, root, QStringLiteral("floor")).peakRssMb * 10) / 10.0);

    // The fetcher alone (in this process), for reference next to the whole app.
    result.insert(QStringLiteral("fetcher_only"), fetcherOnly(urls, accessLog, &logLines));

    bool ok = true;
    bool meets = true;
    // 3. The app, through its CLI.
    if (!skipApp) {
        QJsonObject fi;
        const QString data = root + QStringLiteral("/fi-data");
        const QStringList env{QStringLiteral("QT_QPA_PLATFORM=offscreen")};
        const Run import = runTimed(cli, {QStringLiteral("--data-dir"), data, QStringLiteral("sources"),
                                          QStringLiteral("import-opml"), opmlPath},
                                    root, QStringLiteral("fi-import"), env);
        bool haveSources = import.exitCode == 0;
        fi.insert(QStringLiteral("sources_added_by"), QStringLiteral("focusinbox sources import-opml"));
        if (!haveSources) {
            // Not the measured part: fall back to the model API so the syncs can still be timed,
            // and say so in the output.
            fi.insert(QStringLiteral("import_opml_error"), QStringLiteral("exit %1: %2")
                                                               .arg(import.exitCode)
                                                               .arg(firstLine(import.err + import.out)));
            const int added = addSourcesDirectly(data, urls, categories);
            fi.insert(QStringLiteral("sources_added_by"),
                      QStringLiteral("ItemStore::addSource in the bench (import-opml unavailable): %1").arg(added));
            haveSources = added == urls.size();
            if (!haveSources) {
                fi.insert(QStringLiteral("error"), QStringLiteral("could not add the feeds"));
                ok = false;
            }
        }
        if (haveSources) {
            QJsonArray runs;
            for (int i = 0; i < 2; ++i) {
                const Run sync = runTimed(cli, {QStringLiteral("--data-dir"), data, QStringLiteral("sync")}, root,
                                          QStringLiteral("fi-sync%1").arg(i + 1), env);
                const int from = logLines;
                const QJsonObject counts = accessCounts(accessLog, from, &logLines);
                QJsonObject o = runJson(sync, counts);
                if (sync.exitCode != 0) {
                    o.insert(QStringLiteral("error"), firstLine(sync.err + sync.out));
                    ok = false;
                }
                runs.append(o);
            }
            fi.insert(QStringLiteral("first"), runs.at(0));
            fi.insert(QStringLiteral("conditional"), runs.at(1));
            const Run list = runTimed(cli, {QStringLiteral("--data-dir"), data, QStringLiteral("list"),
                                            QStringLiteral("--json")},
                                      root, QStringLiteral("fi-list"), env);
            fi.insert(QStringLiteral("items_listed"), int(list.out.count('\n')));
            const double first = runs.at(0).toObject().value(QStringLiteral("seconds")).toDouble();
            const double second = runs.at(1).toObject().value(QStringLiteral("seconds")).toDouble();
            const double rss = qMax(runs.at(0).toObject().value(QStringLiteral("peak_rss_mb")).toDouble(),
                                    runs.at(1).toObject().value(QStringLiteral("peak_rss_mb")).toDouble());
            meets = ok && first < TargetFirstSeconds && second < TargetConditionalSeconds && rss < TargetPeakRssMb;
            fi.insert(QStringLiteral("meets_targets"), meets);
        }
        result.insert(QStringLiteral("focusinbox"), fi);
    }

    // 4. newsboat -x reload, reload-threads 8, its own files in the temporary directory.
    if (!skipNewsboat) {
        QJsonObject nb;
        const QString newsboat = QStringLiteral("/usr/bin/newsboat");
        const QString home = root + QStringLiteral("/newsboat");
        QDir().mkpath(home);
        if (!QFileInfo(newsboat).isExecutable()) {
            nb.insert(QStringLiteral("error"), QStringLiteral("newsboat is not installed"));
        } else if (!writeFile(home + QStringLiteral("/urls"), (urls.join(u'\n') + u'\n').toUtf8())
                   || !writeFile(home + QStringLiteral("/config"),
                                 "reload-threads 8\nshow-read-feeds yes\nreload-time 0\n")) {
            nb.insert(QStringLiteral("error"), QStringLiteral("cannot write newsboat's files"));
        } else {
            const Run version = runTimed(newsboat, {QStringLiteral("-v")}, root, QStringLiteral("nb-version"));
            nb.insert(QStringLiteral("version"), firstLine(version.out).section(u' ', 0, 1));
            const QStringList env{QStringLiteral("HOME=") + home, QStringLiteral("XDG_CONFIG_HOME=") + home,
                                  QStringLiteral("XDG_DATA_HOME=") + home};
            // Three runs: newsboat 2.21 stores a feed's validators only when it reloads a feed
            // already in its cache, so its second run is a full one too and its third is the
            // first conditional one (nginx's 200/304 counts per run show it).
            QJsonArray runs;
            for (int i = 0; i < 3; ++i) {
                const Run r = runTimed(newsboat,
                                       {QStringLiteral("-x"), QStringLiteral("reload"), QStringLiteral("-u"),
                                        home + QStringLiteral("/urls"), QStringLiteral("-c"),
                                        home + QStringLiteral("/cache.db"), QStringLiteral("-C"),
                                        home + QStringLiteral("/config")},
                                       root, QStringLiteral("nb-reload%1").arg(i + 1), env);
                const int from = logLines;
                QJsonObject o = runJson(r, accessCounts(accessLog, from, &logLines));
                if (r.exitCode != 0)
                    o.insert(QStringLiteral("error"), firstLine(r.err + r.out));
                runs.append(o);
            }
            nb.insert(QStringLiteral("first"), runs.at(0));
            nb.insert(QStringLiteral("second"), runs.at(1));
            nb.insert(QStringLiteral("third"), runs.at(2));
        }
        result.insert(QStringLiteral("newsboat"), nb);
    }

    // The machine's load when done (other work on the machine slows every figure above).
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    if (loadavg.open(QIODevice::ReadOnly))
        result.insert(QStringLiteral("loadavg"), QString::fromLatin1(loadavg.readAll()).section(u' ', 0, 2));
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return ok ? 0 : 1;
}
