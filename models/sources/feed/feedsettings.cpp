// The feed kind's settings (feedkind.h): what other code reads and writes about a feed source
// without a running sync. Kept apart from the descriptor so the records and the sync state can
// use them without pulling in the sync run.
#include "sources/feed/feedkind.h"

#include <QDir>

namespace fi::feed {

QString kindKey() { return QStringLiteral("feed"); }

SourceConfig configFor(const QString &url, const QString &name, std::optional<int> intervalMinutes,
                       const QString &category)
{
    SourceConfig config;
    config.kind = kindKey();
    config.name = name;
    config.location = url.trimmed();
    if (intervalMinutes)
        config.settings.insert(QLatin1String(kIntervalSetting), *intervalMinutes);
    if (!category.trimmed().isEmpty())
        config.settings.insert(QLatin1String(kCategorySetting), category.trimmed());
    return config;
}

Tier defaultTierOf(const SourceConfig &config)
{
    bool ok = false;
    const int value = config.settings.value(QLatin1String(kTierSetting)).toInt(&ok);
    return ok && isValidTier(value) ? Tier(value) : Tier::Reference;
}

int intervalMinutesOf(const SourceConfig &config)
{
    bool ok = false;
    const int minutes = config.settings.value(QLatin1String(kIntervalSetting)).toInt(&ok);
    if (!ok || minutes <= 0)
        return kDefaultIntervalMinutes;
    return qMax(minutes, kMinIntervalMinutes);
}

QUrl urlOf(const SourceConfig &config)
{
    const QString location = config.location.trimmed();
    if (location.isEmpty())
        return {};
    if (QDir::isAbsolutePath(location) && !location.contains(QLatin1String("://")))
        return QUrl::fromLocalFile(location);
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid())
        return {};
    const QString scheme = url.scheme().toLower();
    if ((scheme == QLatin1String("http") || scheme == QLatin1String("https")) && !url.host().isEmpty())
        return url;
    if (scheme == QLatin1String("file") && !url.toLocalFile().isEmpty())
        return url;
    return {};
}

} // namespace fi::feed
