#pragma once
/// @file insightsseed.h
/// @brief Test helpers for the Insights tests (issue 15): raw seeding of items, item events, focus
/// sessions and focus events through ItemStore::runWrite, expected-figure builders, readable
/// QCOMPARE output for the report's value types, and a small RFC 4180 reader.

#include "deadlines/workinghours.h"
#include "insights/insightsreport.h"
#include "storage/itemstore.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

#include <memory>
#include <optional>

namespace fi {
// Readable failure messages for QCOMPARE (found by argument-dependent lookup).
inline char *toString(const ResponseFigures &f)
{
    const auto opt = [](const std::optional<qint64> &v) { return v ? QString::number(*v / 1000) + u's' : QStringLiteral("none"); };
    return qstrdup(QStringLiteral("{received %1, responded %2, median %3, p90 %4, met %5, missed %6, clock %7}")
                       .arg(f.received).arg(f.responded).arg(opt(f.medianResponseMs), opt(f.p90ResponseMs))
                       .arg(f.met).arg(f.missed).arg(insightsClockName(f.clock)).toUtf8().constData());
}
inline char *toString(const Offender &o)
{
    return qstrdup(QStringLiteral("{%1 %2 missed %3 met %4}").arg(originKindName(o.kind), o.key).arg(o.missed).arg(o.met)
                       .toUtf8().constData());
}
inline char *toString(const FocusDay &d)
{
    return qstrdup(QStringLiteral("{%1 scheduled %2s kept %3s}").arg(d.date.toString(Qt::ISODate))
                       .arg(d.scheduledMs / 1000).arg(d.keptMs / 1000).toUtf8().constData());
}
inline char *toString(const BreakthroughRecord &b)
{
    return qstrdup(QStringLiteral("{%1 item %2 \"%3\" <%4> %5}")
                       .arg(QDateTime::fromMSecsSinceEpoch(b.atMs, Qt::UTC).toString(Qt::ISODate)).arg(b.itemId)
                       .arg(b.subject, b.sender, breakthroughReasonName(b.reason)).toUtf8().constData());
}
} // namespace fi

namespace insightstest {

using namespace fi;

constexpr qint64 kS = 1000;
constexpr qint64 kMin = 60 * kS;
constexpr qint64 kHour = 60 * kMin;

/// UTC epoch ms of a UTC wall time.
inline qint64 utc(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC).toMSecsSinceEpoch();
}

inline const QTimeZone kBerlin("Europe/Berlin");

/// Expected response figures; times in whole seconds.
inline ResponseFigures figures(int received, int responded, std::optional<qint64> medianS, std::optional<qint64> p90S,
                        int met, int missed, InsightsClock clock)
{
    ResponseFigures f;
    f.received = received;
    f.responded = responded;
    f.medianResponseMs = medianS ? std::optional<qint64>(*medianS * kS) : std::nullopt;
    f.p90ResponseMs = p90S ? std::optional<qint64>(*p90S * kS) : std::nullopt;
    f.met = met;
    f.missed = missed;
    f.clock = clock;
    return f;
}

/// One items row; unset members keep the schema's defaults.
struct SeedItem {
    qint64 source = 0;
    QString remoteId = {};
    QString fromName = {};
    QString from = {};  ///< from_address
    QString subject = {};
    qint64 received = 0;
    int tier = 2;
    std::optional<qint64> due = std::nullopt;
    QString policy = {};
    QString state = QStringLiteral("open");
    std::optional<qint64> done = std::nullopt;     ///< items.done_ms
    std::optional<qint64> replied = std::nullopt;  ///< items.replied_ms
    bool answered = false;
    QString tierReason = QStringLiteral("rule");
    QString headers = QStringLiteral("{}");
    QString attributes = QStringLiteral("{}");
};

inline QVariant nullable(std::optional<qint64> v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>());
}

/// A text column's value: '' rather than NULL for an unset string (the columns are NOT NULL).
inline QVariant text(const QString &s)
{
    return QVariant(s.isNull() ? QStringLiteral("") : s);
}

