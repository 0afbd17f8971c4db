#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace fi::test {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace fi::test
