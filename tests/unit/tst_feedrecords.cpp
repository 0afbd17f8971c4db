// Feed entries → inbox records (models/sources/feed/feedrecords.h) and the feed's sync state
// (feedsyncstate.h), with hand-made FeedDocument values: identity (id → link → hash), a
// fingerprint that changes with the entry, first-seen dates kept on updates, the fields a user
// sees, the category attribute, and when the next request may go out (max-age, Retry-After,
// backoff).
#include "sources/feed/feedkind.h"
#include "sources/feed/feedrecords.h"
#include "sources/feed/feedsyncstate.h"

#include <QTest>

using namespace fi;
using namespace fi::feed;

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kT0 = 1700000000000;  // 2023-11-14 22:13:20 UTC

FeedEntry entry(const QString &id, const QString &title, qint64 publishedMs = 0)
{
    FeedEntry e;
    e.id = id;
    e.title = title;
    e.link = QStringLiteral("https://blog.example/") + (id.isEmpty() ? title : id);
    e.publishedMs = publishedMs;
    e.summary = QStringLiteral("Summary of ") + title;
    e.contentHtml = QStringLiteral("<p>Body of <b>") + title + QStringLiteral("</b></p>");
    return e;
}

FeedDocument document(QList<FeedEntry> entries)
{
    FeedDocument d;
    d.format = FeedFormat::Atom10;
    d.title = QStringLiteral("Team Blog");
    d.link = QStringLiteral("https://blog.example/");
    d.entries = std::move(entries);
    return d;
}

KnownItems knownOf(const FeedRecords &records, KnownItems known = {})
{
    for (const ItemRecord &r : records.records)
        known.insert(r.remoteId, r.fingerprint);
    return known;
}

SourceConfig feedConfig(const QString &category = {})
{
    return configFor(QStringLiteral("https://blog.example/feed.xml"), QStringLiteral("Blog"), std::nullopt, category);
}

RecordSettings settingsOf(const SourceConfig &config)
{
    return {config.settings.value(QLatin1String(kCategorySetting)).toString(), recordSettingsKey(config)};
}

net::FetchResponse response(net::FetchResponse::Outcome outcome)
{
    net::FetchResponse r;
    r.outcome = outcome;
    r.httpStatus = outcome == net::FetchResponse::Outcome::NotModified ? 304 : 200;
    return r;
}

} // namespace

class TestFeedRecords : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void identityIsIdThenLinkThenHash();
    void fingerprintChangesWithTheEntry();
    void recordFieldsAreWhatTheUserSees();
    void authorFallsBackToEmailThenFeedTitle();
    void untitledEntryTakesItsSubjectFromTheText();
    void newChangedAndUnchangedEntries();
    void undatedEntryKeepsTheTimeItWasFirstSeen();
    void duplicateIdentitiesKeepTheFirstEntry();
    void categoryAttributeAndSettingsChangeRestoreItems();
    void kindSettings();
    void syncStateRoundTrip();
    void stateBelongsToOneUrlAndOneSetOfSettings();
    void maxAgeLongerThanThePollWaits();
    void failuresBackOffAndRetryAfterWins();
    void timersFiringSlightlyEarlyStillFetch();
};

void TestFeedRecords::identityIsIdThenLinkThenHash()
{
    FeedEntry e = entry(QStringLiteral("tag:blog.example,2023:1"), QStringLiteral("Hello"), kT0);
    QCOMPARE(entryIdentity(e), QStringLiteral("tag:blog.example,2023:1"));
    e.id = QStringLiteral("  guid-1 \n");
    QCOMPARE(entryIdentity(e), QStringLiteral("guid-1"));
    e.id.clear();
    QCOMPARE(entryIdentity(e), QStringLiteral("https://blog.example/tag:blog.example,2023:1"));
    e.link.clear();
    const QString hashed = entryIdentity(e);
    QVERIFY2(hashed.startsWith(QLatin1String("hash:")), qPrintable(hashed));
    QCOMPARE(hashed.size(), 5 + 40);
    QCOMPARE(entryIdentity(e), hashed);  // stable
    e.summary = QStringLiteral("an edited summary");
    QCOMPARE(entryIdentity(e), hashed);  // title and date only: an edit keeps the identity
    FeedEntry other = e;
    other.title = QStringLiteral("Hello again");
    QVERIFY(entryIdentity(other) != hashed);
    other = e;
    other.publishedMs = kT0 + kMinute;
    QVERIFY(entryIdentity(other) != hashed);

    // Entries with nothing but text are told apart by their text.
    FeedEntry bare1, bare2;
    bare1.summary = QStringLiteral("one");
    bare2.summary = QStringLiteral("two");
    QVERIFY(entryIdentity(bare1) != entryIdentity(bare2));

    // An absurdly long id becomes a bounded hash.
    FeedEntry huge = e;
    huge.id = QString(100000, u'x');
    QVERIFY(entryIdentity(huge).startsWith(QLatin1String("hash:")));
    QVERIFY(entryIdentity(huge).size() <= kMaxIdentityChars);
}

