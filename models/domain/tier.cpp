#include "domain/tier.h"

namespace fi {

QString itemStateName(ItemState state)
{
    switch (state) {
    case ItemState::Open: return QStringLiteral("open");
    case ItemState::Done: return QStringLiteral("done");
    case ItemState::Snoozed: return QStringLiteral("snoozed");
    }
    return QStringLiteral("open");
}

ItemState itemStateFromName(const QString &name, bool *ok)
{
    if (ok)
        *ok = true;
    if (name == QLatin1String("open"))
        return ItemState::Open;
    if (name == QLatin1String("done"))
        return ItemState::Done;
    if (name == QLatin1String("snoozed"))
        return ItemState::Snoozed;
    if (ok)
        *ok = false;
    return ItemState::Open;
}

QString tierDisplayName(Tier tier)
{
    switch (tier) {
    case Tier::Now: return QCoreApplication::translate("fi::Tier", "Now");
    case Tier::Async: return QCoreApplication::translate("fi::Tier", "Async");
    case Tier::Reference: return QCoreApplication::translate("fi::Tier", "Reference");
    }
    return QString();
}

} // namespace fi
