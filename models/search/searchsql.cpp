#include "search/searchsql.h"

#include <QStringList>

#include <algorithm>

namespace fi {

namespace {

const char *const kUnanswered = "items.answered = 0 AND items.replied_ms IS NULL";

bool isFtsTerm(const SearchTerm &term)
{
    return term.kind == SearchTerm::Kind::Word || term.kind == SearchTerm::Kind::Phrase
        || term.kind == SearchTerm::Kind::From;
}

QString ftsTerm(const SearchTerm &term)
{
    const QString string = ftsString(term.text, term.prefix && term.kind != SearchTerm::Kind::Phrase);
    if (string.isEmpty())
        return QString();
    if (term.kind == SearchTerm::Kind::From)
        return QStringLiteral("{from_name from_address} : ") + string;
    return string;
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

/// The condition of one term (not negated) on items; appends its values to @p binds.
QString condition(const SearchTerm &term, qint64 nowMs, QVariantList &binds)
{
    using K = SearchTerm::Kind;
    using F = SearchTerm::Flag;
    switch (term.kind) {
    case K::Word:
    case K::Phrase:
    case K::From: {
        const QString match = ftsTerm(term);
        if (match.isEmpty())
            return QStringLiteral("0");
        binds << match;
        if (term.kind == K::From)
            return QStringLiteral("items.id IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?)");
        binds << match; // a word or phrase may also be in an indexed body
        return QStringLiteral("(items.id IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?)"
                              " OR items.id IN (SELECT rowid FROM bodies_fts WHERE bodies_fts MATCH ?))");
    }
    case K::To:
        binds << likePattern(term.text) << likePattern(term.text);
        return QStringLiteral("(items.to_json LIKE ? ESCAPE '\\' OR items.cc_json LIKE ? ESCAPE '\\')");
    case K::Source:
        binds << likePattern(term.text) << term.text;
        return QStringLiteral("items.source_id IN (SELECT id FROM sources"
                              " WHERE name LIKE ? ESCAPE '\\' OR CAST(id AS TEXT) = ?)");
    case K::SourceKind:
        binds << term.text;
        return QStringLiteral("items.source_id IN (SELECT id FROM sources WHERE kind = ?)");
    case K::Tier:
        binds << term.tier;
        return QStringLiteral("items.tier = ?");
    case K::Before:
        binds << term.timeMs;
        return QStringLiteral("items.received_ms < ?");
    case K::After:
        binds << term.timeMs;
        return QStringLiteral("items.received_ms >= ?");
    case K::Is:
        switch (term.flag) {
        case F::Overdue: // deadlineState(): not done, not answered, now >= due
            binds << nowMs;
            return QStringLiteral("(items.state <> 'done' AND %1 AND items.due_ms <= ?)")
                .arg(QLatin1String(kUnanswered));
        case F::DueSoon: // deadlineState() with the default DueSoonRule (25 % of the window, ≥ 1 h)
            binds << nowMs << nowMs;
            return QStringLiteral("(items.state <> 'done' AND %1 AND items.due_ms > ? AND items.due_ms - ?"
                                  " <= MAX(ROUND(MAX(items.due_ms - items.received_ms, 0) * 0.25), 3600000))")
                .arg(QLatin1String(kUnanswered));
        case F::Unread:
            return QStringLiteral("items.seen = 0");
        case F::Read:
            return QStringLiteral("items.seen = 1");
        case F::Flagged:
            return QStringLiteral("items.flagged = 1");
        case F::Snoozed:
            binds << nowMs;
            return QStringLiteral("(items.state = 'snoozed' AND items.snoozed_until_ms > ?)");
        case F::Done:
            return QStringLiteral("items.state = 'done'");
        case F::Open: // ItemQuery::States::Open
            binds << nowMs;
            return QStringLiteral("(items.state = 'open' OR (items.state = 'snoozed'"
                                  " AND (items.snoozed_until_ms IS NULL OR items.snoozed_until_ms <= ?)))");
        case F::Replied:
            return QStringLiteral("(items.answered = 1 OR items.replied_ms IS NOT NULL)");
        }
    }
    return QStringLiteral("0");
}

} // namespace

QString ftsString(const QString &text, bool prefix)
{
    QString cleaned = text;
    bool searchable = false;
    for (qsizetype i = 0; i < cleaned.size(); ++i) {
        const QChar c = cleaned.at(i);
        if (c.isHighSurrogate() && i + 1 < cleaned.size() && cleaned.at(i + 1).isLowSurrogate()) {
            searchable = searchable || QChar::isLetterOrNumber(QChar::surrogateToUcs4(c, cleaned.at(i + 1)));
            ++i;
            continue;
        }
        if (c.category() == QChar::Other_Control || c.isSurrogate())
            cleaned[i] = QLatin1Char(' ');
        else if (c.isLetterOrNumber())
            searchable = true;
    }
    if (!searchable)
        return QString();
    cleaned.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + cleaned + QLatin1Char('"') + (prefix ? QStringLiteral("*") : QString());
}

SearchSql compileSearch(const SearchQuery &query, qint64 nowMs)
{
    SearchSql sql;
    QStringList driver;        // positive FTS clauses, ANDed into the MATCH expression
    bool driverHasFrom = false;
    QList<const SearchClause *> rest;
    for (const SearchClause &clause : query.clauses) {
        const bool ftsOnly = std::all_of(clause.terms.cbegin(), clause.terms.cend(), [](const SearchTerm &t) {
            return isFtsTerm(t) && !t.negated && !ftsTerm(t).isEmpty();
        });
        if (!ftsOnly) {
            rest << &clause;
            continue;
        }
        QStringList alternatives;
        for (const SearchTerm &term : clause.terms) {
            alternatives << ftsTerm(term);
            driverHasFrom = driverHasFrom || term.kind == SearchTerm::Kind::From;
        }
        driver << (alternatives.size() == 1 ? alternatives.first()
                                            : QLatin1Char('(') + alternatives.join(QLatin1String(" OR ")) + QLatin1Char(')'));
    }
    if (!driver.isEmpty()) {
        sql.ftsMatch = driver.join(QLatin1String(" AND "));
        const QString positive = sql.ftsMatch;
        // A negated word or phrase alone in its clause joins the index expression:
        // (a AND b) NOT c. It must not be in the body either: a condition on bodies_fts (small).
        QStringList negated;
        QList<const SearchClause *> others;
        for (const SearchClause *clause : std::as_const(rest)) {
            const SearchTerm &first = clause->terms.first();
            const bool word = first.kind == SearchTerm::Kind::Word || first.kind == SearchTerm::Kind::Phrase;
            const QString term = clause->terms.size() == 1 && first.negated && word ? ftsTerm(first) : QString();
            if (term.isEmpty()) {
                others << clause;
                continue;
            }
            negated << term;
            sql.ftsMatch = QLatin1Char('(') + sql.ftsMatch + QStringLiteral(") NOT ") + term;
        }
        rest = others;
        // A header match must not have a negated word in its body either.
        QStringList bodyConditions;
        for (const QString &term : std::as_const(negated)) {
            bodyConditions << QStringLiteral("rowid NOT IN (SELECT rowid FROM bodies_fts WHERE bodies_fts MATCH ?)");
            sql.headerBinds << term;
        }
        sql.headerWhere = bodyConditions.join(QLatin1String(" AND "));
        // The same words may all be in an indexed body instead (from: has no body column); such
        // a match counts when the headers neither match nor hold a negated word.
        if (!driverHasFrom) {
            sql.bodyMatch = sql.ftsMatch;
            sql.bodyExclude = QLatin1Char('(') + positive + QLatin1Char(')');
            for (const QString &term : std::as_const(negated))
                sql.bodyExclude += QStringLiteral(" OR ") + term;
        }
        // fi_rank (storage/ftsrank.h) is smaller for better matches; subject counts most, then
        // the sender, then the snippet.
        sql.rankOrder = QStringLiteral("fi_rank(items_fts, 8.0, 4.0, 4.0, 1.0)");
    }
    QStringList conditions;
    for (const SearchClause *clause : std::as_const(rest)) {
        const SearchTerm &first = clause->terms.first();
        if (clause->terms.size() == 1 && first.kind == SearchTerm::Kind::After && !first.negated)
            sql.receivedRange = true;
        QStringList alternatives;
        for (const SearchTerm &term : clause->terms) {
            const QString c = condition(term, nowMs, sql.binds);
            alternatives << (term.negated ? QStringLiteral("NOT IFNULL((%1), 0)").arg(c) : c);
        }
        conditions << QLatin1Char('(') + alternatives.join(QLatin1String(" OR ")) + QLatin1Char(')');
    }
    sql.where = conditions.join(QLatin1String(" AND "));
    return sql;
}

} // namespace fi