void TestFeedRecords::fingerprintChangesWithTheEntry()
{
    const FeedEntry e = entry(QStringLiteral("1"), QStringLiteral("Hello"), kT0);
    const QString fp = entryFingerprint(e, QStringLiteral("1|"), kT0);
    QCOMPARE(entryFingerprint(e, QStringLiteral("1|"), kT0), fp);
    QCOMPARE(receivedOfFingerprint(fp), kT0);
    QCOMPARE(receivedOfFingerprint(QStringLiteral("cur/123:2,S")), 0);

    FeedEntry changed = e;
    changed.title = QStringLiteral("Hello, edited");
    QVERIFY(entryFingerprint(changed, QStringLiteral("1|"), kT0) != fp);
    changed = e;
    changed.contentHtml += QStringLiteral("<p>Update: fixed.</p>");
    QVERIFY(entryFingerprint(changed, QStringLiteral("1|"), kT0) != fp);
    changed = e;
    changed.updatedMs = kT0 + kMinute;
    QVERIFY(entryFingerprint(changed, QStringLiteral("1|"), kT0) != fp);
    changed = e;
    changed.categories << QStringLiteral("release");
    QVERIFY(entryFingerprint(changed, QStringLiteral("1|"), kT0) != fp);
    // Field boundaries cannot shift: "ab"+"c" is not "a"+"bc".
    FeedEntry a = e, b = e;
    a.title = QStringLiteral("ab");
    a.summary = QStringLiteral("c");
    b.title = QStringLiteral("a");
    b.summary = QStringLiteral("bc");
    QVERIFY(entryFingerprint(a, {}, kT0) != entryFingerprint(b, {}, kT0));
    // The source's record settings are part of it.
    QVERIFY(entryFingerprint(e, QStringLiteral("3|Status"), kT0) != fp);
}

void TestFeedRecords::recordFieldsAreWhatTheUserSees()
{
    FeedEntry e = entry(QStringLiteral("urn:uuid:1"), QStringLiteral("Release 2.0 is out"), kT0);
    e.updatedMs = kT0 + 5 * kMinute;
    e.author = {QStringLiteral("Ana Lima"), QStringLiteral("ana@blog.example"), QStringLiteral("https://blog.example/ana")};
    const ItemRecord r = recordOf(e, document({e}), {QStringLiteral("Work/Releases"), QStringLiteral("1|Work/Releases")}, kT0);
    QCOMPARE(r.remoteId, QStringLiteral("urn:uuid:1"));
    QCOMPARE(r.subject, QStringLiteral("Release 2.0 is out"));
    QCOMPARE(r.snippet, QStringLiteral("Summary of Release 2.0 is out"));
    QCOMPARE(r.url, QStringLiteral("https://blog.example/urn:uuid:1"));
    QCOMPARE(r.locator, r.url);
    QCOMPARE(r.receivedMs, kT0);
    QCOMPARE(r.activityMs, kT0 + 5 * kMinute);
    QCOMPARE(r.from.name, QStringLiteral("Ana Lima"));
    QCOMPARE(r.from.handle, QStringLiteral("https://blog.example/ana"));
    QVERIFY(r.from.address.isEmpty());  // never a mail sender: mail rules and allow-lists do not match
    QCOMPARE(r.attributes.value(QStringLiteral("feed.category")), QStringLiteral("Work/Releases"));
    QCOMPARE(r.content.mimeType, QStringLiteral("text/html"));
    QCOMPARE(r.content.body, e.contentHtml);
    QCOMPARE(r.fingerprint, entryFingerprint(e, QStringLiteral("1|Work/Releases"), kT0));
    QVERIFY(r.folder.isEmpty());
    QVERIFY(r.messageId.isEmpty());

    // Without a summary the snippet is the content's text; whitespace is folded.
    e.summary.clear();
    e.contentHtml = QStringLiteral("<div><h1>Changes</h1>\n<ul><li>Faster   sync</li><li>Fewer bugs</li></ul></div>");
    const ItemRecord r2 = recordOf(e, document({e}), {}, kT0);
    QCOMPARE(r2.snippet, QStringLiteral("Changes Faster sync Fewer bugs"));
    QVERIFY(r2.attributes.isEmpty());  // no category, no attribute
    // Without a date of its own, no activity.
    e.updatedMs = 0;
    QCOMPARE(recordOf(e, document({e}), {}, kT0).activityMs, 0);
    // Long texts are bounded.
    e.summary = QString(5000, u'a');
    e.title = QString(5000, u'b');
    const ItemRecord r3 = recordOf(e, document({e}), {}, kT0);
    QCOMPARE(r3.snippet.size(), kSnippetChars);
    QCOMPARE(r3.subject.size(), kMaxSubjectChars);
}

