// "Why is this here?" (issue 14): rules described in plain words (describeConditions) and items'
// tiers and deadlines explained (explainItem), with the exact sentences a user reads. Items are
// placed by the real Tiering under a config.json loaded as the app loads it, so each sentence is
// checked against what the rules and policies really did.
#include "config/appconfig.h"
#include "rules/ruleexplain.h"
#include "storage/itemstore.h"
#include "sync/tiering.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace fi;

namespace {

QJsonObject rule(const char *json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    if (!doc.isObject())
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

/// Tuesday 24 March 2026, 09:00 in Berlin (CET, UTC+1): inside the default working hours.
const qint64 kTuesday0900 = QDateTime(QDate(2026, 3, 24), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();

const char kConfig[] = R"json({
  "me": ["me@example.com"],
  "workingHours": {"timeZone": "Europe/Berlin",
                   "week": {"mon": ["09:00-17:00"], "tue": ["09:00-17:00"], "wed": ["09:00-17:00"],
                            "thu": ["09:00-17:00"], "fri": ["09:00-17:00"], "sat": [], "sun": []}},
  "policies": {"vip": {"windowMinutes": 60, "clock": "working"}},
  "rules": [
    {"name": "Incident keywords", "tier": "now",
     "when": {"match": "any", "conditions": [{"field": "subject", "op": "contains", "value": "outage"},
                                             {"field": "subject", "op": "contains", "value": "incident"}]}},
    {"name": "Boss", "tier": 2, "policy": "vip", "when": {"sender": "boss@example.com"}},
    {"name": "Quiet lists", "tier": 1, "policy": "none", "when": {"recipient": "list"}},
    {"name": "Status feed", "tier": 3, "policy": "none", "when": {"attributes": {"feed.category": "^status$"}}},
    {"name": "to-me", "tier": 2, "when": {"recipient": "to-me"}}
  ]
})json";

} // namespace

