// The command palette's fuzzy matcher and ranking (models/palette): pure functions.

#include "palette/fuzzymatch.h"
#include "palette/paletteentry.h"

#include <QTest>

using namespace fi;

namespace {

int scoreOf(const QString &query, const QString &text)
{
    const auto match = fuzzyMatch(query, text);
    return match ? match->score : -1000000;
}

QList<PaletteEntry> entriesOf(const QStringList &texts)
{
    QList<PaletteEntry> entries;
    for (const QString &text : texts)
        entries.append({text.toLower().replace(QLatin1Char(' '), QLatin1Char('.')), text, {}, {}, {}, {}});
    return entries;
}

QStringList textsOf(const QList<RankedEntry> &ranked, const QList<PaletteEntry> &entries)
{
    QStringList texts;
    for (const RankedEntry &r : ranked)
        texts << entries.at(r.index).text;
    return texts;
}

// What the main window's palette lists (English), as of issue 12: actions, views, snooze choices,
// focus commands, a source. The order is the providers' order, not a ranking.
const QStringList kWindowCommands = {
    QStringLiteral("Sync now"), QStringLiteral("Quit"), QStringLiteral("Undo"), QStringLiteral("Redo"),
    QStringLiteral("Preferences…"), QStringLiteral("Open"), QStringLiteral("Open in source"),
    QStringLiteral("Mark done"), QStringLiteral("Move to Now"), QStringLiteral("Move to Async"),
    QStringLiteral("Move to Reference"), QStringLiteral("Snooze…"),
    QStringLiteral("Snooze and pause the clock…"), QStringLiteral("Select"),
    QStringLiteral("Extend selection down"), QStringLiteral("Extend selection up"),
    QStringLiteral("Mark read or unread"), QStringLiteral("Flag or unflag"), QStringLiteral("Reply"),
    QStringLiteral("Only overdue"), QStringLiteral("Only due today"), QStringLiteral("Next item"),
    QStringLiteral("Previous item"), QStringLiteral("First item"), QStringLiteral("Last item"),
    QStringLiteral("Next tier"), QStringLiteral("Search"), QStringLiteral("Keyboard shortcuts"),
    QStringLiteral("About Focus Inbox"), QStringLiteral("Go to Now"), QStringLiteral("Go to Async"),
    QStringLiteral("Go to Reference"), QStringLiteral("Go to Done"), QStringLiteral("Go to Snoozed"),
    QStringLiteral("Snooze until after this focus session"), QStringLiteral("Snooze for 1 hour"),
    QStringLiteral("Snooze until this evening"), QStringLiteral("Snooze until tomorrow 09:00"),
    QStringLiteral("Snooze until the next working morning"), QStringLiteral("Snooze until next Monday"),
    QStringLiteral("Focus for 25 minutes"), QStringLiteral("Focus for 50 minutes"),
    QStringLiteral("Focus for 90 minutes"), QStringLiteral("Focus until 12:00"),
    QStringLiteral("Extend 15 min"), QStringLiteral("End session"), QStringLiteral("Sync “Work mail”"),
    QStringLiteral("Edit “Work mail”…"), QStringLiteral("Add Maildir folder…"),
    QStringLiteral("Add IMAP account…"), QStringLiteral("Add feed…"),
};

} // namespace