void TestFeedRecords::authorFallsBackToEmailThenFeedTitle()
{
    FeedEntry e = entry(QStringLiteral("1"), QStringLiteral("Hi"), kT0);
    e.author.email = QStringLiteral("editor@blog.example");
    QCOMPARE(recordOf(e, document({e}), {}, kT0).from.name, QStringLiteral("editor@blog.example"));
    e.author = {};
    QCOMPARE(recordOf(e, document({e}), {}, kT0).from.name, QStringLiteral("Team Blog"));
}

void TestFeedRecords::untitledEntryTakesItsSubjectFromTheText()
{
    FeedEntry e = entry(QStringLiteral("1"), QString(), kT0);
    e.summary = QStringLiteral("Just shipped the new   dashboard.\nTry it!");
    const ItemRecord r = recordOf(e, document({e}), {}, kT0);
    QCOMPARE(r.subject, QStringLiteral("Just shipped the new dashboard. Try it!"));
}

void TestFeedRecords::newChangedAndUnchangedEntries()
{
    const SourceConfig config = feedConfig();
    QList<FeedEntry> entries{entry(QStringLiteral("1"), QStringLiteral("One"), kT0),
                             entry(QStringLiteral("2"), QStringLiteral("Two"), kT0 + kMinute)};
    const FeedRecords first = recordsFor(document(entries), {}, settingsOf(config), kT0 + kMinute);
    QCOMPARE(first.records.size(), 2);
    QCOMPARE(first.added, 2);
    QCOMPARE(first.updated, 0);
    QCOMPARE(first.records.at(0).remoteId, QStringLiteral("1"));
    const KnownItems known = knownOf(first);

    // Same document: nothing to store.
    const FeedRecords again = recordsFor(document(entries), known, settingsOf(config), kT0 + 2 * kMinute);
    QVERIFY(again.records.isEmpty());
    QCOMPARE(again.unchanged, 2);

    // One entry edited, one new, one gone from the document: the edit and the new one only,
    // and no removal (a feed lists only its latest entries).
    entries[1].title = QStringLiteral("Two (updated)");
    entries.removeFirst();
    entries.prepend(entry(QStringLiteral("3"), QStringLiteral("Three"), kT0 + 2 * kMinute));
    const FeedRecords next = recordsFor(document(entries), known, settingsOf(config), kT0 + 3 * kMinute);
    QCOMPARE(next.added, 1);
    QCOMPARE(next.updated, 1);
    QCOMPARE(next.unchanged, 0);
    QCOMPARE(next.records.size(), 2);
    QCOMPARE(next.records.at(0).remoteId, QStringLiteral("3"));
    QCOMPARE(next.records.at(1).remoteId, QStringLiteral("2"));
    QCOMPARE(next.records.at(1).subject, QStringLiteral("Two (updated)"));
}

