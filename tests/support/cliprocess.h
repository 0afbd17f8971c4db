#pragma once
/// @file cliprocess.h
/// @brief Runs the real `focusinbox` executable headless for end-to-end tests.

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcessEnvironment>
#include <QStringList>

namespace fi::test {

struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    /// stdout parsed as JSON lines (invalid lines make the list shorter than the line count).
    QList<QJsonObject> jsonLines() const;
};

/// "exit N", stdout and stderr of @p result, for a failed check's message (QVERIFY2).
QByteArray failure(const CliResult &result);

/// Run FOCUSINBOX_CLI with `--data-dir dataDir` + @p args; no display (QT_QPA_PLATFORM unset
/// on purpose, DISPLAY removed), 120 s timeout.
CliResult runCli(const QString &dataDir, const QStringList &args, const QByteArray &stdinData = {});

/// The same with the environment @p env as it is (e.g. a display for commands that hand over to
/// a running window: `open`, a second start).
CliResult runCliIn(const QProcessEnvironment &env, const QString &dataDir, const QStringList &args,
                   const QByteArray &stdinData = {});

/// The shared corpus directory (FOCUSINBOX_CORPUS_DIR, overridable by the environment variable).
QString corpusDir();

} // namespace fi::test
