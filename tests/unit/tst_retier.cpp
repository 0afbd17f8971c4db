// Re-tiering stored items after a rule change (issue 14): the new rule forms the editor writes
// ("conditions" with contains / is / matches / one-of, "enabled", "notify"), the preview of what
// a rule set would move (RetierPlanner), ItemStore::retier() moving exactly those items in one
// batch, and undoTierBatch() putting them back.

#include "../gui/inboxfixture.h"

#include "config/appconfig.h"
#include "rules/ruleset.h"
#include "triage/retierplan.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace fi;
using namespace fitest;

namespace {

QJsonArray rulesJson(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).array();
}

RuleContext mailContext()
{
    RuleContext ctx;
    ctx.sourceKind = QStringLiteral("maildir");
    ctx.sourceName = QStringLiteral("Work mail");
    ctx.myAddresses = {QStringLiteral("me@example.org")};
    return ctx;
}

ItemRecord record(const QString &from, const QString &subject)
{
    ItemRecord r;
    r.from = {QStringLiteral("Someone"), from};
    r.to = {{QStringLiteral("Me"), QStringLiteral("me@example.org")}};
    r.subject = subject;
    return r;
}

} // namespace

class TestRetier : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void fieldConditions();
    void fieldConditionErrors();
    void disabledAndSilentRules();
    void previewNamesTheMoves();
    void applyMovesExactlyThePreview();
    void manualOnlyWhenAsked();
    void undoRestores();
    void undoLeavesWhatTheUserMovedSince();

private:
    AppConfig configWithIncidentRule() const;
    std::unique_ptr<InboxFixture> m_fx;
    qint64 m_now = 0;
    qint64 m_outage = 0, m_lunch = 0, m_manual = 0, m_done = 0;
};

AppConfig TestRetier::configWithIncidentRule() const
{
    AppConfig config;
    config.myAddresses = {QStringLiteral("me@example.org")};
    QJsonArray rules = rulesJson(R"([{"name": "Incident keywords", "tier": "now",
        "when": {"match": "any", "conditions": [{"field": "subject", "op": "contains", "value": "outage"},
                                                {"field": "subject", "op": "contains", "value": "incident"}]}}])");
    for (const QJsonValue &rule : RuleSet::defaults().toJson())
        rules.append(rule);
    QStringList errors;
    config.rules = RuleSet::fromJson(rules, &errors);
    Q_ASSERT(errors.isEmpty());
    return config;
}

void TestRetier::init()
{
    m_fx = std::make_unique<InboxFixture>();
    QVERIFY(m_fx->open());
    m_now = QDateTime::currentMSecsSinceEpoch();
    Item outage = makeItem(QStringLiteral("o"), QStringLiteral("Olga Ops"), QStringLiteral("Payments outage in eu-west"),
                           Tier::Async, m_now - 2 * kHour, m_now + 2 * kHour);
    outage.tierReason = QStringLiteral("to-me");
    outage.policy = QStringLiteral("tier2-default");
    Item lunch = makeItem(QStringLiteral("l"), QStringLiteral("Bruno Lima"), QStringLiteral("Lunch?"), Tier::Async,
                          m_now - kHour, m_now + 3 * kHour);
    Item manual = makeItem(QStringLiteral("m"), QStringLiteral("Mara Reis"), QStringLiteral("Outage drill next week"),
                           Tier::Reference, m_now - kHour, std::nullopt);
    manual.tierReason = QStringLiteral("manual");
    Item done = makeItem(QStringLiteral("d"), QStringLiteral("Dora Dias"), QStringLiteral("Incident closed"),
                         Tier::Reference, m_now - 3 * kHour, std::nullopt);
    done.state = ItemState::Done;
    done.doneMs = m_now - kHour;
    QVERIFY(m_fx->add({outage, lunch, manual, done}));
    m_outage = m_fx->idOf(QStringLiteral("o"));
    m_lunch = m_fx->idOf(QStringLiteral("l"));
    m_manual = m_fx->idOf(QStringLiteral("m"));
    m_done = m_fx->idOf(QStringLiteral("d"));
    QVERIFY(m_outage && m_lunch && m_manual && m_done);
    QCOMPARE(m_fx->store->item(m_done)->state, ItemState::Done);
}

