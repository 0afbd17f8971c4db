#include "processsetup.h"

#include "config/buildinfo.h"
#include "config/privatefiles.h"

#include <QCoreApplication>

namespace fi {

QStringList setUpProcess(int argc, char **argv)
{
    // Every file and directory the app creates (database, WAL, backups, logs, cache, state) is
    // private to the user before anything is opened (issue 9, "The machine is shared").
    restrictProcessUmask();

    QCoreApplication::setOrganizationName(QStringLiteral("FocusInbox"));
    QCoreApplication::setApplicationName(QStringLiteral("FocusInbox"));
    QCoreApplication::setApplicationVersion(buildinfo::version());  // --version adds the git revision

    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

} // namespace fi
