#include "sources/changereplayer.h"

namespace fi {

namespace {
struct KindName {
    ChangeKind kind;
    const char *name;
};
constexpr KindName kNames[] = {
    {ChangeKind::Seen, "seen"},     {ChangeKind::Unseen, "unseen"}, {ChangeKind::Done, "done"},
    {ChangeKind::Reopen, "reopen"}, {ChangeKind::Tier, "tier"},     {ChangeKind::Snooze, "snooze"},
    {ChangeKind::Flag, "flag"},     {ChangeKind::Unflag, "unflag"}, {ChangeKind::Mute, "mute"},
};
} // namespace

QString changeKindName(ChangeKind kind)
{
    for (const KindName &k : kNames) {
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    }
    return {};
}

std::optional<ChangeKind> changeKindFromName(const QString &name)
{
    for (const KindName &k : kNames) {
        if (name == QLatin1String(k.name))
            return k.kind;
    }
    return std::nullopt;
}

} // namespace fi
