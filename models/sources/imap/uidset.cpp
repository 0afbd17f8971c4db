#include "sources/imap/uidset.h"

#include <algorithm>

namespace fi::imap {

namespace {

/// First range whose last UID is ≥ @p uid.
QList<UidSet::Range>::const_iterator rangeAtOrAfter(const QList<UidSet::Range> &ranges, quint32 uid)
{
    return std::lower_bound(ranges.cbegin(), ranges.cend(), uid,
                            [](const UidSet::Range &r, quint32 u) { return r.second < u; });
}

} // namespace

void UidSet::insert(quint32 uid)
{
    if (uid == 0)
        return;
    if (m_ranges.isEmpty() || m_ranges.last().second < uid) {  // the common case: increasing UIDs
        if (!m_ranges.isEmpty() && m_ranges.last().second + 1 == uid)
            m_ranges.last().second = uid;
        else
            m_ranges.append({uid, uid});
        ++m_count;
        return;
    }
    const qsizetype i = rangeAtOrAfter(m_ranges, uid) - m_ranges.cbegin();
    Range &at = m_ranges[i];
    if (at.first <= uid)
        return;  // already there
    const bool joinsPrevious = i > 0 && m_ranges.at(i - 1).second + 1 == uid;
    const bool joinsNext = at.first == uid + 1;
    if (joinsPrevious && joinsNext) {
        m_ranges[i - 1].second = at.second;
        m_ranges.removeAt(i);
    } else if (joinsPrevious) {
        m_ranges[i - 1].second = uid;
    } else if (joinsNext) {
        at.first = uid;
    } else {
        m_ranges.insert(i, {uid, uid});
    }
    ++m_count;
}

void UidSet::remove(quint32 uid)
{
    const qsizetype i = rangeAtOrAfter(m_ranges, uid) - m_ranges.cbegin();
    if (i == m_ranges.size() || m_ranges.at(i).first > uid)
        return;
    const Range r = m_ranges.at(i);
    if (r.first == r.second)
        m_ranges.removeAt(i);
    else if (uid == r.first)
        m_ranges[i].first = uid + 1;
    else if (uid == r.second)
        m_ranges[i].second = uid - 1;
    else {
        m_ranges[i].second = uid - 1;
        m_ranges.insert(i + 1, {uid + 1, r.second});
    }
    --m_count;
}

bool UidSet::contains(quint32 uid) const
{
    const auto it = rangeAtOrAfter(m_ranges, uid);
    return it != m_ranges.cend() && it->first <= uid;
}

void UidSet::removeFrom(quint32 uid)
{
    while (!m_ranges.isEmpty() && m_ranges.last().second >= uid) {
        Range &last = m_ranges.last();
        if (last.first >= uid) {
            m_count -= quint64(last.second - last.first) + 1;
            m_ranges.removeLast();
        } else {
            m_count -= quint64(last.second - uid) + 1;
            last.second = uid - 1;
        }
    }
}

QByteArray UidSet::encode() const
{
    QByteArray out;
    out.reserve(m_ranges.size() * 12);
    for (const Range &r : m_ranges) {
        if (!out.isEmpty())
            out += ',';
        out += QByteArray::number(r.first);
        if (r.second != r.first)
            out += ':' + QByteArray::number(r.second);
    }
    return out;
}

std::optional<UidSet> UidSet::decode(const QByteArray &text)
{
    UidSet set;
    if (text.isEmpty())
        return set;
    auto number = [](const QByteArray &digits, quint32 *out) {
        if (digits.isEmpty() || digits.size() > 10)
            return false;
        for (const char c : digits) {
            if (c < '0' || c > '9')
                return false;
        }
        bool ok = false;
        const qulonglong v = digits.toULongLong(&ok);
        if (!ok || v == 0 || v > 0xffffffffULL)
            return false;
        *out = quint32(v);
        return true;
    };
    for (const QByteArray &part : text.split(',')) {
        const qsizetype colon = part.indexOf(':');
        Range r;
        if (colon < 0) {
            if (!number(part, &r.first))
                return std::nullopt;
            r.second = r.first;
        } else if (!number(part.left(colon), &r.first) || !number(part.mid(colon + 1), &r.second)
                   || r.second < r.first) {
            return std::nullopt;
        }
        // In order, disjoint and not adjacent: the one form encode() writes.
        if (!set.m_ranges.isEmpty() && quint64(set.m_ranges.last().second) + 1 >= r.first)
            return std::nullopt;
        set.m_ranges.append(r);
        set.m_count += quint64(r.second - r.first) + 1;
    }
    return set;
}

} // namespace fi::imap
