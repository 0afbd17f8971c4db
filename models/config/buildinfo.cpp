#include "config/buildinfo.h"

#include "focusinbox_revision.h"  // generated in the build tree by cmake/GitRevision.cmake

#include <QCoreApplication>

namespace fi::buildinfo {

QString version()
{
    return QStringLiteral(FOCUSINBOX_VERSION);
}

QString revision()
{
    return QStringLiteral(FOCUSINBOX_GIT_REVISION);
}

bool isPortable()
{
#ifdef FOCUSINBOX_PORTABLE
    return true;
#else
    return false;
#endif
}

QString versionLine()
{
    if (isPortable())
        return QCoreApplication::translate("fi::buildinfo", "Focus Inbox %1 (revision %2, portable build)")
            .arg(version(), revision());
    return QCoreApplication::translate("fi::buildinfo", "Focus Inbox %1 (revision %2)").arg(version(), revision());
}

} // namespace fi::buildinfo