void TestRetier::fieldConditions()
{
    QStringList errors;
    const RuleSet rules = RuleSet::fromJson(rulesJson(R"([
        {"name": "ceo", "tier": 3, "when": {"conditions": [{"field": "sender", "op": "is", "value": "CEO@Example.com"}]}},
        {"name": "vendors", "tier": 1, "when": {"conditions": [{"field": "sender", "op": "one-of", "value": ["a@v.com", "b@v.com"]}]}},
        {"name": "dev-list", "tier": 1, "when": {"conditions": [{"field": "list", "op": "contains", "value": "dev.example"}]}},
        {"name": "tickets", "tier": 2, "when": {"match": "all", "conditions": [
            {"field": "subject", "op": "matches", "value": "^\\[TICKET-\\d+\\]"},
            {"field": "recipients", "op": "contains", "value": "support@"}]}},
        {"name": "gh-security", "tier": 3, "when": {"conditions": [{"field": "github.reason", "op": "is", "value": "security_alert"}]}},
        {"name": "feeds-of-status", "tier": 3, "when": {"conditions": [{"field": "kind", "op": "is", "value": "feed"},
                                                                        {"field": "source", "op": "contains", "value": "status"}]}}
    ])"), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    QCOMPARE(rules.size(), 6);
    const RuleContext ctx = mailContext();
    QCOMPARE(rules.classify(record(QStringLiteral("ceo@example.COM"), QStringLiteral("Hi")), ctx).ruleName, QStringLiteral("ceo"));
    // "is" is equality, not containment.
    QCOMPARE(rules.classify(record(QStringLiteral("ceo@example.com.evil.org"), QStringLiteral("Hi")), ctx).ruleName,
             QStringLiteral("fallback"));
    QCOMPARE(rules.classify(record(QStringLiteral("B@v.com"), QStringLiteral("Invoice")), ctx).ruleName, QStringLiteral("vendors"));
    QCOMPARE(rules.classify(record(QStringLiteral("c@v.com"), QStringLiteral("Invoice")), ctx).ruleName, QStringLiteral("fallback"));
    ItemRecord listMail = record(QStringLiteral("x@lists.example"), QStringLiteral("Build broke"));
    listMail.headers.insert(QStringLiteral("list-id"), QStringLiteral("Developers <dev.example.com>"));
    QCOMPARE(rules.classify(listMail, ctx).ruleName, QStringLiteral("dev-list"));
    ItemRecord ticket = record(QStringLiteral("x@y.com"), QStringLiteral("[TICKET-42] Printer"));
    QCOMPARE(rules.classify(ticket, ctx).ruleName, QStringLiteral("fallback"));  // "all": recipients must hold too
    ticket.cc = {{QString(), QStringLiteral("support@example.org")}};
    QCOMPARE(rules.classify(ticket, ctx).ruleName, QStringLiteral("tickets"));
    // Conditions on a kind, a source or an attribute give the rule scope "all": it judges non-mail items.
    RuleContext github = mailContext();
    github.mail = false;
    github.sourceKind = QStringLiteral("github");
    ItemRecord alert = record(QString(), QStringLiteral("Dependabot alert"));
    alert.attributes.insert(QStringLiteral("github.reason"), QStringLiteral("security_alert"));
    QCOMPARE(rules.classify(alert, github).ruleName, QStringLiteral("gh-security"));
    RuleContext feed = github;
    feed.sourceKind = QStringLiteral("feed");
    feed.sourceName = QStringLiteral("GitHub Status");
    QCOMPARE(rules.classify(record(QString(), QStringLiteral("Degraded")), feed).ruleName, QStringLiteral("feeds-of-status"));
    feed.sourceName = QStringLiteral("Planet Qt");
    QCOMPARE(rules.classify(record(QString(), QStringLiteral("Degraded")), feed).ruleName, QStringLiteral("fallback"));
    // "contains" ignores case and accents, as keywords do.
    const RuleSet accents = RuleSet::fromJson(rulesJson(R"([{"name": "caido", "tier": 3,
        "when": {"conditions": [{"field": "subject", "op": "contains", "value": "CAIDO"}]}}])"), &errors);
    QCOMPARE(accents.classify(record(QStringLiteral("a@b.c"), QStringLiteral("Servidor caído")), ctx).tier, Tier::Now);
}

