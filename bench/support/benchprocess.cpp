#include "support/benchprocess.h"

#include <QElapsedTimer>
#include <QProcess>

#include <sys/resource.h>

double rusageCpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

ProcessRun runProcess(const QString &program, const QStringList &args, const QProcessEnvironment &env,
                      const QByteArray &stdinData, int timeoutMs)
{
    ProcessRun r;
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    const double cpuBefore = rusageCpuSeconds(RUSAGE_CHILDREN);
    QElapsedTimer timer;
    timer.start();
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return r;
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(timeoutMs);
    r.seconds = double(timer.nsecsElapsed()) / 1e9;
    r.cpuSeconds = rusageCpuSeconds(RUSAGE_CHILDREN) - cpuBefore;
    r.output = p.readAll();
    r.ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    return r;
}
