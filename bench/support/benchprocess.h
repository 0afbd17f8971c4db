#pragma once
/// @file benchprocess.h
/// @brief Running a whole process to completion for a benchmark (imap_sync, idle): its exit, wall
/// time, CPU time and output. Blocking; any thread.

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

/// One whole process: did it exit 0, its wall time and its CPU time (user + system, s).
struct ProcessRun {
    bool ok = false;
    double seconds = 0;
    double cpuSeconds = 0;  ///< From getrusage(RUSAGE_CHILDREN) before and after the wait.
    QByteArray output;      ///< stdout and stderr, merged.
};

/// Run @p program with @p args in @p env, writing @p stdinData (then EOF) to it, and wait at most
/// @p timeoutMs for it to end.
ProcessRun runProcess(const QString &program, const QStringList &args, const QProcessEnvironment &env,
                      const QByteArray &stdinData = {}, int timeoutMs = 600000);

/// User + system CPU seconds of this process (RUSAGE_SELF) or of its waited-for children (RUSAGE_CHILDREN).
double rusageCpuSeconds(int who);
