#include "httpheaders.h"

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace fi::net::fetch {

std::optional<qint64> parseHttpDate(const QByteArray &value)
{
    // Collapse runs of spaces (asctime pads the day: "Nov  6").
    const QString text = QString::fromLatin1(value).simplified();
    if (text.isEmpty())
        return std::nullopt;
    // The day name is redundant and often wrong; QLocale would refuse a mismatch, so drop it.
    const qsizetype comma = text.indexOf(u',');
    const qsizetype space = text.indexOf(u' ');
    if (space < 0)
        return std::nullopt;
    const QString rest = comma >= 0 ? text.mid(comma + 1).trimmed() : text.mid(space + 1);
    const QLocale c = QLocale::c();
    struct Form {
        const char *format;
        bool twoDigitYear;
    };
    static const Form forms[] = {
        {"dd MMM yyyy HH:mm:ss 'GMT'", false},  // IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT
        {"dd-MMM-yy HH:mm:ss 'GMT'", true},     // RFC 850: Sunday, 06-Nov-94 08:49:37 GMT
        {"MMM d HH:mm:ss yyyy", false},         // asctime: Sun Nov  6 08:49:37 1994
    };
    for (const Form &form : forms) {
        if ((comma >= 0) == (form.format[0] == 'M'))  // asctime has no comma, the others one
            continue;
        QDateTime dt = c.toDateTime(rest, QLatin1String(form.format));
        if (!dt.isValid())
            continue;
        dt.setTimeZone(QTimeZone::utc());
        // RFC 9110 §5.6.7: a two-digit year more than 50 years in the future is in the past
        // century. ("yy" reads as 19yy.)
        if (form.twoDigitYear && dt.date().year() + 100 <= QDate::currentDate().year() + 50)
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

} // namespace fi::net::fetch
