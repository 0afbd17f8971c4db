#include "cliprocess.h"

#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>

namespace fi::test {

QByteArray failure(const CliResult &result)
{
    return "exit " + QByteArray::number(result.exitCode) + "\nstdout: " + result.out + "\nstderr: " + result.err;
}

QList<QJsonObject> CliResult::jsonLines() const
{
    QList<QJsonObject> lines;
    for (const QByteArray &line : out.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (doc.isObject())
            lines << doc.object();
    }
    return lines;
}

CliResult runCli(const QString &dataDir, const QStringList &args, const QByteArray &stdinData)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return runCliIn(env, dataDir, args, stdinData);
}

CliResult runCliIn(const QProcessEnvironment &env, const QString &dataDir, const QStringList &args,
                   const QByteArray &stdinData)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(FOCUSINBOX_CLI), QStringList{QStringLiteral("--data-dir"), dataDir} + args);
    CliResult result;
    if (!process.waitForStarted(10000))
        return result;
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QString corpusDir()
{
    const QString fromEnv = qEnvironmentVariable("FOCUSINBOX_CORPUS_DIR");
    return fromEnv.isEmpty() ? QStringLiteral(FOCUSINBOX_CORPUS_DIR) : fromEnv;
}

} // namespace fi::test
