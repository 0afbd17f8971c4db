#include "sources/feed/parse/feeddates.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QString>

#include <optional>
#include <vector>

namespace fi::feed::parse {
namespace {

struct Fields {
    int year = -1;
    int month = -1;
    int day = -1;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int millis = 0;
    int offsetMinutes = 0; ///< Local time minus UTC.
};

constexpr qint64 kUnixEpochJulianDay = 2440588;

int yearNow(qint64 nowMs)
{
    const qint64 now = nowMs > 0 ? nowMs : QDateTime::currentMSecsSinceEpoch();
    return QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).date().year();
}

/// Two-digit years: the year of that century closest to now (within 50 years, RFC 2822 §4.3
/// widened); three digits: + 1900 (RFC 2822 §4.3).
int expandYear(int value, int digits, qint64 nowMs)
{
    if (digits == 3)
        return value + 1900;
    if (digits > 2)
        return value;
    const int now = yearNow(nowMs);
    int year = (now / 100) * 100 + value;
    if (year > now + 50)
        year -= 100;
    else if (year <= now - 50)
        year += 100;
    return year;
}

qint64 toEpochMs(const Fields &f)
{
    if (f.year < 1 || f.year > 9999 || f.month < 1 || f.month > 12 || f.day < 1)
        return 0;
    const QDate date(f.year, f.month, f.day);
    if (!date.isValid())
        return 0;
    int hour = f.hour;
    int second = f.second;
    qint64 extraDays = 0;
    if (hour == 24 && f.minute == 0 && f.second == 0) { // ISO 8601 end of day
        hour = 0;
        extraDays = 1;
    }
    if (hour < 0 || hour > 23 || f.minute < 0 || f.minute > 59 || second < 0 || second > 60)
        return 0;
    if (second == 60)
        second = 59; // leap second
    const qint64 days = date.toJulianDay() - kUnixEpochJulianDay + extraDays;
    const qint64 secs = ((days * 24 + hour) * 60 + f.minute) * 60 + second
        - qint64(f.offsetMinutes) * 60;
    const qint64 ms = secs * 1000 + f.millis;
    return ms == 0 ? 1 : ms; // 0 means "no date"; the epoch itself is off by 1 ms
}

int millisOf(QStringView fraction)
{
    int ms = 0;
    int scale = 100;
    for (qsizetype i = 0; i < fraction.size() && scale > 0; ++i, scale /= 10)
        ms += (fraction[i].unicode() - u'0') * scale;
    return ms;
}

std::optional<int> zoneOffset(QStringView zone)
{
    if (zone.isEmpty() || zone.compare(u"z", Qt::CaseInsensitive) == 0
        || zone.compare(u"utc", Qt::CaseInsensitive) == 0
        || zone.compare(u"gmt", Qt::CaseInsensitive) == 0)
        return 0;
    const int sign = zone[0] == u'-' ? -1 : 1;
    QString digits;
    for (QChar c : zone.mid(1))
        if (c.isDigit())
            digits += c;
    int h = 0;
    int m = 0;
    if (digits.size() <= 2) {
        h = digits.toInt();
    } else if (digits.size() == 4) {
        h = digits.left(2).toInt();
        m = digits.mid(2).toInt();
    } else if (digits.size() == 3) {
        h = digits.left(1).toInt();
        m = digits.mid(1).toInt();
    } else {
        return std::nullopt;
    }
    if (h > 14 || m > 59)
        return std::nullopt;
    return sign * (h * 60 + m);
}

qint64 parseIso(const QString &s, qint64 nowMs)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(\d{4})(?:-?(\d{2})(?:-?(\d{2})(?:(?:t|\s+)(\d{2}):?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?\s*(z|utc|gmt|[+-]\d{2}(?::?\d{2})?)?)?)?)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(s);
    if (!m.hasMatch())
        return 0;
    Q_UNUSED(nowMs);
    Fields f;
    f.year = m.captured(1).toInt();
    f.month = m.hasCaptured(2) ? m.captured(2).toInt() : 1;
    f.day = m.hasCaptured(3) ? m.captured(3).toInt() : 1;
    if (m.hasCaptured(4)) {
        f.hour = m.captured(4).toInt();
        f.minute = m.captured(5).toInt();
        if (m.hasCaptured(6))
            f.second = m.captured(6).toInt();
        if (m.hasCaptured(7))
            f.millis = millisOf(m.capturedView(7));
        if (m.hasCaptured(8)) {
            const auto off = zoneOffset(m.capturedView(8));
            if (!off)
                return 0;
            f.offsetMinutes = *off;
        }
    }
    return toEpochMs(f);
}