void TestRetier::fieldConditionErrors()
{
    QStringList errors;
    const RuleSet rules = RuleSet::fromJson(rulesJson(R"([
        {"name": "bad-op", "tier": 3, "when": {"conditions": [{"field": "subject", "op": "starts", "value": "x"}]}},
        {"name": "bad-field", "tier": 3, "when": {"conditions": [{"field": "colour", "op": "is", "value": "x"}]}},
        {"name": "bad-regex", "tier": 3, "when": {"conditions": [{"field": "subject", "op": "matches", "value": "("}]}},
        {"name": "empty", "tier": 3, "when": {"conditions": []}},
        {"name": "bad-match", "tier": 3, "when": {"match": "some", "conditions": [{"field": "subject", "op": "is", "value": "x"}]}},
        {"name": "bad-enabled", "tier": 3, "enabled": "no"},
        {"name": "good", "tier": 2, "when": {"conditions": [{"field": "subject", "op": "is", "value": "x"}]}}
    ])"), &errors);
    QCOMPARE(rules.names(), QStringList{QStringLiteral("good")});
    QCOMPARE(errors.size(), 6);
    QVERIFY2(errors.at(0).contains(QStringLiteral("bad-op")) && errors.at(0).contains(QStringLiteral("contains, is, matches or one-of")),
             qPrintable(errors.at(0)));
    QVERIFY(errors.at(1).contains(QStringLiteral("colour")));
    QVERIFY(errors.at(2).contains(QStringLiteral("invalid regular expression")));
}

void TestRetier::disabledAndSilentRules()
{
    QStringList errors;
    const RuleSet rules = RuleSet::fromJson(rulesJson(R"([
        {"name": "off", "tier": 3, "enabled": false, "when": {"subject": "deploy"}},
        {"name": "quiet-bots", "tier": 2, "notify": false, "when": {"sender": "bot@ci.example"}}
    ])"), &errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(rules.size(), 2);  // a disabled rule is kept
    QCOMPARE(rules.toJson().at(0).toObject().value(QStringLiteral("enabled")).toBool(true), false);
    const RuleContext ctx = mailContext();
    QCOMPARE(rules.classify(record(QStringLiteral("a@b.c"), QStringLiteral("deploy now")), ctx).ruleName, QStringLiteral("fallback"));
    const RuleMatch bot = rules.classify(record(QStringLiteral("bot@ci.example"), QStringLiteral("Build")), ctx);
    QCOMPARE(bot.ruleName, QStringLiteral("quiet-bots"));
    QCOMPARE(bot.notify, false);
    QCOMPARE(rules.notifies(QStringLiteral("quiet-bots")), false);
    QCOMPARE(rules.notifies(QStringLiteral("off")), true);
    QCOMPARE(rules.notifies(QStringLiteral("manual")), true);
}

void TestRetier::previewNamesTheMoves()
{
    const RetierPlanner planner(configWithIncidentRule(), m_fx->store->sources());
    const RetierPreview preview = planner.preview(*m_fx->store);
    QCOMPARE(preview.scanned, 3);  // the done item is not looked at
    QCOMPARE(preview.moveCount, 1);
    QCOMPARE(preview.moves.size(), 1);
    const PlannedMove &move = preview.moves.first();
    QCOMPARE(move.itemId, m_outage);
    QCOMPARE(move.subject, QStringLiteral("Payments outage in eu-west"));
    QCOMPARE(move.from.tier, Tier::Async);
    QCOMPARE(move.to.tier, Tier::Now);
    QCOMPARE(move.to.reason, QStringLiteral("Incident keywords"));
    QCOMPARE(move.to.policy, QStringLiteral("tier3-default"));
    QVERIFY(move.to.dueMs.has_value() && *move.to.dueMs < m_now);  // Now's window is minutes: already overdue
    // "Lunch?" keeps its tier; only its reason changes (test-rule → to-me): not a move.
    QCOMPARE(preview.relabelCount, 1);
    // The preview changed nothing.
    QCOMPARE(m_fx->store->item(m_outage)->tier, Tier::Async);
    // A limit lists fewer but counts all.
    QCOMPARE(planner.preview(*m_fx->store, 0).moves.size(), 0);
    QCOMPARE(planner.preview(*m_fx->store, 0).moveCount, 1);
}

