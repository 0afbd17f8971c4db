// Unit tests of the search language (models/search/searchquery.h): every operator, every value
// form and every hint. Pure: no store.

#include "search/searchquery.h"

#include <QDateTime>
#include <QTest>

using namespace fi;
using K = SearchTerm::Kind;
using H = SearchHint::Kind;

Q_DECLARE_METATYPE(fi::SearchTerm::Kind)
Q_DECLARE_METATYPE(fi::SearchHint::Kind)

namespace {

const QTimeZone kZone(QByteArrayLiteral("America/Sao_Paulo"));
/// 2026-12-02T10:00:00-03:00
const qint64 kNow = QDateTime(QDate(2026, 12, 2), QTime(10, 0), kZone).toMSecsSinceEpoch();

SearchQuery parse(const QString &text)
{
    return parseSearch(text, SearchContext{kNow, kZone});
}

/// The only term of a query of one clause of one term.
SearchTerm single(const SearchQuery &q)
{
    if (q.clauses.size() != 1 || q.clauses.first().terms.size() != 1)
        return SearchTerm{K::Word, false, QStringLiteral("<not one term>")};
    return q.clauses.first().terms.first();
}

qint64 localMs(int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), kZone).toMSecsSinceEpoch();
}

} // namespace

class TestSearchParser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void emptyAndBlank()
    {
        QVERIFY(parse(QString()).isEmpty());
        QVERIFY(parse(QStringLiteral("   \t ")).isEmpty());
        QVERIFY(parse(QStringLiteral("   ")).hints.isEmpty());
        // Nothing searchable (no letter or digit) is dropped silently, like the old word search.
        QVERIFY(parse(QStringLiteral("&& ... !!")).isEmpty());
    }

    void wordsAreAndedAndLastIsPrefix()
    {
        const SearchQuery q = parse(QStringLiteral("contract  revi"));
        QCOMPARE(q.clauses.size(), 2);
        QCOMPARE(q.clauses[0].terms[0].kind, K::Word);
        QCOMPARE(q.clauses[0].terms[0].text, QStringLiteral("contract"));
        QVERIFY(!q.clauses[0].terms[0].prefix);
        QCOMPARE(q.clauses[1].terms[0].text, QStringLiteral("revi"));
        QVERIFY(q.clauses[1].terms[0].prefix);
        QVERIFY(q.hints.isEmpty());
        QCOMPARE(q.text, QStringLiteral("contract  revi"));
    }

    void quotedPhrase()
    {
        const SearchQuery q = parse(QStringLiteral("\"contract review\" ana"));
        QCOMPARE(q.clauses.size(), 2);
        QCOMPARE(q.clauses[0].terms[0].kind, K::Phrase);
        QCOMPARE(q.clauses[0].terms[0].text, QStringLiteral("contract review"));
        QVERIFY(!q.clauses[0].terms[0].prefix);
        QVERIFY(q.hints.isEmpty());
        // A phrase at the end is not a prefix: the user closed it.
        QVERIFY(!single(parse(QStringLiteral("\"incident\""))).prefix);
    }

    void negation()
    {
        const SearchQuery q = parse(QStringLiteral("deploy -staging -\"dry run\" -is:done"));
        QCOMPARE(q.clauses.size(), 4);
        QVERIFY(!q.clauses[0].terms[0].negated);
        QVERIFY(q.clauses[1].terms[0].negated);
        QCOMPARE(q.clauses[1].terms[0].text, QStringLiteral("staging"));
        QCOMPARE(q.clauses[2].terms[0].kind, K::Phrase);
        QVERIFY(q.clauses[2].terms[0].negated);
        QCOMPARE(q.clauses[3].terms[0].kind, K::Is);
        QCOMPARE(q.clauses[3].terms[0].flag, SearchTerm::Flag::Done);
        QVERIFY(q.clauses[3].terms[0].negated);
        QVERIFY(q.hints.isEmpty());
        // A hyphen inside a word is part of it.
        QCOMPARE(single(parse(QStringLiteral("e-mail"))).text, QStringLiteral("e-mail"));
        QVERIFY(!single(parse(QStringLiteral("e-mail"))).negated);
    }

    void orJoinsNeighbours()
    {
        const SearchQuery q = parse(QStringLiteral("invoice OR receipt from:ana OR tier:now"));
        QCOMPARE(q.clauses.size(), 2);
        QCOMPARE(q.clauses[0].terms.size(), 2);
        QCOMPARE(q.clauses[0].terms[1].text, QStringLiteral("receipt"));
        QCOMPARE(q.clauses[1].terms.size(), 2);
        QCOMPARE(q.clauses[1].terms[0].kind, K::From);
        QCOMPARE(q.clauses[1].terms[1].kind, K::Tier);
        QCOMPARE(q.clauses[1].terms[1].tier, 3);
        QVERIFY(q.hints.isEmpty());
        // Lower-case "or" is a word.
        QCOMPARE(parse(QStringLiteral("this or that")).clauses.size(), 3);
        // Chains.
        QCOMPARE(parse(QStringLiteral("a1 OR b2 OR c3")).clauses.first().terms.size(), 3);
    }

    void operators_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<fi::SearchTerm::Kind>("kind");
        QTest::addColumn<QString>("value");
        QTest::newRow("from") << "from:ana" << K::From << "ana";
        QTest::newRow("from address") << "from:ana@example.com" << K::From << "ana@example.com";
        QTest::newRow("from quoted") << "from:\"Ana Souza\"" << K::From << "Ana Souza";
        QTest::newRow("From upper") << "FROM:ana" << K::From << "ana";
        QTest::newRow("to") << "to:bob@example.org" << K::To << "bob@example.org";
        QTest::newRow("source") << "source:Work" << K::Source << "Work";
        QTest::newRow("source quoted") << "source:\"Work mail\"" << K::Source << "Work mail";
        QTest::newRow("kind") << "kind:maildir" << K::SourceKind << "maildir";
        QTest::newRow("kind upper") << "kind:IMAP" << K::SourceKind << "imap";
        QTest::newRow("kind feed") << "kind:feed" << K::SourceKind << "feed";
    }
    void operators()
    {
        QFETCH(QString, text);
        QFETCH(fi::SearchTerm::Kind, kind);
        QFETCH(QString, value);
        const SearchQuery q = parse(text);
        QVERIFY2(q.hints.isEmpty(), qPrintable(q.hints.value(0).message));
        QCOMPARE(single(q).kind, kind);
        QCOMPARE(single(q).text, value);
    }

    void fromIsPrefixWhenLastAndBare()
    {
        QVERIFY(single(parse(QStringLiteral("from:an"))).prefix);
        QVERIFY(!single(parse(QStringLiteral("from:\"Ana\""))).prefix);
        QVERIFY(!parse(QStringLiteral("from:an urgent")).clauses[0].terms[0].prefix);
    }

    void tiers_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("tier");
        QTest::newRow("1") << "1" << 1;
        QTest::newRow("2") << "2" << 2;
        QTest::newRow("3") << "3" << 3;
        QTest::newRow("now") << "now" << 3;
        QTest::newRow("async") << "async" << 2;
        QTest::newRow("reference") << "reference" << 1;
        QTest::newRow("Now") << "Now" << 3;
    }
    void tiers()
    {
        QFETCH(QString, value);
        QFETCH(int, tier);
        const SearchQuery q = parse(QStringLiteral("tier:") + value);
        QVERIFY(q.hints.isEmpty());
        QCOMPARE(single(q).kind, K::Tier);
        QCOMPARE(single(q).tier, tier);
    }

    void flags()
    {
        const QStringList names{QStringLiteral("overdue"), QStringLiteral("due-soon"), QStringLiteral("unread"),
                                QStringLiteral("flagged"), QStringLiteral("snoozed"),  QStringLiteral("done"),
                                QStringLiteral("replied"), QStringLiteral("read"),     QStringLiteral("open")};
        const QList<SearchTerm::Flag> expected{
            SearchTerm::Flag::Overdue, SearchTerm::Flag::DueSoon, SearchTerm::Flag::Unread,
            SearchTerm::Flag::Flagged, SearchTerm::Flag::Snoozed, SearchTerm::Flag::Done,
            SearchTerm::Flag::Replied, SearchTerm::Flag::Read,    SearchTerm::Flag::Open};
        for (qsizetype i = 0; i < names.size(); ++i) {
            const SearchQuery q = parse(QStringLiteral("is:") + names[i]);
            QVERIFY2(q.hints.isEmpty(), qPrintable(names[i]));
            QCOMPARE(single(q).kind, K::Is);
            QCOMPARE(single(q).flag, expected[i]);
        }
        QCOMPARE(single(parse(QStringLiteral("IS:Unread"))).flag, SearchTerm::Flag::Unread);
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<fi::SearchTerm::Kind>("kind");
        QTest::addColumn<qint64>("ms");
        const qint64 hour = 3600000;
        QTest::newRow("before iso date") << "before:2026-11-30" << K::Before << localMs(2026, 11, 30);
        QTest::newRow("after iso date") << "after:2026-11-30" << K::After << localMs(2026, 11, 30);
        QTest::newRow("slashes") << "after:2026/11/30" << K::After << localMs(2026, 11, 30);
        QTest::newRow("local datetime") << "before:2026-11-30T14:30" << K::Before << localMs(2026, 11, 30, 14, 30);
        QTest::newRow("utc datetime") << "before:2026-11-30T14:30:00Z" << K::Before
                                      << QDateTime(QDate(2026, 11, 30), QTime(14, 30), QTimeZone::utc()).toMSecsSinceEpoch();
        QTest::newRow("7d") << "after:7d" << K::After << kNow - 7 * 24 * hour;
        QTest::newRow("3h") << "before:3h" << K::Before << kNow - 3 * hour;
        QTest::newRow("2w") << "after:2W" << K::After << kNow - 14 * 24 * hour;
        QTest::newRow("today") << "after:today" << K::After << localMs(2026, 12, 2);
        QTest::newRow("yesterday") << "after:yesterday" << K::After << localMs(2026, 12, 1);
    }
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(fi::SearchTerm::Kind, kind);
        QFETCH(qint64, ms);
        const SearchQuery q = parse(text);
        QVERIFY2(q.hints.isEmpty(), qPrintable(q.hints.value(0).message));
        QCOMPARE(single(q).kind, kind);
        QCOMPARE(single(q).timeMs, ms);
    }

    void hints_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<fi::SearchHint::Kind>("kind");
        QTest::addColumn<int>("position");
        QTest::addColumn<int>("length");
        QTest::addColumn<int>("clausesLeft");
        QTest::newRow("unknown operator") << "urgent foo:bar" << H::UnknownOperator << 7 << 4 << 2;
        QTest::newRow("empty from") << "urgent from:" << H::EmptyValue << 7 << 5 << 1;
        QTest::newRow("empty quoted") << "from:\"\" urgent" << H::EmptyValue << 0 << 7 << 1;
        QTest::newRow("bad tier") << "tier:7 urgent" << H::BadValue << 0 << 6 << 1;
        QTest::newRow("bad is") << "is:late urgent" << H::BadValue << 0 << 7 << 1;
        QTest::newRow("bad date") << "before:someday urgent" << H::BadValue << 0 << 14 << 1;
        QTest::newRow("bad iso") << "after:2026-13-45" << H::BadValue << 0 << 16 << 0;
        QTest::newRow("bad kind") << "kind:fax urgent" << H::BadValue << 0 << 8 << 1;
        QTest::newRow("from without letters") << "from:@@ urgent" << H::BadValue << 0 << 7 << 1;
        QTest::newRow("unbalanced quote") << "urgent \"contract rev" << H::UnbalancedQuote << 7 << 1 << 2;
        QTest::newRow("unbalanced value") << "from:\"Ana" << H::UnbalancedQuote << 5 << 1 << 1;
        QTest::newRow("or at start") << "OR urgent" << H::DanglingOr << 0 << 2 << 1;
        QTest::newRow("or at end") << "urgent OR" << H::DanglingOr << 7 << 2 << 1;
        QTest::newRow("or or") << "urgent OR OR later" << H::DanglingOr << 7 << 2 << 1;
        QTest::newRow("lone minus") << "urgent - later" << H::DanglingNegation << 7 << 1 << 2;
    }
    void hints()
    {
        QFETCH(QString, text);
        QFETCH(fi::SearchHint::Kind, kind);
        QFETCH(int, position);
        QFETCH(int, length);
        QFETCH(int, clausesLeft);
        const SearchQuery q = parse(text);
        QCOMPARE(q.hints.size(), 1);
        QCOMPARE(q.hints[0].kind, kind);
        QCOMPARE(q.hints[0].position, position);
        QCOMPARE(q.hints[0].length, length);
        QVERIFY(!q.hints[0].message.isEmpty());
        QCOMPARE(q.clauses.size(), clausesLeft); // the rest still searches
    }

    void unknownOperatorIsSearchedAsText()
    {
        const SearchQuery q = parse(QStringLiteral("subject:budget"));
        QCOMPARE(q.hints.size(), 1);
        QVERIFY(q.hints[0].message.contains(QStringLiteral("subject:")));
        QVERIFY(q.hints[0].message.contains(QStringLiteral("from:"))); // lists what exists
        QCOMPARE(single(q).kind, K::Word);
        QCOMPARE(single(q).text, QStringLiteral("subject:budget"));
        // A word ending in ':' (typed "Re:") is a word, no hint.
        const SearchQuery re = parse(QStringLiteral("Re: budget"));
        QVERIFY(re.hints.isEmpty());
        QCOMPARE(re.clauses.size(), 2);
    }

    void badValueInOrKeepsTheOtherSide()
    {
        const SearchQuery q = parse(QStringLiteral("tier:9 OR is:flagged"));
        QCOMPARE(q.hints.size(), 1);
        QCOMPARE(q.clauses.size(), 1);
        QCOMPARE(q.clauses[0].terms.size(), 1);
        QCOMPARE(q.clauses[0].terms[0].flag, SearchTerm::Flag::Flagged);
    }

    void hostileInputNeverBreaks()
    {
        // Control characters separate words; NUL and lone surrogates never reach a term.
        const QString text = QStringLiteral("a\u0000b ") + QChar(0xD800) + QStringLiteral(" \"x\u0001y");
        const SearchQuery q = parse(text);
        QVERIFY(!q.isEmpty());
        for (const SearchClause &c : q.clauses)
            for (const SearchTerm &t : c.terms)
                QVERIFY(!t.text.contains(QChar(0)));
        // Huge ages do not overflow.
        QVERIFY(!parse(QStringLiteral("before:9999999d")).hints.isEmpty());
        QCOMPARE(single(parse(QStringLiteral("before:999999d"))).kind, K::Before);
    }
};

QTEST_GUILESS_MAIN(TestSearchParser)
#include "tst_searchparser.moc"
