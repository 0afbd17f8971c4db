// The single-instance protocol's request and reply lines (models/focus/instancerequest.h):
// what a running instance accepts from a peer, and what it refuses.
#include "focus/instancerequest.h"

#include <QJsonDocument>
#include <QTest>

using namespace fi;

class TestInstanceRequest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void acceptsWellFormedRequests();
    void roundTrip();
    void refusesMalformed_data();
    void refusesMalformed();
    void boundsLengthAndArguments();
    void replies();
    void triageRequests();
    void triageRoundTrip();
    void refusesMalformedTriage_data();
    void refusesMalformedTriage();
    void boundsTriageIds();
    void pushRequests();
    void openRequests();
};

void TestInstanceRequest::acceptsWellFormedRequests()
{
    QString error;
    auto raise = parseInstanceRequest(R"({"cmd":"raise","args":["--data-dir","/tmp/x"]})" "\n", &error);
    QVERIFY2(raise, qPrintable(error));
    QCOMPARE(raise->command, InstanceRequest::Command::Raise);
    QCOMPARE(raise->arguments, (QStringList{QStringLiteral("--data-dir"), QStringLiteral("/tmp/x")}));

    auto bare = parseInstanceRequest(R"({"cmd":"raise"})", &error);  // older clients send no args
    QVERIFY(bare);
    QVERIFY(bare->arguments.isEmpty());

    auto start = parseInstanceRequest(R"({"cmd":"focus","action":"start","minutes":50})" "\r\n", &error);
    QVERIFY2(start, qPrintable(error));
    QCOMPARE(start->command, InstanceRequest::Command::Focus);
    QCOMPARE(start->action, InstanceRequest::FocusAction::Start);
    QCOMPARE(start->minutes, 50);

    auto status = parseInstanceRequest(R"({"cmd":"focus","action":"status","minutes":0,"extra":[1,2]})", &error);
    QVERIFY(status);
    QCOMPARE(status->action, InstanceRequest::FocusAction::Status);
    QCOMPARE(status->minutes, 0);
}

void TestInstanceRequest::roundTrip()
{
    InstanceRequest r;
    r.command = InstanceRequest::Command::Focus;
    r.action = InstanceRequest::FocusAction::Extend;
    r.minutes = 15;
    const QByteArray line = r.toLine();
    QVERIFY(line.endsWith('\n'));
    QCOMPARE(line.count('\n'), 1);
    const auto back = parseInstanceRequest(line, nullptr);
    QVERIFY(back);
    QCOMPARE(back->action, r.action);
    QCOMPARE(back->minutes, r.minutes);
    QCOMPARE(back->toJson().value(QStringLiteral("action")).toString(), QStringLiteral("extend"));

    InstanceRequest raise;
    raise.arguments = {QStringLiteral("a\nb"), QStringLiteral("ü")};  // a newline inside stays escaped in JSON
    const auto raised = parseInstanceRequest(raise.toLine(), nullptr);
    QVERIFY(raised);
    QCOMPARE(raised->arguments, raise.arguments);
}

void TestInstanceRequest::refusesMalformed_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not json") << QByteArray("raise\n");
    QTest::newRow("array") << QByteArray("[\"raise\"]\n");
    QTest::newRow("no cmd") << QByteArray("{}\n");
    QTest::newRow("cmd not a string") << QByteArray("{\"cmd\":1}\n");
    QTest::newRow("unknown cmd") << QByteArray("{\"cmd\":\"quit\"}\n");
    QTest::newRow("unknown action") << QByteArray("{\"cmd\":\"focus\",\"action\":\"explode\"}\n");
    QTest::newRow("no action") << QByteArray("{\"cmd\":\"focus\"}\n");
    QTest::newRow("minutes negative") << QByteArray("{\"cmd\":\"focus\",\"action\":\"start\",\"minutes\":-5}\n");
    QTest::newRow("minutes huge") << QByteArray("{\"cmd\":\"focus\",\"action\":\"start\",\"minutes\":1e300}\n");
    QTest::newRow("minutes fraction") << QByteArray("{\"cmd\":\"focus\",\"action\":\"start\",\"minutes\":2.5}\n");
    QTest::newRow("minutes string") << QByteArray("{\"cmd\":\"focus\",\"action\":\"start\",\"minutes\":\"25\"}\n");
    QTest::newRow("args not array") << QByteArray("{\"cmd\":\"raise\",\"args\":\"--x\"}\n");
    QTest::newRow("args not strings") << QByteArray("{\"cmd\":\"raise\",\"args\":[1]}\n");
    QTest::newRow("two lines") << QByteArray("{\"cmd\":\"raise\"}\n{\"cmd\":\"raise\"}\n");
    QTest::newRow("deep nesting") << QByteArray(5000, '[') + QByteArray("\n");
    QTest::newRow("nul byte") << QByteArray("{\"cmd\":\"raise\"}\0x", 17);
}