void TestRetier::applyMovesExactlyThePreview()
{
    const RetierPlanner planner(configWithIncidentRule(), m_fx->store->sources());
    const RetierPreview preview = planner.preview(*m_fx->store);
    QSignalSpy changed(m_fx->store.get(), &ItemStore::itemsChanged);
    const TierBatch batch = m_fx->store->retier(planner.function(), QStringLiteral("rules"), m_now).result();
    QVERIFY(batch.ok);
    QVERIFY(batch.id > 0);
    QList<qint64> moved;
    for (const TierChange &c : batch.changes)
        if (c.moves())
            moved << c.itemId;
    QList<qint64> named;
    for (const PlannedMove &m : preview.moves)
        named << m.itemId;
    QCOMPARE(moved, named);
    QCOMPARE(batch.changes.size(), preview.moveCount + preview.relabelCount);
    const auto outage = m_fx->store->item(m_outage);
    QCOMPARE(outage->tier, Tier::Now);
    QCOMPARE(outage->tierReason, QStringLiteral("Incident keywords"));
    QCOMPARE(outage->policy, QStringLiteral("tier3-default"));
    QCOMPARE(outage->dueMs, preview.moves.first().to.dueMs);
    QCOMPARE(m_fx->store->events(m_outage).last().kind, QStringLiteral("tier"));
    QCOMPARE(m_fx->store->events(m_outage).last().detail, QStringLiteral("2->3"));
    QCOMPARE(m_fx->store->item(m_lunch)->tierReason, QStringLiteral("to-me"));
    QCOMPARE(m_fx->store->item(m_manual)->tier, Tier::Reference);
    QCOMPARE(m_fx->store->item(m_done)->tier, Tier::Reference);
    QVERIFY(changed.wait(5000) || !changed.isEmpty());
    // Applying again finds nothing to do and writes no empty batch.
    const TierBatch again = m_fx->store->retier(planner.function(), QStringLiteral("rules"), m_now).result();
    QVERIFY(again.ok);
    QCOMPARE(again.id, 0);
    QVERIFY(again.changes.isEmpty());
}

void TestRetier::manualOnlyWhenAsked()
{
    const RetierPlanner keep(configWithIncidentRule(), m_fx->store->sources());
    const RetierPlanner all(configWithIncidentRule(), m_fx->store->sources(), /*includeManual=*/true);
    QCOMPARE(keep.preview(*m_fx->store).moveCount, 1);
    const RetierPreview preview = all.preview(*m_fx->store);
    QCOMPARE(preview.moveCount, 2);
    const TierBatch batch = m_fx->store->retier(all.function(), QStringLiteral("rules"), m_now).result();
    QVERIFY(batch.ok);
    QCOMPARE(m_fx->store->item(m_manual)->tier, Tier::Now);
    QCOMPARE(m_fx->store->item(m_manual)->tierReason, QStringLiteral("Incident keywords"));
}

void TestRetier::undoRestores()
{
    const auto before = [this](qint64 id) {
        const auto item = m_fx->store->item(id);
        return TierPlacement{item->tier, item->tierReason, item->policy, item->dueMs};
    };
    const TierPlacement outageBefore = before(m_outage), lunchBefore = before(m_lunch);
    const RetierPlanner planner(configWithIncidentRule(), m_fx->store->sources());
    const TierBatch batch = m_fx->store->retier(planner.function(), QStringLiteral("rules"), m_now).result();
    QVERIFY(batch.id > 0);
    QVERIFY(before(m_outage) != outageBefore);
    const TierBatch undone = m_fx->store->undoTierBatch(0, m_now + 1000).result();
    QVERIFY(undone.ok);
    QCOMPARE(undone.id, batch.id);
    QCOMPARE(undone.changes.size(), 2);
    QCOMPARE(undone.skipped, 0);
    QCOMPARE(before(m_outage), outageBefore);
    QCOMPARE(before(m_lunch), lunchBefore);
    QCOMPARE(m_fx->store->events(m_outage).last().detail, QStringLiteral("3->2"));
    // Nothing is left to undo.
    const TierBatch none = m_fx->store->undoTierBatch(0, m_now + 2000).result();
    QVERIFY(none.ok);
    QCOMPARE(none.id, 0);
}

void TestRetier::undoLeavesWhatTheUserMovedSince()
{
    const RetierPlanner planner(configWithIncidentRule(), m_fx->store->sources());
    const TierBatch batch = m_fx->store->retier(planner.function(), QStringLiteral("rules"), m_now).result();
    QVERIFY(batch.id > 0);
    // The user moves the outage item to Reference by hand afterwards.
    QVERIFY(m_fx->store->setTier({m_outage}, Tier::Reference, QStringLiteral("manual"), std::nullopt, QString()).result());
    const TierBatch undone = m_fx->store->undoTierBatch(batch.id, m_now + 1000).result();
    QVERIFY(undone.ok);
    QCOMPARE(undone.skipped, 1);
    QCOMPARE(undone.changes.size(), 1);  // only "Lunch?"
    QCOMPARE(m_fx->store->item(m_outage)->tier, Tier::Reference);
    QCOMPARE(m_fx->store->item(m_outage)->tierReason, QStringLiteral("manual"));
    QCOMPARE(m_fx->store->item(m_lunch)->tierReason, QStringLiteral("test-rule"));
}

QTEST_GUILESS_MAIN(TestRetier)
#include "tst_retier.moc"
