#include "search/searchquery.h"

#include "domain/tier.h"
#include "sources/sourceregistry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>

namespace fi {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fi::Search", text);
}

/// A letter or digit somewhere (by code point): FTS5 finds nothing in text without one.
bool hasSearchableText(const QString &text)
{
    const QList<uint> codePoints = text.toUcs4();
    return std::any_of(codePoints.cbegin(), codePoints.cend(),
                       [](uint c) { return QChar::isLetterOrNumber(char32_t(c)); });
}

/// One piece of the query between white space.
struct Token {
    enum class Type { Term, Or, Dropped };
    Type type = Type::Term;
    SearchTerm term;
    bool quoted = false; ///< The value was quoted (no prefix match).
};

class Parser {
public:
    Parser(const QString &text, const SearchContext &context)
        : m_text(text), m_context(context)
    {
        if (m_context.nowMs == 0)
            m_context.nowMs = QDateTime::currentMSecsSinceEpoch();
    }

    SearchQuery parse()
    {
        SearchQuery query;
        query.text = m_text;
        QList<Token> tokens;
        QList<int> starts;
        while (skipSpace()) {
            const int start = m_pos;
            tokens << readToken();
            starts << start;
        }
        markPrefix(tokens);
        // Group terms joined by OR into clauses.
        QList<QList<Token>> groups;
        bool joinNext = false;
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            const Token &token = tokens.at(i);
            if (token.type == Token::Type::Or) {
                const bool before = !groups.isEmpty() && !joinNext;
                const bool after = i + 1 < tokens.size() && tokens.at(i + 1).type != Token::Type::Or;
                if (!before || !after) {
                    hint(SearchHint::Kind::DanglingOr, starts.at(i), 2,
                         tr("“OR” needs a term on each side; ignored."));
                    continue;
                }
                joinNext = true;
                continue;
            }
            if (joinNext)
                groups.last() << token;
            else
                groups << QList<Token>{token};
            joinNext = false;
        }
        for (const QList<Token> &group : std::as_const(groups)) {
            SearchClause clause;
            for (const Token &token : group)
                if (token.type == Token::Type::Term)
                    clause.terms << token.term;
            if (!clause.terms.isEmpty())
                query.clauses << clause;
        }
        query.hints = m_hints;
        return query;
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text.at(m_pos); }
    static bool isSpace(QChar c) { return c.isSpace() || c.category() == QChar::Other_Control; }

    bool skipSpace()
    {
        while (!atEnd() && isSpace(peek()))
            ++m_pos;
        return !atEnd();
    }

    void hint(SearchHint::Kind kind, int position, int length, const QString &message)
    {
        m_hints << SearchHint{kind, position, length, message};
    }

    /// Text up to the next white space.
    QString readBare()
    {
        const int start = m_pos;
        while (!atEnd() && !isSpace(peek()))
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }

    /// A quoted text starting at '"' (m_pos); closes at the next '"' or, with a hint, at the end.
    QString readQuoted()
    {
        const int open = m_pos++;
        const qsizetype close = m_text.indexOf(QLatin1Char('"'), m_pos);
        if (close < 0) {
            const QString value = m_text.mid(m_pos);
            m_pos = int(m_text.size());
            hint(SearchHint::Kind::UnbalancedQuote, open, 1,
                 tr("The quote is never closed; the phrase runs to the end."));
            return value;
        }
        const QString value = m_text.mid(m_pos, close - m_pos);
        m_pos = int(close) + 1;
        return value;
    }

    Token dropped() const
    {
        Token token;
        token.type = Token::Type::Dropped;
        return token;
    }

    Token readToken()
    {
        const int start = m_pos;
        Token token;
        if (peek() == QLatin1Char('-')) {
            ++m_pos;
            if (atEnd() || isSpace(peek())) {
                hint(SearchHint::Kind::DanglingNegation, start, 1,
                     tr("“-” excludes the term right after it; ignored."));
                return dropped();
            }
            token.term.negated = true;
        }
        if (peek() == QLatin1Char('"')) {
            const QString phrase = readQuoted();
            if (!hasSearchableText(phrase))
                return dropped();
            token.term.kind = SearchTerm::Kind::Phrase;
            token.term.text = phrase;
            token.quoted = true;
            return token;
        }
        const int wordStart = m_pos;
        // An operator: letters (and '-', '_') then ':'.
        static const QRegularExpression opRe(QStringLiteral("\\G([A-Za-z][A-Za-z_-]*):"));
        const QRegularExpressionMatch op = opRe.match(m_text, m_pos);
        if (op.hasMatch()) {
            const QString name = op.captured(1).toLower();
            m_pos = int(op.capturedEnd(0));
            bool quoted = false;
            QString value;
            if (peek() == QLatin1Char('"')) {
                value = readQuoted();
                quoted = true;
            } else {
                value = readBare();
            }
            const int length = m_pos - start;
            if (!searchOperatorNames().contains(name)) {
                if (value.isEmpty())
                    return wordToken(token, m_text.mid(wordStart, m_pos - wordStart), false);
                hint(SearchHint::Kind::UnknownOperator, wordStart, int(op.capturedLength(1)) + 1,
                     tr("Unknown operator “%1:”; searched as text. Operators: %2.")
                         .arg(op.captured(1), searchOperatorNames().join(QLatin1String(": ")) + QLatin1Char(':')));
                return wordToken(token, m_text.mid(wordStart, m_pos - wordStart), false);
            }
            if (value.trimmed().isEmpty()) {
                hint(SearchHint::Kind::EmptyValue, start, length,
                     tr("“%1:” needs a value; ignored.").arg(name));
                return dropped();
            }
            if (!operatorTerm(token.term, name, value.trimmed(), start, length))
                return dropped();
            token.quoted = quoted;
            return token;
        }
        const QString word = readBare();
        if (!token.term.negated && word == QLatin1String("OR")) {
            token.type = Token::Type::Or;
            return token;
        }
        return wordToken(token, word, false);
    }

    Token wordToken(Token token, const QString &word, bool quoted)
    {
        if (!hasSearchableText(word))
            return dropped();
        token.term.kind = SearchTerm::Kind::Word;
        token.term.text = word;
        token.quoted = quoted;
        return token;
    }

    bool badValue(int start, int length, const QString &message)
    {
        hint(SearchHint::Kind::BadValue, start, length, message);
        return false;
    }

    bool operatorTerm(SearchTerm &term, const QString &name, const QString &value, int start, int length)
    {
        using K = SearchTerm::Kind;
        if (name == QLatin1String("from") || name == QLatin1String("to")
            || name == QLatin1String("source")) {
            term.kind = name == QLatin1String("from") ? K::From : name == QLatin1String("to") ? K::To : K::Source;
            if (term.kind == K::From && !hasSearchableText(value))
                return badValue(start, length, tr("“from:” needs a name or address; ignored."));
            term.text = value;
            return true;
        }
        if (name == QLatin1String("kind")) {
            const QStringList kinds = SourceRegistry::instance().kinds();
            const QString key = value.toLower();
            if (!kinds.contains(key))
                return badValue(start, length, tr("Unknown kind “%1”; ignored. Kinds: %2.")
                                                   .arg(value, kinds.join(QLatin1String(", "))));
            term.kind = K::SourceKind;
            term.text = key;
            return true;
        }
        if (name == QLatin1String("tier")) {
            const QString v = value.toLower();
            int tier = 0;
            if (v == QLatin1String("1") || v == QLatin1String("reference"))
                tier = 1;
            else if (v == QLatin1String("2") || v == QLatin1String("async"))
                tier = 2;
            else if (v == QLatin1String("3") || v == QLatin1String("now"))
                tier = 3;
            for (int t = 1; t <= 3 && tier == 0; ++t)
                if (v == tierDisplayName(Tier(t)).toLower())
                    tier = t;
            if (tier == 0)
                return badValue(start, length,
                                tr("“tier:%1” is not a tier; use 1, 2, 3, now, async or reference. Ignored.")
                                    .arg(value));
            term.kind = K::Tier;
            term.tier = tier;
            return true;
        }
        if (name == QLatin1String("is")) {
            const qsizetype index = searchFlagNames().indexOf(value.toLower());
            if (index < 0)
                return badValue(start, length, tr("“is:%1” is unknown; use %2. Ignored.")
                                                   .arg(value, searchFlagNames().join(QLatin1String(", "))));
            term.kind = K::Is;
            term.flag = SearchTerm::Flag(index);
            return true;
        }
        // before / after
        const std::optional<qint64> time = parseTime(value);
        if (!time)
            return badValue(start, length,
                            tr("“%1” is not a date; use a date like 2026-12-01 or an age like 7d. Ignored.")
                                .arg(value));
        term.kind = name == QLatin1String("before") ? K::Before : K::After;
        term.timeMs = *time;
        return true;
    }

    std::optional<qint64> parseTime(const QString &value) const
    {
        static const QRegularExpression ageRe(QStringLiteral("^(\\d{1,6})([hdw])$"),
                                              QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch age = ageRe.match(value);
        if (age.hasMatch()) {
            const qint64 n = age.captured(1).toLongLong();
            const QChar unit = age.captured(2).at(0).toLower();
            const qint64 hour = 3600000;
            const qint64 unitMs = unit == QLatin1Char('h') ? hour : unit == QLatin1Char('d') ? 24 * hour : 168 * hour;
            return m_context.nowMs - n * unitMs;
        }
        const QDate today = QDateTime::fromMSecsSinceEpoch(m_context.nowMs, m_context.zone).date();
        const auto startOf = [this](QDate date) {
            return QDateTime(date, QTime(0, 0), m_context.zone).toMSecsSinceEpoch();
        };
        if (value.compare(QLatin1String("today"), Qt::CaseInsensitive) == 0)
            return startOf(today);
        if (value.compare(QLatin1String("yesterday"), Qt::CaseInsensitive) == 0)
            return startOf(today.addDays(-1));
        QString iso = value;
        iso.replace(QLatin1Char('/'), QLatin1Char('-'));
        if (!iso.contains(QLatin1Char('T'))) {
            const QDate date = QDate::fromString(iso, Qt::ISODate);
            return date.isValid() ? std::optional<qint64>(startOf(date)) : std::nullopt;
        }
        QDateTime dt = QDateTime::fromString(iso, Qt::ISODate);
        if (!dt.isValid())
            return std::nullopt;
        if (dt.timeSpec() == Qt::LocalTime)
            dt = QDateTime(dt.date(), dt.time(), m_context.zone);
        return dt.toMSecsSinceEpoch();
    }

    /// The last term of the query, when a bare word or an unquoted from: value, is a prefix.
    static void markPrefix(QList<Token> &tokens)
    {
        for (auto it = tokens.rbegin(); it != tokens.rend(); ++it) {
            if (it->type == Token::Type::Dropped)
                continue;
            if (it->type == Token::Type::Term && !it->quoted
                && (it->term.kind == SearchTerm::Kind::Word || it->term.kind == SearchTerm::Kind::From))
                it->term.prefix = true;
            return;
        }
    }

    QString m_text;
    SearchContext m_context;
    int m_pos = 0;
    QList<SearchHint> m_hints;
};

} // namespace

QStringList searchOperatorNames()
{
    return {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("source"), QStringLiteral("kind"),
            QStringLiteral("tier"), QStringLiteral("is"), QStringLiteral("before"), QStringLiteral("after")};
}

QStringList searchFlagNames()
{
    return {QStringLiteral("overdue"), QStringLiteral("due-soon"), QStringLiteral("unread"),
            QStringLiteral("read"),    QStringLiteral("flagged"),  QStringLiteral("snoozed"),
            QStringLiteral("done"),    QStringLiteral("open"),     QStringLiteral("replied")};
}

SearchQuery parseSearch(const QString &text, const SearchContext &context)
{
    return Parser(text, context).parse();
}

} // namespace fi
