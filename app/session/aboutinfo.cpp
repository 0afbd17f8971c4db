#include "session/aboutinfo.h"

#include "config/buildinfo.h"

#include <QCoreApplication>
#include <QtCharts/qtchartsversion.h>

namespace fi {

AboutInfo applicationAboutInfo()
{
    AboutInfo info;
    info.version = buildinfo::version();
    info.revision = buildinfo::revision();
    info.libraries = coreLibraries();
    // Qt Charts reports no version at run time: the one the app was built against.
    info.libraries << LibraryInfo{QStringLiteral("Qt Charts"), QStringLiteral(QTCHARTS_VERSION_STR),
                                  QStringLiteral("GPL-3.0-or-later"),
                                  QCoreApplication::translate("fi::LibraryInfo", "Insights charts"), true};
    return info;
}

} // namespace fi
