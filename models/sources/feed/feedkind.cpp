#include "sources/feed/feedkind.h"

#include "sources/feed/feedsource.h"

#include <QCoreApplication>

namespace fi::feed {

namespace {

QStringList validate(const SourceConfig &config)
{
    QStringList problems;
    if (config.location.trimmed().isEmpty())
        problems << QCoreApplication::translate("fi::feed", "No feed URL was given.");
    else if (!urlOf(config).isValid())
        problems << QCoreApplication::translate("fi::feed", "\"%1\" is not an http, https or file URL.")
                        .arg(config.location);
    const QVariant interval = config.settings.value(QLatin1String(kIntervalSetting));
    if (interval.isValid()) {
        bool ok = false;
        const int minutes = interval.toInt(&ok);
        if (!ok || minutes < kMinIntervalMinutes)
            problems << QCoreApplication::translate("fi::feed", "The refresh interval must be a number of minutes, at least %1.")
                            .arg(kMinIntervalMinutes);
    }
    const QVariant tier = config.settings.value(QLatin1String(kTierSetting));
    if (tier.isValid()) {
        bool ok = false;
        if (!isValidTier(tier.toInt(&ok)) || !ok)
            problems << QCoreApplication::translate("fi::feed", "The default tier must be 1, 2 or 3.");
    }
    return problems;
}

} // namespace

SourceKind kind()
{
    using C = SourceKind::Capability;
    SourceKind k;
    k.key = kindKey();
    k.displayNameText = QT_TRANSLATE_NOOP("fi::SourceKind", "Feed (RSS, Atom, JSON Feed)");
    k.icon = QStringLiteral(":/sources/feed/feed.svg");
    k.capabilities = C::Remote | C::InlineContent;
    k.defaultPollSeconds = kDefaultIntervalMinutes * 60;
    k.pollSecondsOf = [](const SourceConfig &c) { return intervalMinutesOf(c) * 60; };
    k.validate = &validate;
    k.createSync = [](const SourceConfig &c) { return std::unique_ptr<Source>(std::make_unique<FeedSource>(c)); };
    k.defaultTier = Tier::Reference;
    k.defaultTierOf = &defaultTierOf;
    k.reopenOnActivity = false;  // an edited entry updates its item but does not reopen a done one
    return k;
}

} // namespace fi::feed
