#pragma once
/// @file searchquery.h
/// @brief The search language of the inbox: what a user types into the search field (or
/// `focusinbox search QUERY`), parsed into terms. Pure, thread-agnostic, never throws.
///
/// Grammar (Gmail-like; terms separated by white space, all clauses must match):
///  - `word`            a word in subject, sender name/address or snippet (FTS5, diacritics
///                      ignored); the last bare word of the text matches as a prefix ("inci"
///                      finds "incident") so results come as the user types;
///  - `"a phrase"`      the words in this order;
///  - `-term`           negation of any term (word, phrase or operator);
///  - `a OR b`          either (upper-case OR; binds tighter than the implicit AND:
///                      `a OR b c` = (a OR b) AND c);
///  - `from:X`          sender name or address; `to:X` a To or Cc recipient (name or address);
///  - `source:X`        the source's name contains X (case-insensitive), or its id is X;
///  - `kind:X`          the source's kind key (maildir, imap, feed, …: SourceRegistry);
///  - `tier:1|2|3|now|async|reference`;
///  - `is:overdue|due-soon|unread|read|flagged|snoozed|done|open|replied`;
///  - `before:D` / `after:D`  received before the start of D / at or after the start of D,
///                      where D is an ISO date (2026-12-01, in the context's zone), an ISO date
///                      and time (2026-12-01T14:30, zone suffix allowed), or an age: `7d`, `3h`,
///                      `2w` (before:7d = older than 7 days, after:7d = within the last 7 days).
/// Operator names are case-insensitive; values may be quoted (`from:"Ana Souza"`).
/// Anything wrong becomes a SearchHint and the rest still searches: an unknown operator is
/// searched as text, a bad or empty value drops that term, an unbalanced quote closes at the end.

#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace fi {

/// What the parser needs to know about "now": relative dates and date-only values.
struct SearchContext {
    qint64 nowMs = 0;  ///< UTC epoch ms; 0 = current time.
    QTimeZone zone = QTimeZone::systemTimeZone(); ///< Zone of dates without a zone (ISO dates).
};

/// One term of a search.
struct SearchTerm {
    enum class Kind { Word, Phrase, From, To, Source, SourceKind, Tier, Is, Before, After };
    /// The states and flags `is:` knows.
    enum class Flag { Overdue, DueSoon, Unread, Read, Flagged, Snoozed, Done, Open, Replied };
    Kind kind = Kind::Word;
    bool negated = false;
    /// Word, Phrase, From, To, Source, SourceKind: the text (without quotes, operator and '-').
    QString text;
    /// Word and From: matched as a prefix (the last bare word of the query).
    bool prefix = false;
    int tier = 0;             ///< Tier: 1 … 3.
    Flag flag = Flag::Open;   ///< Is.
    qint64 timeMs = 0;        ///< Before/After: the instant, UTC epoch ms.
    bool operator==(const SearchTerm &) const = default;
};

/// Terms of which at least one must match (`a OR b OR c`); a single term is a clause of one.
struct SearchClause {
    QList<SearchTerm> terms;
    bool operator==(const SearchClause &) const = default;
};

/// Something the user should know about the typed query, shown inline under the field.
struct SearchHint {
    enum class Kind {
        UnknownOperator, ///< `foo:bar` — searched as text.
        EmptyValue,      ///< `from:` with nothing after it — ignored.
        BadValue,        ///< `tier:7`, `is:late`, `before:someday`, `kind:fax` — ignored.
        UnbalancedQuote, ///< A '"' that is never closed — the phrase runs to the end.
        DanglingOr,      ///< OR without a term on one side — ignored.
        DanglingNegation,///< A '-' with nothing after it — ignored.
    };
    Kind kind = Kind::BadValue;
    int position = 0;  ///< Index (UTF-16) of the offending text in the query.
    int length = 0;    ///< Its length.
    QString message;   ///< Translated, plain text ("Unknown operator “foo:”; searched as text").
};

/// A parsed query: AND of clauses, each an OR of terms.
struct SearchQuery {
    QString text;                ///< What was typed.
    QList<SearchClause> clauses;
    QList<SearchHint> hints;
    /// No term at all: searches nothing (an empty field shows the normal view).
    bool isEmpty() const { return clauses.isEmpty(); }
};

/**
 * @brief Parse @p text (see the file comment for the grammar).
 * Never throws and never fails: problems become SearchQuery::hints.
 * @param context "now" and zone for before:/after:; kind: is checked against
 *        SourceRegistry::instance().kinds() (an unknown kind is a BadValue hint).
 */
SearchQuery parseSearch(const QString &text, const SearchContext &context = {});

/// The operator names ("from", "to", "source", "kind", "tier", "is", "before", "after").
QStringList searchOperatorNames();
/// The values `is:` accepts, in the order of SearchTerm::Flag.
QStringList searchFlagNames();

} // namespace fi
