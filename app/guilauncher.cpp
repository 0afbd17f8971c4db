#include "guilauncher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#if defined(Q_OS_UNIX)
#include <QFile>

#include <cerrno>
#include <cstring>
#include <unistd.h>
#else
#include <QProcess>
#include <QStringList>
#endif

namespace fi {

QString guiExecutablePath(const QString &launcherPath)
{
    const QDir here = QFileInfo(launcherPath).absoluteDir();
    const QString name = QStringLiteral(FOCUSINBOX_GUI_NAME);
    for (const QString &candidate : {here.filePath(name),
                                     QDir::cleanPath(here.filePath(QStringLiteral(FOCUSINBOX_GUI_FROM_BIN)) + u'/' + name)}) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return info.absoluteFilePath();
    }
    return {};
}

int execGui(const QString &guiPath, char **argv, QString *error)
{
#if defined(Q_OS_UNIX)
    const QByteArray path = QFile::encodeName(guiPath);
    ::execv(path.constData(), argv);
    *error = QString::fromLocal8Bit(std::strerror(errno));
    return 1;
#else
    QStringList arguments;
    for (char **arg = argv + 1; *arg; ++arg)
        arguments << QString::fromLocal8Bit(*arg);
    const int status = QProcess::execute(guiPath, arguments);
    if (status < 0)
        *error = status == -2 ? QCoreApplication::translate("fi::GuiLauncher", "it cannot be started")
                              : QCoreApplication::translate("fi::GuiLauncher", "it crashed");
    return status < 0 ? 1 : status;
#endif
}

} // namespace fi