void TestInstanceRequest::refusesMalformed()
{
    QFETCH(QByteArray, line);
    QString error;
    QVERIFY(!parseInstanceRequest(line, &error));
    QVERIFY(!error.isEmpty());
}

void TestInstanceRequest::boundsLengthAndArguments()
{
    QString error;
    // A valid object just over the limit is refused for its length alone.
    QByteArray padded = "{\"cmd\":\"raise\",\"pad\":\"" + QByteArray(kMaxInstanceLineBytes, 'x') + "\"}\n";
    QVERIFY(!parseInstanceRequest(padded, &error));
    QVERIFY2(error.contains(QString::number(kMaxInstanceLineBytes)), qPrintable(error));

    InstanceRequest many;
    for (int i = 0; i <= kMaxInstanceArguments; ++i)
        many.arguments << QStringLiteral("a");
    QVERIFY(!parseInstanceRequest(many.toLine(), &error));
    many.arguments.removeLast();
    QVERIFY(parseInstanceRequest(many.toLine(), &error));

    InstanceRequest longArg;
    longArg.arguments << QString(kMaxInstanceArgumentChars + 1, QLatin1Char('a'));
    QVERIFY(!parseInstanceRequest(longArg.toLine(), &error));
}

void TestInstanceRequest::replies()
{
    QString error;
    const auto ok = parseInstanceReply("{\"ok\":true}\n", &error);
    QVERIFY(ok);
    QVERIFY(ok->value(QStringLiteral("ok")).toBool());
    QVERIFY(!parseInstanceReply("true\n", &error));
    QVERIFY(!parseInstanceReply("{\"ok\":", &error));
    QVERIFY(!parseInstanceReply("{\"s\":\"" + QByteArray(kMaxInstanceLineBytes, 'x') + "\"}\n", &error));
}

void TestInstanceRequest::triageRequests()
{
    QString error;
    auto done = parseInstanceRequest(R"({"cmd":"triage","action":"done","ids":[12,13]})" "\n", &error);
    QVERIFY2(done, qPrintable(error));
    QCOMPARE(done->command, InstanceRequest::Command::Triage);
    QCOMPARE(done->triage, InstanceRequest::TriageAction::Done);
    QCOMPARE(done->ids, (QList<qint64>{12, 13}));

    auto tier = parseInstanceRequest(R"({"cmd":"triage","action":"tier","ids":[4],"tier":3})", &error);
    QVERIFY2(tier, qPrintable(error));
    QCOMPARE(tier->triage, InstanceRequest::TriageAction::Tier);
    QCOMPARE(tier->tier, 3);

    auto snooze = parseInstanceRequest(R"({"cmd":"triage","action":"snooze","ids":[9007199254740992],"until":1764662400000})",
                                       &error);
    QVERIFY2(snooze, qPrintable(error));
    QCOMPARE(snooze->ids, (QList<qint64>{kMaxInstanceInteger}));
    QCOMPARE(snooze->untilMs, Q_INT64_C(1764662400000));

    for (const char *word : {"done", "reopen", "seen", "unseen", "tier", "snooze"}) {
        const auto action = triageActionFromName(QLatin1String(word));
        QVERIFY2(action, word);
        QCOMPARE(triageActionName(*action), QLatin1String(word));
    }
    QVERIFY(!triageActionFromName(QStringLiteral("Done")));
    QVERIFY(!triageActionFromName(QString()));
}

void TestInstanceRequest::triageRoundTrip()
{
    InstanceRequest r;
    r.command = InstanceRequest::Command::Triage;
    r.triage = InstanceRequest::TriageAction::Snooze;
    r.ids = {1, 2, 3};
    r.untilMs = 1764662400123;
    auto back = parseInstanceRequest(r.toLine(), nullptr);
    QVERIFY(back);
    QCOMPARE(back->command, r.command);
    QCOMPARE(back->triage, r.triage);
    QCOMPARE(back->ids, r.ids);
    QCOMPARE(back->untilMs, r.untilMs);

    r.triage = InstanceRequest::TriageAction::Tier;
    r.tier = 1;
    back = parseInstanceRequest(r.toLine(), nullptr);
    QVERIFY(back);
    QCOMPARE(back->tier, 1);
    QVERIFY(!r.toJson().contains(QStringLiteral("until")));  // only what the action needs
}

