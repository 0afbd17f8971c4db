#include "opensource.h"

#include <QDesktopServices>

namespace fi {

QUrl sourceUrl(const ItemRecord &record)
{
    if (record.url.isEmpty())
        return {};
    const QUrl url(record.url, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        || url.host().isEmpty())
        return {};
    return url;
}

bool openInSource(const ItemRecord &record)
{
    const QUrl url = sourceUrl(record);
    return !url.isEmpty() && QDesktopServices::openUrl(url);
}

} // namespace fi
