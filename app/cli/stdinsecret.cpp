#include "cli/stdinsecret.h"

#include <QFile>

#include <cstdio>
#include <unistd.h>

namespace fi::cli {

std::optional<QString> secretFromStdin()
{
    if (isatty(STDIN_FILENO))
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