void TestFeedRecords::undatedEntryKeepsTheTimeItWasFirstSeen()
{
    const SourceConfig config = feedConfig();
    FeedEntry undated = entry(QStringLiteral("u1"), QStringLiteral("No date"));
    FeedEntry onlyUpdated = entry(QStringLiteral("u2"), QStringLiteral("Updated only"));
    onlyUpdated.updatedMs = kT0 - kMinute;
    const qint64 firstSeen = kT0 + 10 * kMinute;
    const FeedRecords first = recordsFor(document({undated, onlyUpdated}), {}, settingsOf(config), firstSeen);
    QCOMPARE(first.records.size(), 2);
    QCOMPARE(first.records.at(0).receivedMs, firstSeen);
    QCOMPARE(first.records.at(1).receivedMs, kT0 - kMinute);  // no published: the updated date

    // An hour later, unchanged: nothing stored (the first-seen time does not make it "changed").
    const KnownItems known = knownOf(first);
    QVERIFY(recordsFor(document({undated, onlyUpdated}), known, settingsOf(config), firstSeen + 60 * kMinute)
                .records.isEmpty());

    // Edited later: updated, still dated when it was first seen.
    undated.contentHtml = QStringLiteral("<p>Edited</p>");
    const FeedRecords edited = recordsFor(document({undated}), known, settingsOf(config), firstSeen + 120 * kMinute);
    QCOMPARE(edited.updated, 1);
    QCOMPARE(edited.records.at(0).receivedMs, firstSeen);
    QCOMPARE(receivedOfFingerprint(edited.records.at(0).fingerprint), firstSeen);
}

void TestFeedRecords::duplicateIdentitiesKeepTheFirstEntry()
{
    const FeedEntry first = entry(QStringLiteral("same"), QStringLiteral("Newest"), kT0 + kMinute);
    const FeedEntry second = entry(QStringLiteral("same"), QStringLiteral("Older copy"), kT0);
    const FeedRecords r = recordsFor(document({first, second}), {}, settingsOf(feedConfig()), kT0);
    QCOMPARE(r.records.size(), 1);
    QCOMPARE(r.records.at(0).subject, QStringLiteral("Newest"));
}

void TestFeedRecords::categoryAttributeAndSettingsChangeRestoreItems()
{
    SourceConfig config = feedConfig(QStringLiteral("Work/Status"));
    const QList<FeedEntry> entries{entry(QStringLiteral("1"), QStringLiteral("Incident resolved"), kT0)};
    const FeedRecords first = recordsFor(document(entries), {}, settingsOf(config), kT0);
    QCOMPARE(first.records.at(0).attributes.value(QLatin1String(kCategoryAttribute)), QStringLiteral("Work/Status"));
    const KnownItems known = knownOf(first);
    // The user moves the feed to another category: every item is stored again with it.
    config.settings.insert(QLatin1String(kCategorySetting), QStringLiteral("Ops"));
    const FeedRecords moved = recordsFor(document(entries), known, settingsOf(config), kT0);
    QCOMPARE(moved.updated, 1);
    QCOMPARE(moved.records.at(0).attributes.value(QLatin1String(kCategoryAttribute)), QStringLiteral("Ops"));
    // And a new default tier too (Tiering places the stored-again items).
    config.settings.insert(QLatin1String(kTierSetting), 3);
    QCOMPARE(recordsFor(document(entries), knownOf(moved), settingsOf(config), kT0).updated, 1);
}

void TestFeedRecords::kindSettings()
{
    SourceConfig c = configFor(QStringLiteral(" https://status.example/history.atom "), QStringLiteral("Status"), 10,
                               QStringLiteral("Ops"));
    QCOMPARE(c.kind, QStringLiteral("feed"));
    QCOMPARE(c.kind, kindKey());
    QCOMPARE(c.location, QStringLiteral("https://status.example/history.atom"));
    QCOMPARE(c.name, QStringLiteral("Status"));
    QCOMPARE(intervalMinutesOf(c), 10);
    QCOMPARE(c.settings.value(QLatin1String(kCategorySetting)).toString(), QStringLiteral("Ops"));
    QCOMPARE(defaultTierOf(c), Tier::Reference);
    c.settings.insert(QLatin1String(kTierSetting), 3);
    QCOMPARE(defaultTierOf(c), Tier::Now);
    c.settings.insert(QLatin1String(kTierSetting), 7);
    QCOMPARE(defaultTierOf(c), Tier::Reference);
    c.settings.insert(QLatin1String(kTierSetting), QStringLiteral("high"));
    QCOMPARE(defaultTierOf(c), Tier::Reference);

    const SourceConfig plain = configFor(QStringLiteral("https://blog.example/feed"), QStringLiteral("Blog"));
    QVERIFY(!plain.settings.contains(QLatin1String(kIntervalSetting)));
    QVERIFY(!plain.settings.contains(QLatin1String(kCategorySetting)));
    QCOMPARE(intervalMinutesOf(plain), kDefaultIntervalMinutes);
    c.settings.insert(QLatin1String(kIntervalSetting), 1);
    QCOMPARE(intervalMinutesOf(c), kMinIntervalMinutes);

    QCOMPARE(urlOf(plain), QUrl(QStringLiteral("https://blog.example/feed")));
    QCOMPARE(urlOf(configFor(QStringLiteral("/home/ana/feeds/local.xml"), {})),
             QUrl::fromLocalFile(QStringLiteral("/home/ana/feeds/local.xml")));
    QCOMPARE(urlOf(configFor(QStringLiteral("file:///tmp/x.xml"), {})), QUrl(QStringLiteral("file:///tmp/x.xml")));
    for (const char *bad : {"", "ftp://example.org/feed", "javascript:alert(1)", "http://", "feed.xml", "https:///x"})
        QVERIFY2(!urlOf(configFor(QString::fromLatin1(bad), {})).isValid(), bad);
}

