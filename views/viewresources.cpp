#include "viewresources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used from the global namespace.
static void initIconsResource()
{
    Q_INIT_RESOURCE(icons);
}

namespace fi {

void initViewResources()
{
    static const bool done = [] {
        initIconsResource();
        return true;
    }();
    Q_UNUSED(done);
}

} // namespace fi
