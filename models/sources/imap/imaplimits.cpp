#include "sources/imap/imaplimits.h"

namespace fi::imap {

Limits Limits::fromSettings(const QVariantMap &s)
{
    Limits l;
    l.maxLiteralBytes = qMax(kMinLiteralBytes, s.value(QStringLiteral("maxLiteralBytes"), l.maxLiteralBytes).toLongLong());
    l.maxResponseBytes = qMax(kMinResponseBytes, s.value(QStringLiteral("maxResponseBytes"), l.maxResponseBytes).toLongLong());
    l.commandDeadlineSeconds = qMax(1, s.value(QStringLiteral("commandDeadlineSeconds"), l.commandDeadlineSeconds).toInt());
    return l;
}

void Limits::toSettings(QVariantMap &s) const
{
    const Limits d;
    auto put = [&s](const char *key, const QVariant &v, bool isDefault) {
        if (isDefault)
            s.remove(QLatin1String(key));
        else
            s.insert(QLatin1String(key), v);
    };
    put("maxLiteralBytes", maxLiteralBytes, maxLiteralBytes == d.maxLiteralBytes);
    put("maxResponseBytes", maxResponseBytes, maxResponseBytes == d.maxResponseBytes);
    put("commandDeadlineSeconds", commandDeadlineSeconds, commandDeadlineSeconds == d.commandDeadlineSeconds);
}

} // namespace fi::imap