int monthOf(QStringView w)
{
    static const char *const names[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                        "jul", "aug", "sep", "oct", "nov", "dec"};
    static const char *const full[] = {"january", "february", "march",     "april",
                                       "may",     "june",     "july",      "august",
                                       "september", "october", "november", "december"};
    for (int i = 0; i < 12; ++i) {
        if (w.compare(QLatin1String(names[i]), Qt::CaseInsensitive) == 0
            || w.compare(QLatin1String(full[i]), Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    if (w.compare(u"sept", Qt::CaseInsensitive) == 0)
        return 9;
    return 0;
}

bool isWeekday(QStringView w)
{
    static const char *const names[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun",
                                        "monday", "tuesday", "wednesday", "thursday", "friday",
                                        "saturday", "sunday", "tues", "thur", "thurs"};
    for (const char *n : names)
        if (w.compare(QLatin1String(n), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

/// Named zones: RFC 822 §5.1 (incl. its military letters, signs as written there) and the
/// common North American abbreviations.
std::optional<int> namedZone(QStringView w)
{
    struct Zone {
        const char *name;
        int hours;
    };
    static const Zone zones[] = {{"ut", 0},   {"utc", 0},  {"gmt", 0},  {"z", 0},   {"wet", 0},
                                 {"est", -5}, {"edt", -4}, {"cst", -6}, {"cdt", -5}, {"mst", -7},
                                 {"mdt", -6}, {"pst", -8}, {"pdt", -7}, {"ast", -4}, {"adt", -3},
                                 {"akst", -9}, {"akdt", -8}, {"hst", -10}, {"bst", 1}, {"cet", 1},
                                 {"cest", 2}, {"eet", 2},  {"eest", 3}};
    for (const Zone &z : zones)
        if (w.compare(QLatin1String(z.name), Qt::CaseInsensitive) == 0)
            return z.hours * 60;
    if (w.size() == 1) {
        const char16_t c = QChar(w[0]).toLower().unicode();
        if (c >= u'a' && c <= u'i')
            return -(c - u'a' + 1) * 60;
        if (c >= u'k' && c <= u'm')
            return -(c - u'k' + 10) * 60;
        if (c >= u'n' && c <= u'y')
            return (c - u'n' + 1) * 60;
    }
    return std::nullopt;
}

struct Number {
    int value;
    int digits;
};

/// RFC 822 and its relatives, read token by token so that field order and separators may vary.
qint64 parseLoose(const QString &s, qint64 nowMs)
{
    Fields f;
    std::vector<Number> numbers;
    bool haveTime = false;
    bool haveNumericZone = false;
    bool havePm = false;
    bool haveAm = false;
    int month = 0;
    const qsizetype n = s.size();
    qsizetype i = 0;
    auto readDigits = [&](qsizetype &pos) {
        const qsizetype start = pos;
        while (pos < n && s[pos].isDigit() && pos - start < 9)
            ++pos;
        return QStringView(s).mid(start, pos - start);
    };
    while (i < n) {
        const QChar c = s[i];
        if (c.isLetter()) {
            const qsizetype start = i;
            while (i < n && s[i].isLetter())
                ++i;
            const QStringView w = QStringView(s).mid(start, i - start);
            if (const int mo = monthOf(w)) {
                if (month)
                    return 0;
                month = mo;
            } else if (isWeekday(w)) {
                continue;
            } else if (w.compare(u"am", Qt::CaseInsensitive) == 0) {
                haveAm = true;
            } else if (w.compare(u"pm", Qt::CaseInsensitive) == 0) {
                havePm = true;
            } else if (const auto z = namedZone(w)) {
                // "+0100 (CET)": the number is the zone; "GMT+1": the name, then the number.
                if (!haveNumericZone)
                    f.offsetMinutes = *z;
            } else if (w.size() > 1 && w.compare(u"t", Qt::CaseInsensitive) != 0) {
                // Unknown words (other languages, stray text): only a date with a known month
                // and numbers around it can still come out of this.
                continue;
            }
            continue;
        }
        if ((c == u'+' || c == u'-') && haveTime && i + 1 < n && s[i + 1].isDigit()) {
            qsizetype j = i + 1;
            QString zone(c);
            zone += readDigits(j);
            if (j < n && s[j] == u':' && j + 1 < n && s[j + 1].isDigit()) {
                ++j;
                zone += readDigits(j);
            }
            if (const auto off = zoneOffset(zone); off && !haveNumericZone) {
                f.offsetMinutes += *off; // "GMT+1": GMT is 0, then +1
                haveNumericZone = true;
                i = j;
                continue;
            }
        }
        if (c.isDigit()) {
            const QStringView first = readDigits(i);
            if (i < n && s[i] == u':' && !haveTime) {
                f.hour = first.toInt();
                ++i;
                const QStringView mi = readDigits(i);
                if (mi.isEmpty())
                    return 0;
                f.minute = mi.toInt();
                if (i < n && s[i] == u':') {
                    ++i;
                    const QStringView se = readDigits(i);
                    if (se.isEmpty())
                        return 0;
                    f.second = se.toInt();
                    if (i < n && (s[i] == u'.' || s[i] == u',') && i + 1 < n
                        && s[i + 1].isDigit()) {
                        ++i;
                        f.millis = millisOf(readDigits(i));
                    }
                }
                haveTime = true;
                continue;
            }
            numbers.push_back({first.toInt(), int(first.size())});
            if (numbers.size() > 3)
                return 0;
            continue;
        }
        ++i; // separators: space , . - / ( ) and anything else
    }
    if (month) {
        if (numbers.size() != 2)
            return 0;
        Number day = numbers[0];
        Number year = numbers[1];
        if (day.digits > 2 || day.value > 31) // "2003 Dec 31"
            std::swap(day, year);
        if (day.digits > 2)
            return 0;
        f.day = day.value;
        f.year = expandYear(year.value, year.digits, nowMs);
        f.month = month;
    } else {
        if (numbers.size() != 3 || numbers[0].digits != 4) // "2003/12/31"
            return 0;
        f.year = numbers[0].value;
        f.month = numbers[1].value;
        f.day = numbers[2].value;
    }
    if (havePm || haveAm) {
        if (f.hour < 1 || f.hour > 12)
            return 0;
        if (havePm && f.hour != 12)
            f.hour += 12;
        else if (haveAm && f.hour == 12)
            f.hour = 0;
    }
    return toEpochMs(f);
}

} // namespace

qint64 parseFeedDate(QStringView text, qint64 nowMs)
{
    const QString s = text.trimmed().toString();
    if (s.isEmpty() || s.size() > 200)
        return 0;
    if (const qint64 ms = parseIso(s, nowMs))
        return ms;
    return parseLoose(s, nowMs);
}

} // namespace fi::feed::parse