void TestInstanceRequest::refusesMalformedTriage_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("unknown action") << QByteArray(R"({"cmd":"triage","action":"delete","ids":[1]})");
    QTest::newRow("no action") << QByteArray(R"({"cmd":"triage","ids":[1]})");
    QTest::newRow("no ids") << QByteArray(R"({"cmd":"triage","action":"done"})");
    QTest::newRow("empty ids") << QByteArray(R"({"cmd":"triage","action":"done","ids":[]})");
    QTest::newRow("ids not array") << QByteArray(R"({"cmd":"triage","action":"done","ids":12})");
    QTest::newRow("id string") << QByteArray(R"({"cmd":"triage","action":"done","ids":["12"]})");
    QTest::newRow("id zero") << QByteArray(R"({"cmd":"triage","action":"done","ids":[0]})");
    QTest::newRow("id negative") << QByteArray(R"({"cmd":"triage","action":"done","ids":[-3]})");
    QTest::newRow("id fraction") << QByteArray(R"({"cmd":"triage","action":"done","ids":[1.5]})");
    QTest::newRow("id beyond 2^53") << QByteArray(R"({"cmd":"triage","action":"done","ids":[1e300]})");
    QTest::newRow("tier missing") << QByteArray(R"({"cmd":"triage","action":"tier","ids":[1]})");
    QTest::newRow("tier 4") << QByteArray(R"({"cmd":"triage","action":"tier","ids":[1],"tier":4})");
    QTest::newRow("tier 0") << QByteArray(R"({"cmd":"triage","action":"tier","ids":[1],"tier":0})");
    QTest::newRow("tier string") << QByteArray(R"({"cmd":"triage","action":"tier","ids":[1],"tier":"3"})");
    QTest::newRow("until missing") << QByteArray(R"({"cmd":"triage","action":"snooze","ids":[1]})");
    QTest::newRow("until negative") << QByteArray(R"({"cmd":"triage","action":"snooze","ids":[1],"until":-1})");
    QTest::newRow("until text") << QByteArray(R"({"cmd":"triage","action":"snooze","ids":[1],"until":"tomorrow"})");
}

void TestInstanceRequest::refusesMalformedTriage()
{
    QFETCH(QByteArray, line);
    QString error;
    QVERIFY(!parseInstanceRequest(line, &error));
    QVERIFY(!error.isEmpty());
}

void TestInstanceRequest::boundsTriageIds()
{
    InstanceRequest r;
    r.command = InstanceRequest::Command::Triage;
    for (qint64 i = 0; i < kMaxInstanceTriageIds; ++i)
        r.ids << kMaxInstanceInteger - i;  // the longest ids: the line still fits
    QVERIFY(r.toLine().size() < kMaxInstanceLineBytes);
    QString error;
    QVERIFY2(parseInstanceRequest(r.toLine(), &error), qPrintable(error));
    r.ids << 1;
    QVERIFY(!parseInstanceRequest(r.toLine(), &error));
    QVERIFY2(error.contains(QString::number(kMaxInstanceTriageIds)), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestInstanceRequest)
void TestInstanceRequest::pushRequests()
{
    InstanceRequest push;
    push.command = InstanceRequest::Command::Push;
    push.pushSource = QStringLiteral("CI");
    push.pushItem = QJsonObject{{QStringLiteral("title"), QStringLiteral("Deploy failed")}, {QStringLiteral("tier"), 3}};
    QString error;
    const auto back = parseInstanceRequest(push.toLine(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->command, InstanceRequest::Command::Push);
    QCOMPARE(back->pushSource, QStringLiteral("CI"));
    QCOMPARE(back->pushItem, push.pushItem);  // the payload is checked by the webhook kind, not here

    QVERIFY(!parseInstanceRequest("{\"cmd\":\"push\",\"item\":\"Deploy failed\"}", &error));
    QVERIFY2(error.contains(QLatin1String("item")), qPrintable(error));
    QVERIFY(!parseInstanceRequest("{\"cmd\":\"push\",\"source\":7,\"item\":{}}", &error));
    QVERIFY2(error.contains(QLatin1String("source")), qPrintable(error));

    const auto changed = parseInstanceRequest("{\"cmd\":\"sources\"}\n", &error);
    QVERIFY2(changed, qPrintable(error));
    QCOMPARE(changed->command, InstanceRequest::Command::SourcesChanged);
    QCOMPARE(parseInstanceRequest(changed->toLine(), &error)->command, InstanceRequest::Command::SourcesChanged);
}

void TestInstanceRequest::openRequests()
{
    // `focusinbox open 12` (issue 16): one item id, checked like the triage ids.
    InstanceRequest open;
    open.command = InstanceRequest::Command::Open;
    open.itemId = 12;
    QCOMPARE(open.toLine(), QByteArray("{\"cmd\":\"open\",\"id\":12}\n"));
    QString error;
    const auto back = parseInstanceRequest(open.toLine(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->command, InstanceRequest::Command::Open);
    QCOMPARE(back->itemId, qint64(12));

    for (const QByteArray &bad : {QByteArray("{\"cmd\":\"open\"}"), QByteArray("{\"cmd\":\"open\",\"id\":0}"),
                                  QByteArray("{\"cmd\":\"open\",\"id\":-3}"), QByteArray("{\"cmd\":\"open\",\"id\":1.5}"),
                                  QByteArray("{\"cmd\":\"open\",\"id\":\"12\"}"),
                                  QByteArray("{\"cmd\":\"open\",\"id\":9007199254740994}")}) {
        error.clear();
        QVERIFY2(!parseInstanceRequest(bad, &error), bad.constData());
        QVERIFY2(error.contains(QLatin1String("\"id\"")), qPrintable(error));
    }
}

#include "tst_instancerequest.moc"
