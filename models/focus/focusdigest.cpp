#include "focus/focusdigest.h"

#include <QCoreApplication>

#include <algorithm>

namespace fi {

namespace {
constexpr qint64 kHourMs = 3600 * 1000;
} // namespace

FocusDigest FocusDigest::build(qint64 startMs, qint64 endMs, const QList<Item> &heldItems)
{
    FocusDigest d;
    d.durationMs = std::max<qint64>(0, endMs - startMs);
    QList<Item> sorted = heldItems;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Item &a, const Item &b) {
        if (a.dueMs.has_value() != b.dueMs.has_value())
            return a.dueMs.has_value();
        return a.dueMs.value_or(0) < b.dueMs.value_or(0);
    });
    for (const Item &item : sorted) {
        ++d.total;
        switch (item.tier) {
        case Tier::Now: ++d.now; break;
        case Tier::Async: ++d.async; break;
        case Tier::Reference: ++d.reference; break;
        }
        if (item.state != ItemState::Done && !item.isAnswered() && item.dueMs && *item.dueMs < endMs + kHourMs)
            ++d.dueWithinHour;
        d.itemIds.append(item.id);
    }
    return d;
}

QString FocusDigest::summary() const
{
    const int minutes = int((durationMs + 30 * 1000) / (60 * 1000));
    return QCoreApplication::translate("fi::FocusDigest", "While you focused (%n min)", nullptr, minutes);
}

QString FocusDigest::body() const
{
    if (total == 0)
        return QCoreApplication::translate("fi::FocusDigest", "Nothing new arrived.");
    QString text = QCoreApplication::translate("fi::FocusDigest", "%n new — ", nullptr, total) + QCoreApplication::translate("fi::FocusDigest", "%1 Now, %2 Async, %3 Reference").arg(now).arg(async).arg(reference);
    if (dueWithinHour > 0)
        text += QCoreApplication::translate("fi::FocusDigest", "; %n due within the hour", nullptr, dueWithinHour);
    return text;
}

QString FocusDigest::text() const { return summary() + QStringLiteral(": ") + body(); }

} // namespace fi