void TestFeedRecords::syncStateRoundTrip()
{
    FeedSyncState s;
    s.url = QStringLiteral("https://blog.example/feed.xml");
    s.settingsKey = QStringLiteral("1|Work");
    s.etag = "W/\"abc\"";
    s.lastModified = "Tue, 14 Nov 2023 22:13:20 GMT";
    s.notBeforeMs = kT0 + kMinute;
    s.waitSinceMs = kT0;
    s.wait = FeedSyncState::Wait::RetryAfter;
    s.failures = 2;
    s.lastError = QStringLiteral("HTTP 429: Too Many Requests");
    s.lastRetryable = true;
    s.title = QStringLiteral("Team Blog — ünïcödé");
    s.siteUrl = QStringLiteral("https://blog.example/");
    QCOMPARE(FeedSyncState::decode(s.encode()), s);
    QCOMPARE(feedTitleOf({{stateFolder(), s.encode()}}), s.title);
    QCOMPARE(feedSiteOf({{stateFolder(), s.encode()}}), s.siteUrl);
    QVERIFY(feedTitleOf({}).isEmpty());
    QCOMPARE(FeedSyncState::decode("garbage"), FeedSyncState{});
    QCOMPARE(FeedSyncState::decode(R"({"v":99,"etag":"x"})"), FeedSyncState{});
    QCOMPARE(FeedSyncState::decode(QByteArray()), FeedSyncState{});
}

void TestFeedRecords::stateBelongsToOneUrlAndOneSetOfSettings()
{
    SourceConfig config = feedConfig(QStringLiteral("Work"));
    FeedSyncState s;
    s.url = config.location;
    s.settingsKey = recordSettingsKey(config);
    s.etag = "\"v1\"";
    s.failures = 1;
    s.lastError = QStringLiteral("timeout");
    s.notBeforeMs = kT0;
    s.waitSinceMs = kT0 - kMinute;
    s.wait = FeedSyncState::Wait::Backoff;
    const QMap<QString, QByteArray> stored{{stateFolder(), s.encode()}};
    QCOMPARE(stateFor(config, stored), s);

    // Another category: the validators go (the whole document is fetched again), the backoff stays.
    config.settings.insert(QLatin1String(kCategorySetting), QStringLiteral("Ops"));
    FeedSyncState other = stateFor(config, stored);
    QVERIFY(other.etag.isEmpty());
    QCOMPARE(other.failures, 1);
    QCOMPARE(other.notBeforeMs, kT0);
    QCOMPARE(other.settingsKey, recordSettingsKey(config));

    // Another URL: nothing of the old one applies.
    config.location = QStringLiteral("https://blog.example/atom.xml");
    other = stateFor(config, stored);
    QVERIFY(other.etag.isEmpty());
    QCOMPARE(other.failures, 0);
    QCOMPARE(other.notBeforeMs, 0);
    QCOMPARE(other.url, config.location);
    QVERIFY(!isWaiting(other, kT0 - kMinute));
}

