// The inbox's views (inboxmodel.h): their order for Tab, their tiers and their names. Split from
// inboxmodel.cpp (one job per file).
#include "inboxmodel.h"

namespace fi {

InboxView nextInboxView(InboxView view)
{
    switch (view) {
    case InboxView::Now: return InboxView::Async;
    case InboxView::Async: return InboxView::Reference;
    case InboxView::Reference: return InboxView::Done;
    case InboxView::Done: return InboxView::Now;
    case InboxView::Snoozed:
    case InboxView::NewSenders: return InboxView::Now;
    }
    return InboxView::Now;
}

InboxView inboxViewForTier(Tier tier)
{
    switch (tier) {
    case Tier::Now: return InboxView::Now;
    case Tier::Async: return InboxView::Async;
    case Tier::Reference: return InboxView::Reference;
    }
    return InboxView::Now;
}

std::optional<Tier> tierOfInboxView(InboxView view)
{
    switch (view) {
    case InboxView::Now: return Tier::Now;
    case InboxView::Async: return Tier::Async;
    case InboxView::Reference: return Tier::Reference;
    case InboxView::Done:
    case InboxView::Snoozed:
    case InboxView::NewSenders: return std::nullopt;
    }
    return std::nullopt;
}

QString inboxViewDisplayName(InboxView view)
{
    if (const auto tier = tierOfInboxView(view))
        return tierDisplayName(*tier);
    if (view == InboxView::NewSenders)
        return InboxModel::tr("New senders");
    return view == InboxView::Snoozed ? InboxModel::tr("Snoozed") : InboxModel::tr("Done");
}

} // namespace fi