class TestFuzzyMatch : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void subsequenceInOrder()
    {
        QVERIFY(fuzzyMatch(QStringLiteral("sntm"), QStringLiteral("Snooze until tomorrow 09:00")));
        QVERIFY(fuzzyMatch(QStringLiteral("mkd"), QStringLiteral("Mark done")));
        // Same letters, wrong order; a letter that is not there.
        QVERIFY(!fuzzyMatch(QStringLiteral("dkm"), QStringLiteral("Mark done")));
        QVERIFY(!fuzzyMatch(QStringLiteral("markz"), QStringLiteral("Mark done")));
        // Each query character needs its own text character.
        QVERIFY(!fuzzyMatch(QStringLiteral("oo"), QStringLiteral("Do")));
        QVERIFY(fuzzyMatch(QStringLiteral("oo"), QStringLiteral("Go to")));
        QVERIFY(!fuzzyMatch(QStringLiteral("a"), QString()));
    }

    void positionsOfTheBestPlacement()
    {
        const auto match = fuzzyMatch(QStringLiteral("sntm"), QStringLiteral("Snooze until tomorrow 09:00"));
        QVERIFY(match);
        // S, n, then the t that starts "tomorrow" (not the one in "until") and its m.
        QCOMPARE(match->positions, (QList<int>{0, 1, 13, 15}));

        const auto done = fuzzyMatch(QStringLiteral("md"), QStringLiteral("Mark done"));
        QVERIFY(done);
        QCOMPARE(done->positions, (QList<int>{0, 5}));  // word starts, not the d of nothing else
    }

    void caseAccentsAndSpacesIgnored()
    {
        QVERIFY(fuzzyMatch(QStringLiteral("SNTM"), QStringLiteral("snooze until tomorrow")));
        QVERIFY(fuzzyMatch(QStringLiteral("manana"), QStringLiteral("Posponer hasta mañana 09:00")));
        QVERIFY(fuzzyMatch(QStringLiteral("amanha"), QStringLiteral("Adiar até amanhã 09:00")));
        QVERIFY(fuzzyMatch(QStringLiteral("MAÑANA"), QStringLiteral("mañana")));
        QVERIFY(fuzzyMatch(QStringLiteral("àte"), QStringLiteral("Adiar até")));
        const auto spaced = fuzzyMatch(QStringLiteral("sn tm"), QStringLiteral("Snooze until tomorrow"));
        const auto joined = fuzzyMatch(QStringLiteral("sntm"), QStringLiteral("Snooze until tomorrow"));
        QVERIFY(spaced && joined);
        QCOMPARE(spaced->score, joined->score);
        QCOMPARE(spaced->positions, joined->positions);
    }

    void emptyQueryMatchesEverything()
    {
        const auto match = fuzzyMatch(QString(), QStringLiteral("Anything"));
        QVERIFY(match);
        QCOMPARE(match->score, 0);
        QVERIFY(match->positions.isEmpty());
        QVERIFY(fuzzyMatch(QStringLiteral("   "), QString()));
    }

    void boundsRefuseInsteadOfGrowing()
    {
        const QString longText(2000, QLatin1Char('a'));
        QVERIFY(!fuzzyMatch(QStringLiteral("a"), longText));
        QVERIFY(fuzzyMatch(QStringLiteral("a"), longText.left(1024)));
        QVERIFY(!fuzzyMatch(QString(65, QLatin1Char('a')), QString(100, QLatin1Char('a'))));
        QVERIFY(fuzzyMatch(QString(64, QLatin1Char('a')), QString(100, QLatin1Char('a'))));
    }

    void wordStartsAndRunsScoreHigher()
    {
        // Word starts beat letters inside words.
        QVERIFY(scoreOf(QStringLiteral("gn"), QStringLiteral("Go to Now"))
                > scoreOf(QStringLiteral("gn"), QStringLiteral("Sign up")));
        // A run of consecutive letters beats the same letters scattered.
        QVERIFY(scoreOf(QStringLiteral("sync"), QStringLiteral("Sync now"))
                > scoreOf(QStringLiteral("sync"), QStringLiteral("Show your next commit")));
        // Matching at the very start beats matching later.
        QVERIFY(scoreOf(QStringLiteral("re"), QStringLiteral("Redo"))
                > scoreOf(QStringLiteral("re"), QStringLiteral("Move to Reference")));
        // camelCase and digits count as word starts.
        QVERIFY(scoreOf(QStringLiteral("fb"), QStringLiteral("fooBar"))
                > scoreOf(QStringLiteral("fb"), QStringLiteral("fooxbar")));
        QVERIFY(scoreOf(QStringLiteral("f9"), QStringLiteral("Focus 90"))
                > scoreOf(QStringLiteral("f9"), QStringLiteral("Focus x9")));
        // A shorter gap beats a longer one.
        QVERIFY(scoreOf(QStringLiteral("ab"), QStringLiteral("a-xb"))
                > scoreOf(QStringLiteral("ab"), QStringLiteral("a-xxxxxxxxb")));
    }

    void sntmFindsSnoozeUntilTomorrowFirst()
    {
        const QList<PaletteEntry> entries = entriesOf(kWindowCommands);
        const QStringList ranked = textsOf(rankPaletteEntries(QStringLiteral("sntm"), entries, {}), entries);
        QVERIFY2(!ranked.isEmpty(), "nothing matched");
        QCOMPARE(ranked.first(), QStringLiteral("Snooze until tomorrow 09:00"));
        // The others that contain s…n…t…m follow; non-matching ones are left out.
        QVERIFY(ranked.contains(QStringLiteral("Snooze until next Monday")));
        QVERIFY(!ranked.contains(QStringLiteral("Mark done")));
    }

    void typicalAbbreviations_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("first");
        QTest::newRow("mkd") << QStringLiteral("mkd") << QStringLiteral("Mark done");
        QTest::newRow("gtr") << QStringLiteral("gtr") << QStringLiteral("Go to Reference");
        QTest::newRow("mtr") << QStringLiteral("mtr") << QStringLiteral("Move to Reference");
        QTest::newRow("f50") << QStringLiteral("f50") << QStringLiteral("Focus for 50 minutes");
        QTest::newRow("pref") << QStringLiteral("pref") << QStringLiteral("Preferences…");
        QTest::newRow("snev") << QStringLiteral("snev") << QStringLiteral("Snooze until this evening");
        QTest::newRow("sn1h") << QStringLiteral("sn1h") << QStringLiteral("Snooze for 1 hour");
        QTest::newRow("unread") << QStringLiteral("unread") << QStringLiteral("Mark read or unread");
        QTest::newRow("endse") << QStringLiteral("endse") << QStringLiteral("End session");
    }

    void typicalAbbreviations()
    {
        QFETCH(QString, query);
        QFETCH(QString, first);
        const QList<PaletteEntry> entries = entriesOf(kWindowCommands);
        const QStringList ranked = textsOf(rankPaletteEntries(query, entries, {}), entries);
        QVERIFY2(!ranked.isEmpty(), qPrintable(query));
        QCOMPARE(ranked.first(), first);
    }

    void emptyQueryListsRecentFirstThenGivenOrder()
    {
        const QList<PaletteEntry> entries = entriesOf({QStringLiteral("Alpha"), QStringLiteral("Beta"),
                                                       QStringLiteral("Gamma"), QStringLiteral("Delta")});
        const QStringList recent = {QStringLiteral("gamma"), QStringLiteral("unknown.id"), QStringLiteral("alpha")};
        QCOMPARE(textsOf(rankPaletteEntries(QString(), entries, recent), entries),
                 (QStringList{QStringLiteral("Gamma"), QStringLiteral("Alpha"), QStringLiteral("Beta"),
                              QStringLiteral("Delta")}));
        QCOMPARE(textsOf(rankPaletteEntries(QStringLiteral("  "), entries, {}), entries),
                 (QStringList{QStringLiteral("Alpha"), QStringLiteral("Beta"), QStringLiteral("Gamma"),
                              QStringLiteral("Delta")}));
    }

    void recentChoicesWinAmongSimilarMatches()
    {
        const QList<PaletteEntry> entries = entriesOf(kWindowCommands);
        const auto first = [&](const QStringList &recent) {
            return textsOf(rankPaletteEntries(QStringLiteral("go"), entries, recent), entries).first();
        };
        QCOMPARE(first({}), QStringLiteral("Go to Now"));  // equal scores: the shorter text
        QCOMPARE(first({QStringLiteral("go.to.snoozed")}), QStringLiteral("Go to Snoozed"));
        QCOMPARE(first({QStringLiteral("go.to.async"), QStringLiteral("go.to.snoozed")}),
                 QStringLiteral("Go to Async"));
        // ... but a recent entry that matches much worse does not jump over a good match.
        const QStringList ranked = textsOf(
            rankPaletteEntries(QStringLiteral("sntm"), entries, {QStringLiteral("snooze.until.next.monday")}),
            entries);
        QCOMPARE(ranked.first(), QStringLiteral("Snooze until next Monday"));  // close match: recent wins
        const QStringList far = textsOf(
            rankPaletteEntries(QStringLiteral("redo"), entries, {QStringLiteral("mark.read.or.unread")}), entries);
        QCOMPARE(far.first(), QStringLiteral("Redo"));
        QCOMPARE(far.at(1), QStringLiteral("Mark read or unread"));
    }

    void rememberKeepsMostRecentFirstUniqueAndBounded()
    {
        QStringList recent;
        recent = rememberPaletteChoice(recent, QStringLiteral("a"));
        recent = rememberPaletteChoice(recent, QStringLiteral("b"));
        recent = rememberPaletteChoice(recent, QStringLiteral("a"));
        QCOMPARE(recent, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(rememberPaletteChoice(recent, QString()), recent);
        for (int i = 0; i < 50; ++i)
            recent = rememberPaletteChoice(recent, QString::number(i));
        QCOMPARE(recent.size(), kPaletteRecentLimit);
        QCOMPARE(recent.first(), QStringLiteral("49"));
        QCOMPARE(recent.last(), QString::number(50 - kPaletteRecentLimit));
    }
};

QTEST_APPLESS_MAIN(TestFuzzyMatch)
#include "tst_fuzzymatch.moc"
