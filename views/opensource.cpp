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

QUrl linkUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (!url.isValid())
        return {};
    if ((scheme == QLatin1String("http") || scheme == QLatin1String("https")) && !url.host().isEmpty())
        return url;
    if (scheme == QLatin1String("mailto") && !url.path().isEmpty())
        return url;
    return {};
}

bool openLink(const QUrl &url)
{
    const QUrl allowed = linkUrl(url);
    return !allowed.isEmpty() && QDesktopServices::openUrl(allowed);
}

bool openInSource(const ItemRecord &record)
{
    const QUrl url = sourceUrl(record);
    return !url.isEmpty() && QDesktopServices::openUrl(url);
}

} // namespace fi
