// Tiering rules: the default list rule by rule with realistic records, first-match order,
// the JSON form (round trip, errors), the condition kinds, and concurrent use.
#include "rules/ruleset.h"

#include <QJsonDocument>
#include <QTest>
#include <QtConcurrent>

using namespace fi;

namespace {

const QString kMe = QStringLiteral("Ana.Silva@Example.com");

RuleContext context()
{
    RuleContext ctx;
    ctx.sourceId = 1;
    ctx.sourceKind = QStringLiteral("maildir");
    ctx.sourceName = QStringLiteral("Work");
    ctx.myAddresses = {kMe, QStringLiteral("ana@home.example.org")};
    return ctx;
}

Address addr(const char *a)
{
    return {QString(), QString::fromUtf8(a)};
}

// A message from a colleague, To: someone else unless changed.
ItemRecord mail(const char *subject, const char *from = "bob@example.com")
{
    ItemRecord r;
    r.remoteId = QStringLiteral("1");
    r.from = {QStringLiteral("Bob"), QString::fromUtf8(from)};
    r.to = {addr("team@example.com")};
    r.subject = QString::fromUtf8(subject);
    return r;
}

ItemRecord toMe(const char *subject, const char *from = "bob@example.com")
{
    ItemRecord r = mail(subject, from);
    r.to = {{QStringLiteral("Ana Silva"), QStringLiteral("ana.silva@example.com")}};
    return r;
}

RuleMatch classify(const ItemRecord &r, const RuleSet &rules = RuleSet::defaults())
{
    return rules.classify(r, context());
}

RuleSet parse(const char *json, QStringList *errors = nullptr)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &err);
    if (err.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(err.errorString()));
    QStringList local;
    RuleSet set = RuleSet::fromJson(doc.array(), errors ? errors : &local);
    return set;
}

} // namespace

class TestRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void defaultsLoadWithoutErrors()
    {
        QStringList errors;
        const RuleSet rules = RuleSet::fromJson(RuleSet::defaults().toJson(), &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(rules.names(),
                 QStringList({"bulk-precedence", "auto-reply", "newsletter", "high-priority", "urgent-keywords",
                              "design-review", "review-request", "mailing-list", "auto-submitted", "to-me",
                              "cc-me", "fallback"}));
    }

    void urgentKeywordsPage()
    {
        QCOMPARE(classify(toMe("Checkout is DOWN in eu-west-1")), (RuleMatch{Tier::Now, "urgent-keywords", ""}));
        QCOMPARE(classify(mail("SEV-1: payments failing")).ruleName, QStringLiteral("urgent-keywords"));
        QCOMPARE(classify(mail("sev1 declared")).ruleName, QStringLiteral("urgent-keywords"));
        QCOMPARE(classify(mail("[P1] Outage on login")).tier, Tier::Now);
        // A monitoring alert is machine mail (Auto-Submitted: auto-generated) but still pages.
        ItemRecord alert = mail("FIRING: db1 disk full, replica down", "alertmanager@example.com");
        alert.headers.insert(QStringLiteral("auto-submitted"), QStringLiteral("auto-generated"));
        QCOMPARE(classify(alert).ruleName, QStringLiteral("urgent-keywords"));
    }

    void urgentKeywordsInSpanishAndPortuguese()
    {
        QCOMPARE(classify(mail("Incidente: servicio de pagos caído")).ruleName, QStringLiteral("urgent-keywords"));
        QCOMPARE(classify(mail("URGENTE: revisar facturación")).ruleName, QStringLiteral("urgent-keywords"));
        QCOMPARE(classify(mail("Portal do cliente fora do ar")).ruleName, QStringLiteral("urgent-keywords"));
        QCOMPARE(classify(mail("API indisponível desde 10h")).ruleName, QStringLiteral("urgent-keywords"));
        // Written without accents, as people often do: still matches.
        QCOMPARE(classify(mail("API indisponivel desde 10h")).ruleName, QStringLiteral("urgent-keywords"));
        QCOMPARE(classify(mail("servidor caido")).ruleName, QStringLiteral("urgent-keywords"));
    }

    void keywordsMatchWholeWordsOnly()
    {
        // "Countdown", "downtime-free", "p10", "urgently-needed" are not the keywords.
        QCOMPARE(classify(toMe("Countdown to the launch party")).ruleName, QStringLiteral("to-me"));
        QCOMPARE(classify(toMe("Upgrade plan for p10 hosts")).ruleName, QStringLiteral("to-me"));
        QCOMPARE(classify(toMe("Incidental costs for the offsite")).ruleName, QStringLiteral("to-me"));
        // Keywords look at the subject only: "not urgent" deep in a body does not page.
        ItemRecord r = toMe("Lunch on Friday?");
        r.snippet = QStringLiteral("No rush, this is not urgent at all.");
        QCOMPARE(classify(r).ruleName, QStringLiteral("to-me"));
    }

    void highPriorityHeaders()
    {
        ItemRecord r = toMe("Contract needs your signature today");
        r.headers.insert(QStringLiteral("x-priority"), QStringLiteral("1 (Highest)"));
        QCOMPARE(classify(r), (RuleMatch{Tier::Now, "high-priority", ""}));
        r.headers = {{QStringLiteral("importance"), QStringLiteral("High")}};
        QCOMPARE(classify(r).ruleName, QStringLiteral("high-priority"));
        r.headers = {{QStringLiteral("priority"), QStringLiteral("urgent")}};
        QCOMPARE(classify(r).ruleName, QStringLiteral("high-priority"));
        r.headers = {{QStringLiteral("x-priority"), QStringLiteral("3 (Normal)")}};
        QCOMPARE(classify(r).ruleName, QStringLiteral("to-me"));
        r.headers = {{QStringLiteral("importance"), QStringLiteral("low")}};
        QCOMPARE(classify(r).ruleName, QStringLiteral("to-me"));
    }

    void bulkAndAutoRepliesNeverPage()
    {
        ItemRecord spam = toMe("URGENT: last chance, 90% off!", "deals@shop.example");
        spam.headers.insert(QStringLiteral("precedence"), QStringLiteral("bulk"));
        spam.headers.insert(QStringLiteral("x-priority"), QStringLiteral("1"));
        QCOMPARE(classify(spam), (RuleMatch{Tier::Reference, "bulk-precedence", ""}));

        ItemRecord ooo = toMe("Out of office: Re: Production outage", "carol@example.com");
        ooo.headers.insert(QStringLiteral("auto-submitted"), QStringLiteral("auto-replied"));
        QCOMPARE(classify(ooo), (RuleMatch{Tier::Reference, "auto-reply", ""}));

        ItemRecord news = toMe("Urgent news: our spring catalogue", "news@shop.example");
        news.headers.insert(QStringLiteral("list-unsubscribe"), QStringLiteral("<mailto:unsub@shop.example>"));
        QCOMPARE(classify(news), (RuleMatch{Tier::Reference, "newsletter", ""}));
    }

    void mailingListsAreReference()
    {
        ItemRecord list = mail("Re: Outage postmortem draft", "dev@lists.example.org");
        list.headers.insert(QStringLiteral("list-id"), QStringLiteral("Dev list <dev.lists.example.org>"));
        list.headers.insert(QStringLiteral("list-unsubscribe"), QStringLiteral("<mailto:dev-leave@lists.example.org>"));
        QCOMPARE(classify(list), (RuleMatch{Tier::Reference, "mailing-list", ""}));
        // Even when I am in Cc of a list thread: List-Id comes before cc-me.
        list.cc = {addr("ana.silva@example.com")};
        QCOMPARE(classify(list).ruleName, QStringLiteral("mailing-list"));
        // An RFC discussed on a list that is not addressed to me is reference reading.
        ItemRecord rfc = mail("RFC 3834 and vacation responders", "ietf@lists.example.org");
        rfc.headers.insert(QStringLiteral("list-id"), QStringLiteral("<ietf.lists.example.org>"));
        QCOMPARE(classify(rfc).ruleName, QStringLiteral("mailing-list"));
    }

    void reviewRequests()
    {
        QCOMPARE(classify(toMe("Please review: parser fix for folded headers")),
                 (RuleMatch{Tier::Async, "review-request", "review-request"}));
        ItemRecord cc = mail("PTAL: new retry policy");
        cc.cc = {addr("ANA.SILVA@example.com")};
        QCOMPARE(classify(cc).policy, QStringLiteral("review-request"));
        QCOMPARE(classify(toMe("Revisão solicitada: módulo de faturas")).ruleName, QStringLiteral("review-request"));
        // GitHub review requests come through a List-Id'd notification address.
        ItemRecord gh = mail("[acme/api] Add rate limiting (PR #412)", "notifications@github.com");
        gh.to = {addr("api@noreply.github.com")};
        gh.headers.insert(QStringLiteral("list-id"), QStringLiteral("acme/api <api.acme.github.com>"));
        gh.headers.insert(QStringLiteral("x-github-reason"), QStringLiteral("review_requested"));
        QCOMPARE(classify(gh), (RuleMatch{Tier::Async, "review-request", "review-request"}));
        // Review words in mail not addressed to me do not create a review deadline.
        QCOMPARE(classify(mail("Please review the attached agenda")).ruleName, QStringLiteral("fallback"));
    }

    void designReviews()
    {
        QCOMPARE(classify(toMe("RFC: a new storage layer")),
                 (RuleMatch{Tier::Async, "design-review", "design-review"}));
        QCOMPARE(classify(toMe("Design review requested: sync engine v2")).ruleName, QStringLiteral("design-review"));
        QCOMPARE(classify(toMe("Revisión de diseño del motor de búsqueda")).ruleName, QStringLiteral("design-review"));
    }

    void machineMailIsReference()
    {
        ItemRecord ci = toMe("Build #1234 succeeded", "ci@example.com");
        ci.headers.insert(QStringLiteral("auto-submitted"), QStringLiteral("auto-generated"));
        QCOMPARE(classify(ci), (RuleMatch{Tier::Reference, "auto-submitted", ""}));
        // Auto-Submitted: no means a human sent it.
        ci.headers.insert(QStringLiteral("auto-submitted"), QStringLiteral("no"));
        QCOMPARE(classify(ci).ruleName, QStringLiteral("to-me"));
    }

    void personalMail()
    {
        QCOMPARE(classify(toMe("Lunch on Friday?")), (RuleMatch{Tier::Async, "to-me", ""}));
        ItemRecord cc = mail("Quarterly planning notes");
        cc.cc = {addr("ana@home.example.org")};
        QCOMPARE(classify(cc), (RuleMatch{Tier::Async, "cc-me", ""}));
        ItemRecord both = toMe("Quarterly planning notes");
        both.cc = {addr("ana@home.example.org")};
        QCOMPARE(classify(both).ruleName, QStringLiteral("to-me"));
        QCOMPARE(classify(mail("Quarterly planning notes")), (RuleMatch{Tier::Reference, "fallback", ""}));
    }

    void firstMatchWins()
    {
        const char *json = R"json([
            {"name": "boss", "tier": 3, "when": {"sender": "ceo@example.com"}},
            {"name": "company", "tier": 2, "policy": "review-request", "when": {"sender": "@example.com"}}
        ])json";
        const RuleSet rules = parse(json);
        QCOMPARE(classify(mail("hi", "ceo@example.com"), rules), (RuleMatch{Tier::Now, "boss", ""}));
        QCOMPARE(classify(mail("hi", "bob@example.com"), rules),
                 (RuleMatch{Tier::Async, "company", "review-request"}));
        // Same rules, other order: the broad rule now shadows the narrow one.
        const RuleSet swapped = parse(R"json([
            {"name": "company", "tier": 2, "when": {"sender": "@example.com"}},
            {"name": "boss", "tier": 3, "when": {"sender": "ceo@example.com"}}
        ])json");
        QCOMPARE(classify(mail("hi", "ceo@example.com"), swapped).ruleName, QStringLiteral("company"));
        // Nothing matches: fallback, Tier 1.
        QCOMPARE(classify(mail("hi", "x@other.org"), rules), (RuleMatch{Tier::Reference, "fallback", ""}));
        QCOMPARE(classify(mail("hi"), RuleSet()), (RuleMatch{Tier::Reference, "fallback", ""}));
    }

    void conditionKinds()
    {
        const RuleSet rules = parse(R"json([
            {"name": "exact", "tier": 3, "when": {"sender": "Alerts@PagerDuty.com"}},
            {"name": "subdomain", "tier": 3, "when": {"sender": "@corp.example", "subject": "deploy"}},
            {"name": "wildcard", "tier": 2, "when": {"sender": "noreply-*@ci.example"}},
            {"name": "regex", "tier": 2, "when": {"sender": "/^(jira|confluence)@atlassian\\.example$/"}},
            {"name": "feeds", "tier": 1, "when": {"source": ["feed", "GitHub"]}},
            {"name": "to-ops", "tier": 3, "when": {"recipientAddress": "oncall@example.com", "body": "sev 2"}},
            {"name": "list-only", "tier": 1, "when": {"recipient": "list"}},
            {"name": "not-me-text", "tier": 1, "when": {"recipient": "not-me", "text": "invoice"}},
            {"name": "auto", "tier": 1, "when": {"headers": [{"name": "auto-submitted", "notMatches": "^no$"}]}}
        ])json");
        QCOMPARE(classify(mail("x", "alerts@pagerduty.com"), rules).ruleName, QStringLiteral("exact"));
        QCOMPARE(classify(mail("Deploy finished", "bot@build.corp.example"), rules).ruleName, QStringLiteral("subdomain"));
        QCOMPARE(classify(mail("Deploy finished", "bot@notcorp.example"), rules).ruleName, QStringLiteral("fallback"));
        QCOMPARE(classify(mail("x", "noreply-42@ci.example"), rules).ruleName, QStringLiteral("wildcard"));
        QCOMPARE(classify(mail("x", "jira@atlassian.example"), rules).ruleName, QStringLiteral("regex"));
        QCOMPARE(classify(mail("x", "jira@atlassian.example.net"), rules).ruleName, QStringLiteral("fallback"));

        RuleContext feed = context();
        feed.sourceKind = QStringLiteral("feed");
        QCOMPARE(rules.classify(mail("x", "n@x.org"), feed).ruleName, QStringLiteral("feeds"));
        RuleContext gh = context();
        gh.sourceKind = QStringLiteral("github");
        gh.sourceName = QStringLiteral("github");
        QCOMPARE(rules.classify(mail("x", "n@x.org"), gh).ruleName, QStringLiteral("feeds"));

        ItemRecord ops = mail("status", "n@x.org");
        ops.cc = {addr("OnCall@example.com")};
        ops.snippet = QStringLiteral("Declaring SEV-2 for the search cluster.");
        QCOMPARE(classify(ops, rules).ruleName, QStringLiteral("to-ops"));

        ItemRecord list = mail("x", "n@x.org");
        list.headers.insert(QStringLiteral("list-post"), QStringLiteral("<mailto:dev@x.org>"));
        QCOMPARE(classify(list, rules).ruleName, QStringLiteral("list-only"));

        ItemRecord invoice = mail("Your documents", "n@x.org");
        invoice.snippet = QStringLiteral("Please find the INVOICE attached.");
        QCOMPARE(classify(invoice, rules).ruleName, QStringLiteral("not-me-text"));
        invoice.to = {addr("ana.silva@example.com")};
        QCOMPARE(classify(invoice, rules).ruleName, QStringLiteral("fallback"));

        // notMatches needs the header to be present.
        ItemRecord plain = mail("x", "n@x.org");
        QCOMPARE(classify(plain, rules).ruleName, QStringLiteral("fallback"));
        plain.headers.insert(QStringLiteral("auto-submitted"), QStringLiteral("auto-notified"));
        QCOMPARE(classify(plain, rules).ruleName, QStringLiteral("auto"));
    }

    void jsonRoundTrip()
    {
        const RuleSet original = RuleSet::defaults();
        QStringList errors;
        const RuleSet again = RuleSet::fromJson(original.toJson(), &errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(again.toJson(), original.toJson());
        QCOMPARE(again.size(), 12);
        // Through text, as it is stored in config.json.
        const QByteArray text = QJsonDocument(original.toJson()).toJson();
        const RuleSet fromText = RuleSet::fromJson(QJsonDocument::fromJson(text).array(), &errors);
        QVERIFY(errors.isEmpty());
        const QList<ItemRecord> samples = {toMe("Checkout is down"), toMe("RFC: storage"), toMe("hello"),
                                           mail("hello"), mail("Please review")};
        for (const ItemRecord &r : samples)
            QCOMPARE(classify(r, fromText), classify(r, original));
    }

    void invalidRulesAreReportedAndSkipped()
    {
        QStringList errors;
        const RuleSet rules = parse(R"json([
            {"name": "good-1", "tier": 3, "when": {"sender": "boss@example.com"}},
            {"name": "bad-regex", "tier": 2, "when": {"headers": [{"name": "x-a", "matches": "*oops"}]}},
            {"name": "typo", "tier": 2, "when": {"subjet": "hello"}},
            {"tier": 2},
            {"name": "bad-tier", "tier": 7},
            "not an object",
            {"name": "good-1", "tier": 1},
            {"name": "bad-recipient", "tier": 2, "when": {"recipient": "someone"}},
            {"name": "good-2", "tier": 1, "when": {"subject": "newsletter"}}
        ])json", &errors);
        QCOMPARE(rules.names(), QStringList({"good-1", "good-2"}));
        QCOMPARE(errors.size(), 7);
        QVERIFY2(errors[0].contains(QLatin1String("Rule 1")) && errors[0].contains(QLatin1String("bad-regex"))
                     && errors[0].contains(QLatin1String("*oops")),
                 qPrintable(errors[0]));
        QVERIFY2(errors[1].contains(QLatin1String("Rule 2")) && errors[1].contains(QLatin1String("subjet")),
                 qPrintable(errors[1]));
        QVERIFY2(errors[2].contains(QLatin1String("Rule 3")) && errors[2].contains(QLatin1String("name")),
                 qPrintable(errors[2]));
        QVERIFY2(errors[3].contains(QLatin1String("bad-tier")) && errors[3].contains(QLatin1String("tier")),
                 qPrintable(errors[3]));
        QVERIFY2(errors[4].contains(QLatin1String("Rule 5")) && errors[4].contains(QLatin1String("object")),
                 qPrintable(errors[4]));
        QVERIFY2(errors[5].contains(QLatin1String("Rule 6")) && errors[5].contains(QLatin1String("already")),
                 qPrintable(errors[5]));
        QVERIFY2(errors[6].contains(QLatin1String("someone")), qPrintable(errors[6]));
        // The rules that loaded work.
        QCOMPARE(classify(mail("x", "boss@example.com"), rules).ruleName, QStringLiteral("good-1"));
        QCOMPARE(classify(mail("Monthly newsletter"), rules).ruleName, QStringLiteral("good-2"));
        // And the JSON written back holds only them.
        QCOMPARE(rules.toJson().size(), 2);
    }

    /// Scope: the built-in rules, and a user's rule that names no source or attribute, match
    /// mail only; a non-mail item no rule places gets the context's noMatch (its kind's default).
    void scopeKeepsMailRulesToMail()
    {
        RuleContext feed = context();
        feed.sourceKind = QStringLiteral("feed");
        feed.mail = false;
        feed.noMatch = {Tier::Reference, QStringLiteral("kind-default"), QStringLiteral("none")};
        const ItemRecord stocks = mail("Stocks down 3%");
        QCOMPARE(classify(stocks).ruleName, QStringLiteral("urgent-keywords"));
        QCOMPARE(RuleSet::defaults().classify(stocks, feed), feed.noMatch);

        QStringList errors;
        const RuleSet rules = parse(R"json([
            {"name": "mail-default", "tier": 3, "when": {"subject": "stocks"}},
            {"name": "explicit-mail", "tier": 3, "scope": "mail", "when": {"source": "feed", "subject": "stocks"}},
            {"name": "everywhere", "tier": 2, "scope": "all", "when": {"subject": "down"}},
            {"name": "by-source", "tier": 2, "when": {"source": "feed"}}
        ])json", &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QCOMPARE(classify(stocks, rules).ruleName, QStringLiteral("mail-default"));
        QCOMPARE(rules.classify(stocks, feed).ruleName, QStringLiteral("everywhere"));
        QCOMPARE(rules.classify(mail("Quarterly report"), feed).ruleName, QStringLiteral("by-source"));
        // A rule that names a source applies to mail kinds too when it names them.
        RuleContext maildir = context();
        QCOMPARE(parse(R"json([{"name": "md", "tier": 2, "when": {"source": "maildir"}}])json")
                     .classify(mail("x"), maildir).ruleName,
                 QStringLiteral("md"));

        parse(R"json([{"name": "bad-scope", "tier": 2, "scope": "feeds"}])json", &errors);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors[0].contains(QLatin1String("bad-scope")) && errors[0].contains(QLatin1String("scope")),
                 qPrintable(errors[0]));
    }

    /// "attributes": namespaced keys of ItemRecord::attributes; "mail.<header>" reads the header.
    void attributeConditions()
    {
        QStringList errors;
        const RuleSet rules = parse(R"json([
            {"name": "review", "tier": 2, "when": {"attributes": {"github.reason": "^review_requested$"}}},
            {"name": "not-news", "tier": 2, "when": {"attributes": {"feed.category": {"notMatches": "^news$"}}}},
            {"name": "tagged", "tier": 1, "when": {"attributes": {"feed.tag": true, "feed.draft": false}}},
            {"name": "list", "tier": 1, "when": {"attributes": {"mail.list-id": "dev\\.example"}}}
        ])json", &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        RuleContext gh = context();
        gh.sourceKind = QStringLiteral("github");
        gh.mail = false;
        ItemRecord r = mail("x");
        QCOMPARE(rules.classify(r, gh).ruleName, QStringLiteral("fallback"));
        r.attributes.insert(QStringLiteral("github.reason"), QStringLiteral("Review_Requested"));
        QCOMPARE(rules.classify(r, gh).ruleName, QStringLiteral("review"));
        r.attributes = {{QStringLiteral("feed.category"), QStringLiteral("news")}};
        QCOMPARE(rules.classify(r, gh).ruleName, QStringLiteral("fallback"));
        r.attributes = {{QStringLiteral("feed.category"), QStringLiteral("release")}};
        QCOMPARE(rules.classify(r, gh).ruleName, QStringLiteral("not-news"));
        r.attributes = {{QStringLiteral("feed.tag"), QStringLiteral("x")}};
        QCOMPARE(rules.classify(r, gh).ruleName, QStringLiteral("tagged"));
        r.attributes.insert(QStringLiteral("feed.draft"), QStringLiteral("1"));
        QCOMPARE(rules.classify(r, gh).ruleName, QStringLiteral("fallback"));
        // Mail: the List-Id header is attribute mail.list-id.
        ItemRecord list = mail("x");
        list.headers.insert(QStringLiteral("list-id"), QStringLiteral("<dev.example.org>"));
        QCOMPARE(classify(list, rules).ruleName, QStringLiteral("list"));

        const RuleSet bad = parse(R"json([
            {"name": "no-namespace", "tier": 2, "when": {"attributes": {"reason": "x"}}},
            {"name": "not-object", "tier": 2, "when": {"attributes": ["github.reason"]}},
            {"name": "bad-regex", "tier": 2, "when": {"attributes": {"github.reason": "*oops"}}},
            {"name": "bad-value", "tier": 2, "when": {"attributes": {"github.reason": 3}}}
        ])json", &errors);
        QCOMPARE(bad.size(), 0);
        QCOMPARE(errors.size(), 4);
        QVERIFY2(errors[0].contains(QLatin1String("\"reason\"")) && errors[0].contains(QLatin1String("<namespace>.<name>")),
                 qPrintable(errors[0]));
        QVERIFY2(errors[1].contains(QLatin1String("attributes")), qPrintable(errors[1]));
        QVERIFY2(errors[2].contains(QLatin1String("github.reason")) && errors[2].contains(QLatin1String("*oops")),
                 qPrintable(errors[2]));
        QVERIFY2(errors[3].contains(QLatin1String("github.reason")) && errors[3].contains(QLatin1String("true")),
                 qPrintable(errors[3]));
    }

    void classifyIsThreadSafe()
    {
        QList<ItemRecord> records;
        const char *subjects[] = {"Checkout is down", "RFC: storage", "hello", "Please review", "caído", "Build ok"};
        for (int i = 0; i < 3000; ++i) {
            ItemRecord r = (i % 2) ? toMe(subjects[i % 6]) : mail(subjects[i % 6]);
            if (i % 5 == 0)
                r.headers.insert(QStringLiteral("list-id"), QStringLiteral("<l.example>"));
            records.append(r);
        }
        const RuleSet rules = RuleSet::defaults();
        QList<RuleMatch> serial;
        for (const ItemRecord &r : std::as_const(records))
            serial.append(classify(r, rules));
        const QList<RuleMatch> parallel =
            QtConcurrent::blockingMapped(records, [&rules](const ItemRecord &r) { return classify(r, rules); });
        QCOMPARE(parallel, serial);
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