class TestRuleExplain : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    AppConfig m_config;
    SourceConfig m_mail{1, QStringLiteral("maildir"), QStringLiteral("Work mail"), QString(), {}, true, false};
    SourceConfig m_feed{2, QStringLiteral("feed"), QStringLiteral("Planet Qt"), QString(), {}, true, false};
    SourceConfig m_github{3, QStringLiteral("github"), QStringLiteral("GitHub"), QString(), {}, true, false};
    SourceConfig m_webhook{4, QStringLiteral("webhook"), QStringLiteral("Alerts"), QString(), {}, true, false};

    ItemRecord mail(const QString &subject, const QString &from = QStringLiteral("someone@example.org"),
                    const QString &to = QStringLiteral("me@example.com")) const
    {
        ItemRecord r;
        r.remoteId = subject;
        r.subject = subject;
        r.from = {QString(), from, QString()};
        r.to = {{QString(), to, QString()}};
        r.receivedMs = kTuesday0900;
        return r;
    }

    QString explained(const ItemRecord &record, const SourceConfig &source) const
    {
        return explainItem(Tiering(m_config).apply(record, source), m_config).full();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        QFile file(m_dir.filePath(QStringLiteral("config.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kConfig);
        file.close();
        m_config = AppConfig::load(file.fileName());
        QVERIFY2(m_config.errors().isEmpty(), qPrintable(m_config.errors().join(u'\n')));
        QCOMPARE(m_config.rules.size(), 5);
    }

    // ---- describeConditions ----

    void describesKeywords()
    {
        QCOMPARE(describeConditions(rule(R"j({"when": {"subject": "outage"}})j")), QStringLiteral("subject contains 'outage'"));
        QCOMPARE(describeConditions(rule(R"j({"when": {"subject": "outage|incident"}})j")),
                 QStringLiteral("subject contains 'outage' or 'incident'"));
        QCOMPARE(describeConditions(rule(R"j({"when": {"body": ["sev 1", "p0|p1"]}})j")),
                 QStringLiteral("body contains 'sev 1', 'p0' or 'p1'"));
        QCOMPARE(describeConditions(rule(R"j({"when": {"text": "down"}})j")),
                 QStringLiteral("subject or body contains 'down'"));
    }

    void describesSenders()
    {
        QCOMPARE(describeConditions(rule(R"j({"when": {"sender": "boss@example.com"}})j")),
                 QStringLiteral("sender is 'boss@example.com'"));
        QCOMPARE(describeConditions(rule(R"j({"when": {"sender": ["a@x.org", "@example.com", "b@x.org", "noreply-*@ci.example.com", "/^(jira|wiki)@/"]}})j")),
                 QStringLiteral("sender is 'a@x.org' or 'b@x.org' or sender is from 'example.com' or "
                                "sender matches 'noreply-*@ci.example.com' or /^(jira|wiki)@/"));
        QCOMPARE(describeConditions(rule(R"j({"when": {"sender": ["me", "ana@example.org"]}})j")),
                 QStringLiteral("sender is me or 'ana@example.org'"));
        QCOMPARE(describeConditions(rule(R"j({"when": {"recipientAddress": "team.example.com"}})j")),
                 QStringLiteral("a recipient is from 'team.example.com'"));
    }

    void describesRecipientsAndLists()
    {
        QCOMPARE(describeConditions(rule(R"j({"when": {"recipient": "list"}})j")), QStringLiteral("it came through a mailing list"));
        QCOMPARE(describeConditions(rule(R"j({"when": {"recipient": "to-me"}})j")), QStringLiteral("I am in To"));
        QCOMPARE(describeConditions(rule(R"j({"when": {"recipient": "cc-me"}})j")), QStringLiteral("I am in Cc"));
        QCOMPARE(describeConditions(rule(R"j({"when": {"recipient": "me"}})j")), QStringLiteral("I am in To or Cc"));
        QCOMPARE(describeConditions(rule(R"j({"when": {"recipient": "not-me"}})j")), QStringLiteral("I am not in To or Cc"));
        QCOMPARE(describeConditions(rule(R"j({"when": {"conditions": [{"field": "list", "op": "is", "value": "dev.lists.example.org"}]}})j")),
                 QStringLiteral("list is 'dev.lists.example.org'"));
    }

    void describesHeadersAndAttributes()
    {
        QCOMPARE(describeConditions(rule(R"j({"when": {"headers": [{"name": "List-Unsubscribe"}, {"name": "list-id", "absent": true}]}})j")),
                 QStringLiteral("header list-unsubscribe is present and header list-id is absent"));
        QCOMPARE(describeConditions(rule(R"j({"when": {"headers": {"name": "precedence", "matches": "^(bulk|junk|list)$"}}})j")),
                 QStringLiteral("header precedence is 'bulk', 'junk' or 'list'"));
        QCOMPARE(describeConditions(rule(R"j({"when": {"headers": {"name": "auto-submitted", "notMatches": "^no$"}}})j")),
                 QStringLiteral("header auto-submitted is present and not 'no'"));
        QCOMPARE(describeConditions(rule(R"j({"when": {"headers": {"name": "auto-submitted", "matches": "^auto-replied"}}})j")),
                 QStringLiteral("header auto-submitted starts with 'auto-replied'"));
        QCOMPARE(describeConditions(rule(R"j({"when": {"headers": {"name": "x-priority", "matches": "^[12](\\D|$)"}}})j")),
                 QStringLiteral("header x-priority matches /^[12](\\D|$)/"));
        QCOMPARE(describeConditions(rule(R"j({"when": {"attributes": {"github.reason": "^review_requested$"}}})j")),
                 QStringLiteral("github.reason is 'review_requested'"));
        QCOMPARE(describeConditions(rule(R"j({"when": {"attributes": {"feed.category": true, "mail.list-id": "dev\\.example"}}})j")),
                 QStringLiteral("feed.category is present and mail.list-id matches /dev\\.example/"));
        QCOMPARE(describeConditions(rule(R"j({"when": {"attributes": {"feed.category": {"notMatches": "news"}}}})j")),
                 QStringLiteral("feed.category is present and does not contain 'news'"));
        QCOMPARE(describeConditions(rule(R"j({"when": {"attributes": {"webhook.tier": false}}})j")),
                 QStringLiteral("webhook.tier is absent"));
        QCOMPARE(describeConditions(rule(R"j({"when": {"source": ["feed", "Work mail"]}})j")),
                 QStringLiteral("source is 'feed' or 'Work mail'"));
    }

    void describesConditionLists()
    {
        // The issue's example.
        const QJsonObject incident = m_config.rules.toJson().at(0).toObject();
        QCOMPARE(describeConditions(incident), QStringLiteral("subject contains 'outage' or subject contains 'incident'"));
        // "all" (the default) joins with "and"; "any" beside other conditions is grouped.
        QCOMPARE(describeConditions(rule(R"j({"when": {"conditions": [
                     {"field": "sender", "op": "is", "value": "pager@example.com"},
                     {"field": "github.reason", "op": "one-of", "value": ["mention", "assign"]}]}})j")),
                 QStringLiteral("sender is 'pager@example.com' and github.reason is 'mention' or 'assign'"));
        QCOMPARE(describeConditions(rule(R"j({"when": {"recipient": "me", "match": "any", "conditions": [
                     {"field": "subject", "op": "matches", "value": "^\\[sev[12]\\]"},
                     {"field": "kind", "op": "is", "value": "webhook"}]}})j")),
                 QStringLiteral("I am in To or Cc and (subject matches /^\\[sev[12]\\]/ or source kind is 'webhook')"));
    }

    void describesAny()
    {
        const QJsonArray defaults = RuleSet::defaults().toJson();
        QJsonObject reviewRequest;
        for (const QJsonValue &r : defaults)
            if (r.toObject().value(QLatin1String("name")).toString() == QLatin1String("review-request"))
                reviewRequest = r.toObject();
        QCOMPARE(describeConditions(reviewRequest),
                 QStringLiteral("any of: (I am in To or Cc and subject contains 'review requested', 'review request', "
                                "'requested your review', 'please review', 'can you review' or 9 more); "
                                "header x-github-reason is 'review_requested'"));
        QCOMPARE(describeConditions(rule(R"j({"when": {"any": [{"subject": "a"}, {"any": [{"subject": "b"}, {"subject": "c"}]}]}})j")),
                 QStringLiteral("any of: subject contains 'a'; (any of: subject contains 'b'; subject contains 'c')"));
    }

    void describesAlwaysAndNotes()
    {
        QCOMPARE(describeConditions(rule(R"j({"name": "fallback", "tier": 1})j")), QStringLiteral("always"));
        QCOMPARE(describeConditions(rule(R"j({"when": {}})j")), QStringLiteral("always"));
        const QJsonObject quiet = rule(R"j({"enabled": false, "notify": false, "when": {"subject": "digest"}})j");
        QCOMPARE(describeConditions(quiet), QStringLiteral("subject contains 'digest'; turned off; no notifications"));
        QCOMPARE(describeConditions(quiet, RuleNotes::Omit), QStringLiteral("subject contains 'digest'"));
        QCOMPARE(describeConditions(rule(R"j({"notify": false})j")), QStringLiteral("always; no notifications"));
    }

    void cutsLongValues()
    {
        const QString longRegex = QStringLiteral("^(?:foo|bar)[0-9]{2,}-(?:alpha|beta|gamma|delta|epsilon|zeta)$");
        QJsonObject r{{QStringLiteral("when"), QJsonObject{{QStringLiteral("attributes"),
                                                            QJsonObject{{QStringLiteral("x.y"), longRegex}}}}}};
        const QString text = describeConditions(r);
        QCOMPARE(text, QStringLiteral("x.y matches /") + longRegex.left(39) + QChar(0x2026) + QStringLiteral("/"));
        // The built-in incident words: five listed, the rest counted.
        QJsonObject urgent;
        for (const QJsonValue &v : RuleSet::defaults().toJson())
            if (v.toObject().value(QLatin1String("name")).toString() == QLatin1String("urgent-keywords"))
                urgent = v.toObject();
        QCOMPARE(describeConditions(urgent),
                 QStringLiteral("header list-id is absent and subject contains 'incident', 'outage', 'urgent', "
                                "'emergency', 'down' or 18 more"));
    }

    void strangeTextStaysText()
    {
        // Markup and line breaks in a value are shown as typed, on one line.
        QJsonObject r{{QStringLiteral("when"), QJsonObject{{QStringLiteral("subject"),
                                                            QStringLiteral("<b>bold</b>\n<img src=x>")}}}};
        QCOMPARE(describeConditions(r), QStringLiteral("subject contains '<b>bold</b> <img src=x>'"));
        // A value that looks like a placeholder is not filled in.
        QJsonObject p{{QStringLiteral("when"), QJsonObject{{QStringLiteral("sender"), QStringLiteral("%1@x.org")},
                                                           {QStringLiteral("subject"), QStringLiteral("%2")}}}};
        QCOMPARE(describeConditions(p), QStringLiteral("sender is '%1@x.org' and subject contains '%2'"));
    }

    // ---- explainItem ----

    void keywordRuleNowCalendar()
    {
        QCOMPARE(explained(mail(QStringLiteral("Database outage in eu-west")), m_mail),
                 QStringLiteral("Now, by rule “Incident keywords” (subject contains 'outage' or subject contains "
                                "'incident'); due 15 min after receipt, counted in calendar time (policy “Now "
                                "default”) — Tue 24 Mar 09:15 (Europe/Berlin)"));
        const Item item = Tiering(m_config).apply(mail(QStringLiteral("incident review")), m_mail);
        const TierExplanation e = explainItem(item, m_config);
        QCOMPARE(e.tierText, QStringLiteral("Now"));
        QCOMPARE(e.ruleText, QStringLiteral("by rule “Incident keywords” (subject contains 'outage' or subject contains 'incident')"));
        QCOMPARE(e.deadlineText, QStringLiteral("due 15 min after receipt, counted in calendar time (policy “Now default”) "
                                                "— Tue 24 Mar 09:15 (Europe/Berlin)"));
    }

    void senderRuleWorkingHours()
    {
        // Received 09:00 Berlin, 60 working minutes: due 10:00.
        QCOMPARE(explained(mail(QStringLiteral("Lunch?"), QStringLiteral("boss@example.com")), m_mail),
                 QStringLiteral("Async, by rule “Boss” (sender is 'boss@example.com'); due 1 h after receipt, counted "
                                "in working hours (policy “vip”) — Tue 24 Mar 10:00 (Europe/Berlin)"));
        // The tier's default policy: 4 working hours from 09:00 Berlin.
        QCOMPARE(explained(mail(QStringLiteral("Question")), m_mail),
                 QStringLiteral("Async, by rule “to-me” (I am in To); due 4 h after receipt, counted in working hours "
                                "(policy “Async default”) — Tue 24 Mar 13:00 (Europe/Berlin)"));
    }

    void workingHoursAcrossTheNight()
    {
        // 16:30 Berlin, 4 working hours: 30 min today, 3 h 30 min from 09:00 on Wednesday.
        ItemRecord r = mail(QStringLiteral("Late question"));
        r.receivedMs = kTuesday0900 + qint64(7 * 60 + 30) * 60000;
        QCOMPARE(explained(r, m_mail),
                 QStringLiteral("Async, by rule “to-me” (I am in To); due 4 h after receipt, counted in working hours "
                                "(policy “Async default”) — Wed 25 Mar 12:30 (Europe/Berlin)"));
    }

    void listRuleWithPolicyNone()
    {
        ItemRecord r = mail(QStringLiteral("[dev] weekly notes"), QStringLiteral("list@lists.example.org"));
        r.headers.insert(QStringLiteral("list-id"), QStringLiteral("<dev.lists.example.org>"));
        QCOMPARE(explained(r, m_mail),
                 QStringLiteral("Reference, by rule “Quiet lists” (it came through a mailing list); no reply owed"));
    }

    void attributeRule()
    {
        ItemRecord r;
        r.remoteId = QStringLiteral("e1");
        r.subject = QStringLiteral("Partial outage of the API");
        r.receivedMs = kTuesday0900;
        r.attributes.insert(QStringLiteral("feed.category"), QStringLiteral("status"));
        QCOMPARE(explained(r, m_feed),
                 QStringLiteral("Now, by rule “Status feed” (feed.category is 'status'); no reply owed"));
    }

    void kindDefault()
    {
        ItemRecord r;
        r.remoteId = QStringLiteral("e2");
        r.subject = QStringLiteral("Qt 6.9 released");
        r.receivedMs = kTuesday0900;
        const Item item = Tiering(m_config).apply(r, m_feed);
        QCOMPARE(item.tierReason, QStringLiteral("kind-default"));
        QCOMPARE(explainItem(item, m_config).full(),
                 QStringLiteral("Reference, the default of source “Planet Qt” (no rule matched); no reply owed"));
    }

    void githubDefaultRule()
    {
        ItemRecord r;
        r.remoteId = QStringLiteral("t1");
        r.subject = QStringLiteral("Fix the parser");
        r.receivedMs = kTuesday0900;
        r.attributes.insert(QStringLiteral("github.reason"), QStringLiteral("review_requested"));
        // 24 working hours from Tuesday 09:00: three 8-hour days, Thursday 17:00.
        QCOMPARE(explained(r, m_github),
                 QStringLiteral("Async, by rule “github-review-requested”, a default of GitHub notifications "
                                "(github.reason is 'review_requested'); due 24 h after receipt, counted in working "
                                "hours (policy “review-request”) — Thu 26 Mar 17:00 (Europe/Berlin)"));
        r.attributes.insert(QStringLiteral("github.reason"), QStringLiteral("subscribed"));
        QCOMPARE(explained(r, m_github),
                 QStringLiteral("Reference, by rule “github-watching”, a default of GitHub notifications "
                                "(github.reason is 'subscribed', 'state_change', 'ci_activity' or 'manual'); no reply owed "
                                "(policy “Reference default”)"));
    }

    void webhookFixedDue()
    {
        ItemRecord r;
        r.remoteId = QStringLiteral("w1");
        r.subject = QStringLiteral("Disk almost full");
        r.receivedMs = kTuesday0900;
        r.attributes.insert(QStringLiteral("webhook.tier"), QStringLiteral("3"));
        r.requestedDueMs = kTuesday0900 + 6 * 3600 * 1000;
        QCOMPARE(explained(r, m_webhook),
                 QStringLiteral("Now, by rule “webhook-now”, a default of Local webhook (webhook.tier is '3'); "
                                "due Tue 24 Mar 15:00 (Europe/Berlin), the time its source set"));
    }

    void manualAndFallback()
    {
        const Tiering tiering(m_config);
        const Item moved = tiering.withTier(tiering.apply(mail(QStringLiteral("Question")), m_mail), Tier::Now);
        QCOMPARE(explainItem(moved, m_config).full(),
                 QStringLiteral("Now, moved here by you; due 15 min after receipt, counted in calendar time (policy "
                                "“Now default”) — Tue 24 Mar 09:15 (Europe/Berlin)"));
        // Not to me, no list, no keywords: none of the five rules holds.
        const Item stray = tiering.apply(mail(QStringLiteral("Hello"), QStringLiteral("x@example.org"),
                                              QStringLiteral("other@example.org")), m_mail);
        QCOMPARE(stray.tierReason, QStringLiteral("fallback"));
        QCOMPARE(explainItem(stray, m_config).full(),
                 QStringLiteral("Reference, no rule matched; no reply owed (policy “Reference default”)"));
        // With the built-in rules, "fallback" is a rule of its own (no conditions).
        const AppConfig defaults;
        const Item builtIn = Tiering(defaults).apply(mail(QStringLiteral("Hello"), QStringLiteral("x@example.org"),
                                                          QStringLiteral("other@example.org")), m_mail);
        QCOMPARE(explainItem(builtIn, defaults).ruleText,
                 QStringLiteral("by rule “fallback”, which takes every item no earlier rule placed"));
    }

    void screener()
    {
        // An item the screener holds (issue 14): its reason is the queue, it owes no reply yet.
        Item item = Tiering(m_config).apply(mail(QStringLiteral("Hi there")), m_mail);
        item.tierReason = screenerReason();
        item.policy = QStringLiteral("none");
        item.dueMs.reset();
        QCOMPARE(explainItem(item, m_config).full(),
                 QStringLiteral("Async, waiting in New senders (a new sender, and no rule of yours placed it); no reply owed"));
        // The rule the screener writes when the user decides ("Block": done, no notifications).
        QCOMPARE(describeConditions(rule(R"j({"name": "Sender x@y.org", "tier": 1, "done": true, "notify": false, "policy": "none",
                                              "when": {"conditions": [{"field": "sender", "op": "is", "value": "x@y.org"},
                                                                      {"field": "kind", "op": "is", "value": "maildir"}]}})j")),
                 QStringLiteral("sender is 'x@y.org' and source kind is 'maildir'; marked done; no notifications"));
    }

    void ruleThatNoLongerExists()
    {
        const Item item = Tiering(m_config).apply(mail(QStringLiteral("Lunch?"), QStringLiteral("boss@example.com")), m_mail);
        QCOMPARE(explainItem(item, AppConfig()).ruleText, QStringLiteral("by rule “Boss”, which no longer exists"));
    }

    void fromLastActivity()
    {
        Item item = Tiering(m_config).apply(mail(QStringLiteral("outage")), m_mail);
        item.record.activityMs = kTuesday0900 + 3600 * 1000;
        item.dueMs = item.record.activityMs + 15 * 60000;
        QCOMPARE(explainItem(item, m_config).deadlineText,
                 QStringLiteral("due 15 min after the last activity, counted in calendar time (policy “Now default”) "
                                "— Tue 24 Mar 10:15 (Europe/Berlin)"));
    }

    void unconfigured()
    {
        QVERIFY(ItemExplainer().isNull());
        QCOMPARE(ItemExplainer().explain(Item{}).full(), QString());
        QVERIFY(!ItemExplainer(m_config).isNull());
    }
};

QTEST_GUILESS_MAIN(TestRuleExplain)
#include "tst_ruleexplain.moc"
