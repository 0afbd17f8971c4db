#include "cli/stdinsecret.h"

#include <QFile>

#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace fi::cli {

std::optional<QString> secretFromStdin()
{
#ifdef Q_OS_WIN
    if (_isatty(_fileno(stdin)))
#else
    if (isatty(STDIN_FILENO))
#endif
        return std::nullopt;
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray line = in.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        return std::nullopt;
    return QString::fromUtf8(line);
}

} // namespace fi::cli
