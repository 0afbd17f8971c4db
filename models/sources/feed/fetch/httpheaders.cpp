#include "httpheaders.h"

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace fi::feed::fetch {

std::optional<qint64> parseHttpDate(const QByteArray &value)
{
    // Collapse runs of spaces (asctime pads the day: "Nov  6").
    const QString text = QString::fromLatin1(value).simplified();
    if (text.isEmpty())
        return std::nullopt;
    const QLocale c = QLocale::c();
    static const char *const formats[] = {
        "ddd, dd MMM yyyy HH:mm:ss 'GMT'",   // IMF-fixdate
        "dddd, dd-MMM-yy HH:mm:ss 'GMT'",    // RFC 850
        "ddd MMM d HH:mm:ss yyyy",           // asctime
    };
    for (const char *format : formats) {
        QDateTime dt = c.toDateTime(text, QLatin1String(format));
        if (!dt.isValid())
            continue;
        dt.setTimeZone(QTimeZone::utc());
        // RFC 850's two-digit year: RFC 9110 §5.6.7 says a year more than 50 years in the
        // future is the most recent past year with the same last two digits.
        if (format[3] == 'd' && dt.date().year() < 1970)
            dt = dt.addYears(100);
        return dt.toMSecsSinceEpoch();
    }
    return std::nullopt;
}

std::optional<qint64> parseMaxAge(const QByteArray &cacheControl)
{
    std::optional<qint64> maxAge;
    for (const QByteArray &raw : cacheControl.split(',')) {
        const QByteArray directive = raw.trimmed().toLower();
        if (directive == "no-store" || directive == "no-cache")
            return qint64(0);
        if (!directive.startsWith("max-age"))
            continue;
        QByteArray v = directive.mid(7).trimmed();
        if (!v.startsWith('='))
            continue;
        v = v.mid(1).trimmed();
        if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"'))
            v = v.mid(1, v.size() - 2);
        bool ok = false;
        const qint64 seconds = v.toLongLong(&ok);
        if (ok && seconds >= 0)
            maxAge = seconds;
    }
    return maxAge;
}

std::optional<qint64> parseRetryAfter(const QByteArray &value, qint64 nowMs)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool allDigits = true;
    for (char ch : v)
        allDigits = allDigits && ch >= '0' && ch <= '9';
    if (allDigits) {
        bool ok = false;
        const qint64 seconds = v.toLongLong(&ok);
        if (!ok || seconds > 10LL * 365 * 24 * 3600)  // nonsense: ignore rather than overflow
            return std::nullopt;
        return nowMs + seconds * 1000;
    }
    return parseHttpDate(v);
}

} // namespace fi::feed::fetch