/// Raw writes through the store's writer, so the rows hold exactly the seed's values.
class Seeder {
public:
    explicit Seeder(ItemStore &store) : m_store(store) {}

    qint64 source(const QString &kind, const QString &name)
    {
        SourceConfig config;
        config.kind = kind;
        config.name = name;
        config.location = QStringLiteral("/nowhere/") + kind;
        return m_store.addSource(config).result();
    }

    qint64 item(const SeedItem &s)
    {
        auto id = std::make_shared<qint64>(0);
        const bool ok = m_store.runWrite([s, id](QSqlDatabase &db, QString *error) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral(
                "INSERT INTO items (source_id, remote_id, from_name, from_address, subject, received_ms, tier, "
                "tier_reason, due_ms, policy, state, done_ms, replied_ms, answered, headers_json, attributes_json) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            for (const QVariant &v : {QVariant(s.source), text(s.remoteId), text(s.fromName), text(s.from),
                                      text(s.subject), QVariant(s.received), QVariant(s.tier), text(s.tierReason),
                                      nullable(s.due), text(s.policy), text(s.state), nullable(s.done),
                                      nullable(s.replied), QVariant(s.answered ? 1 : 0), text(s.headers),
                                      text(s.attributes)})
                q.addBindValue(v);
            if (!q.exec()) {
                *error = q.lastError().text();
                qWarning("seeding item %s failed: %s", qPrintable(s.remoteId), qPrintable(*error));
                return false;
            }
            *id = q.lastInsertId().toLongLong();
            return true;
        }).result();
        return ok ? *id : 0;
    }

    bool itemEvent(qint64 itemId, const QString &kind, qint64 atMs)
    {
        return exec(QStringLiteral("INSERT INTO item_events (item_id, kind, at_ms) VALUES (?, ?, ?)"),
                    {itemId, kind, atMs});
    }

    bool session(qint64 startMs, qint64 plannedEndMs, qint64 endMs, int held, int breakthroughs)
    {
        return exec(QStringLiteral("INSERT INTO focus_sessions (start_ms, end_ms, planned_end_ms, origin, held_back, "
                                   "breakthroughs) VALUES (?, ?, ?, 'manual', ?, ?)"),
                    {startMs, endMs, plannedEndMs, held, breakthroughs});
    }

    /// @p itemId 0 = NULL (the item was removed since).
    bool focusEvent(qint64 atMs, const QString &kind, qint64 itemId, const QString &reason = QString())
    {
        return exec(QStringLiteral("INSERT INTO focus_events (at_ms, kind, item_id, reason) VALUES (?, ?, ?, ?)"),
                    {atMs, kind, itemId ? QVariant(itemId) : QVariant(QMetaType::fromType<qint64>()), text(reason)});
    }

private:
    bool exec(const QString &sql, const QVariantList &values)
    {
        return m_store.runWrite([sql, values](QSqlDatabase &db, QString *error) {
            QSqlQuery q(db);
            q.prepare(sql);
            for (const QVariant &v : values)
                q.addBindValue(v);
            if (!q.exec()) {
                *error = q.lastError().text();
                qWarning("seeding failed: %s: %s", qPrintable(sql), qPrintable(*error));
                return false;
            }
            return true;
        }).result();
    }
    ItemStore &m_store;
};

/// Mon–Fri 09:00–17:00 in Europe/Berlin with one holiday, Wed 2026-10-28.
inline WorkingHours berlinHours()
{
    WorkingHours hours = WorkingHours::defaults(kBerlin);  // Mon–Fri 09:00–17:00
    hours.addHoliday(QDate(2026, 10, 28));
    return hours;
}

/// Minimal RFC 4180 reader: rows of fields; also reports whether every record ended in CRLF.
inline QList<QStringList> parseCsv(const QByteArray &bytes, bool *crlf)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    *crlf = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\n' || i + 1 >= text.size() || text.at(i + 1) != u'\n')
                *crlf = false;
            if (c == u'\r')
                ++i;
            row << field;
            rows << row;
            row.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        *crlf = false;
        row << field;
        rows << row;
    }
    return rows;
}


} // namespace insightstest
