#include "accessibletext.h"

#include "domain/senderdisplay.h"
#include "domain/tier.h"

#include <QCoreApplication>
#include <QStringList>

namespace fi {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fi::AccessibleText", text);
}

QString count(qint64 n, const char *one, const char *many)
{
    return n == 1 ? tr(one) : tr(many).arg(n);
}

/// The two largest non-zero units of @p minutes, in words: "1 day 3 hours", "2 hours", "45 minutes".
QString spokenMinutes(qint64 minutes)
{
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = (minutes / 60) % 24;
    const qint64 mins = minutes % 60;
    const QString d = count(days, "1 day", "%1 days");
    const QString h = count(hours, "1 hour", "%1 hours");
    const QString m = count(mins, "1 minute", "%1 minutes");
    if (days > 0)
        return hours > 0 ? tr("%1 %2").arg(d, h) : d;
    if (hours > 0)
        return mins > 0 ? tr("%1 %2").arg(h, m) : h;
    return m;
}

} // namespace

QString spokenDueText(DeadlineState state, std::optional<qint64> dueMs, qint64 nowMs, bool working)
{
    constexpr qint64 kMinute = 60 * 1000;
    QString text;
    switch (state) {
    case DeadlineState::None:
        return {};
    case DeadlineState::Met:
        return tr("deadline met");
    case DeadlineState::Missed:
        return tr("deadline missed");
    case DeadlineState::OnTrack:
    case DeadlineState::DueSoon:
    case DeadlineState::Overdue:
        if (!dueMs)
            return {};
        if (*dueMs > nowMs)
            text = tr("due in %1").arg(spokenMinutes((*dueMs - nowMs + kMinute - 1) / kMinute));
        else if (nowMs - *dueMs < kMinute)
            text = tr("due now");
        else
            text = tr("overdue by %1").arg(spokenMinutes((nowMs - *dueMs) / kMinute));
        break;
    }
    return working ? tr("%1 (working)").arg(text) : text;
}

QString accessibleItemText(const Item &item, DeadlineState state, qint64 nowMs, bool working)
{
    const ItemRecord &rec = item.record;
    QStringList parts;
    switch (item.state) {
    case ItemState::Open: parts << tierDisplayName(item.tier); break;
    case ItemState::Done: parts << tr("Done"); break;
    case ItemState::Snoozed: parts << tr("Snoozed"); break;
    }
    if (const QString sender = senderListName(rec.from); !sender.isEmpty())
        parts << tr("from %1").arg(sender);
    parts << (rec.subject.trimmed().isEmpty() ? tr("no subject") : rec.subject.simplified());
    if (const QString due = spokenDueText(state, item.dueMs, nowMs, working); !due.isEmpty())
        parts << due;
    if (!rec.flags.seen)
        parts << tr("unread");
    if (rec.flags.flagged)
        parts << tr("flagged");
    return parts.join(tr(", "));
}

} // namespace fi