void TestFeedRecords::maxAgeLongerThanThePollWaits()
{
    FeedSyncState before;
    before.url = QStringLiteral("https://blog.example/feed.xml");
    before.etag = "\"old\"";
    net::FetchResponse ok = response(net::FetchResponse::Outcome::Ok);
    ok.etag = "\"new\"";
    ok.lastModified = "Tue, 14 Nov 2023 22:13:20 GMT";
    FeedSyncState after = afterSuccess(before, ok, kT0, 1800);
    QCOMPARE(after.etag, QByteArray("\"new\""));
    QCOMPARE(after.lastModified, QByteArray("Tue, 14 Nov 2023 22:13:20 GMT"));
    QCOMPARE(after.notBeforeMs, 0);  // no max-age: no wait

    // A 304 keeps the validators; a max-age shorter than the poll is not stored (no write).
    net::FetchResponse notModified = response(net::FetchResponse::Outcome::NotModified);
    notModified.maxAgeSeconds = 300;
    QCOMPARE(afterSuccess(after, notModified, kT0 + kMinute, 1800), after);

    // Longer than the poll: a wait until then, capped at 24 h.
    notModified.maxAgeSeconds = 7200;
    FeedSyncState fresh = afterSuccess(after, notModified, kT0, 1800);
    QCOMPARE(fresh.wait, FeedSyncState::Wait::MaxAge);
    QCOMPARE(fresh.notBeforeMs, kT0 + 7200 * 1000);
    QCOMPARE(fresh.etag, QByteArray("\"new\""));
    QVERIFY(isWaiting(fresh, kT0 + 30 * kMinute));
    QVERIFY(!isWaiting(fresh, kT0 + 7200 * 1000));
    notModified.maxAgeSeconds = 365LL * 24 * 3600;
    QCOMPARE(afterSuccess(after, notModified, kT0, 1800).notBeforeMs, kT0 + kMaxServerWaitMs);
}

void TestFeedRecords::failuresBackOffAndRetryAfterWins()
{
    FeedSyncState s;
    s.etag = "\"good\"";
    s = afterFailure(s, QStringLiteral("HTTP 503"), true, std::nullopt, kT0);
    QCOMPARE(s.failures, 1);
    QCOMPARE(s.lastError, QStringLiteral("HTTP 503"));
    QCOMPARE(s.wait, FeedSyncState::Wait::Backoff);
    QCOMPARE(s.notBeforeMs, kT0 + kBackoffBaseMs);
    QCOMPARE(s.etag, QByteArray("\"good\""));  // the last good document's validators stay
    s = afterFailure(s, QStringLiteral("HTTP 503"), true, std::nullopt, kT0);
    QCOMPARE(s.notBeforeMs, kT0 + 2 * kBackoffBaseMs);
    for (int i = 0; i < 20; ++i)
        s = afterFailure(s, QStringLiteral("HTTP 503"), true, std::nullopt, kT0);
    QCOMPARE(s.notBeforeMs, kT0 + kBackoffMaxMs);

    // Retry-After later than the backoff step: it wins (capped at 24 h).
    FeedSyncState r = afterFailure({}, QStringLiteral("HTTP 429"), true, kT0 + 10 * kMinute, kT0);
    QCOMPARE(r.wait, FeedSyncState::Wait::RetryAfter);
    QCOMPARE(r.notBeforeMs, kT0 + 10 * kMinute);
    QVERIFY(isWaiting(r, kT0 + 5 * kMinute));
    r = afterFailure({}, QStringLiteral("HTTP 429"), true, kT0 + 400LL * 24 * 3600 * 1000, kT0);
    QCOMPARE(r.notBeforeMs, kT0 + kMaxServerWaitMs);
    // Shorter than the backoff: the backoff.
    r = afterFailure({}, QStringLiteral("HTTP 429"), true, kT0 + 1000, kT0);
    QCOMPARE(r.wait, FeedSyncState::Wait::Backoff);

    // A success forgets the failures.
    const FeedSyncState ok = afterSuccess(s, response(net::FetchResponse::Outcome::NotModified), kT0 + kBackoffMaxMs, 1800);
    QCOMPARE(ok.failures, 0);
    QVERIFY(ok.lastError.isEmpty());
    QCOMPARE(ok.notBeforeMs, 0);
    QVERIFY(!isWaiting(ok, kT0));
}

void TestFeedRecords::timersFiringSlightlyEarlyStillFetch()
{
    // SyncScheduler retries after 30 s; a coarse timer may fire a little early. That retry is
    // the one the backoff was waiting for, so it goes out.
    const FeedSyncState s = afterFailure({}, QStringLiteral("HTTP 503"), true, std::nullopt, kT0);
    QVERIFY(isWaiting(s, kT0 + 10 * 1000));
    QVERIFY(!isWaiting(s, kT0 + kBackoffBaseMs - 2000));
}

QTEST_GUILESS_MAIN(TestFeedRecords)
#include "tst_feedrecords.moc"
