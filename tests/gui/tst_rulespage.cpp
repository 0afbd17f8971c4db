// Preferences ▸ Rules (issue 14): the rules editor. A rule typed into the form changes the live
// preview; Apply moves exactly the items the preview named and Undo puts back their tier,
// reason, policy and due; a rule's checkbox and the order change the preview and what OK
// saves; an invalid regular expression disables OK and Apply and says why; Export… and
// Import… round-trip the rules and a broken file changes nothing.

#include "inboxfixture.h"
#include "mainwindow.h"
#include "settings/preferencesdialog.h"
#include "settings/focuspage.h"
#include "settings/rules/conditionrow.h"
#include "settings/rules/ruleform.h"
#include "settings/rules/rulelistwidget.h"
#include "settings/rules/rulepreviewpanel.h"
#include "settings/rules/rulespage.h"
#include "triage/retiercommand.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace fi;
using namespace fitest;

namespace {

QJsonArray rulesJson(const char *json)
{
    const QJsonArray rules = QJsonDocument::fromJson(QByteArray(json)).array();
    Q_ASSERT(!rules.isEmpty());
    return rules;
}

/// Everything mail to me goes to Async, the rest to Reference: the fixture's items already
/// sit where these rules put them (no tier moves).
const char *const kBaseRules = R"([
    {"name": "to-me", "tier": "async", "when": {"recipient": "to-me"}},
    {"name": "rest", "tier": "reference", "comment": "everything else"}
])";

QString trPage(const char *text, int n)
{
    return QCoreApplication::translate("fi::RulesPage", text, nullptr, n);
}

} // namespace

/// Where an item sits: compared before and after apply and undo.
struct Placement {
    Tier tier = Tier::Async;
    QString reason;
    QString policy;
    std::optional<qint64> due;
    bool operator==(const Placement &) const = default;
};

class TestRulesPage : public QObject {
    Q_OBJECT

    qint64 m_now = QDateTime::currentMSecsSinceEpoch();
    std::unique_ptr<InboxFixture> m_f;
    qint64 m_outage = 0, m_lunch = 0, m_manual = 0, m_newsletter = 0, m_done = 0;

    AppConfig config(const char *rules = kBaseRules) const
    {
        AppConfig c;
        c.myAddresses = {QStringLiteral("me@example.org")};
        QStringList errors;
        c.rules = RuleSet::fromJson(rulesJson(rules), &errors);
        Q_ASSERT(errors.isEmpty());
        return c;
    }

    QMap<qint64, Placement> placements() const
    {
        QMap<qint64, Placement> out;
        ItemQuery query;
        query.states = ItemQuery::States::All;
        for (const Item &item : m_f->store->items(query))
            out.insert(item.id, {item.tier, item.tierReason, item.policy, item.dueMs});
        return out;
    }

    static QSet<qint64> movedBetween(const QMap<qint64, Placement> &before, const QMap<qint64, Placement> &after)
    {
        QSet<qint64> out;
        for (auto it = before.begin(); it != before.end(); ++it)
            if (after.value(it.key()).tier != it->tier)
                out.insert(it.key());
        return out;
    }

    static QSet<qint64> previewIds(const RulesPage *page)
    {
        QSet<qint64> out;
        const QListWidget *list = page->previewPanel()->movesList();
        for (int row = 0; row < list->count(); ++row)
            out.insert(list->item(row)->data(Qt::UserRole).toLongLong());
        return out;
    }

    /// Waits until the preview that the last edit scheduled is shown.
    static bool previewSettled(const RulesPage *page)
    {
        return QTest::qWaitFor([page] { return !page->previewPanel()->isPending(); }, 10000);
    }

    /// Add, then type the rule "Incident keywords": subject contains "outage" → Now.
    static void typeIncidentRule(RulesPage *page)
    {
        QTest::mouseClick(page->ruleList()->addButton(), Qt::LeftButton);
        QCOMPARE(page->ruleList()->currentRow(), 0);
        RuleForm *form = page->form();
        QVERIFY(form->nameEdit()->hasFocus() || !QApplication::activeWindow());
        form->nameEdit()->selectAll();
        QTest::keyClicks(form->nameEdit(), QStringLiteral("Incident keywords"));
        QCOMPARE(form->conditionRows().size(), 1);
        ConditionRow *row = form->conditionRows().first();
        QCOMPARE(row->fieldBox()->currentData().toString(), QStringLiteral("subject"));
        QCOMPARE(row->opBox()->currentData().toString(), QStringLiteral("contains"));
        QVERIFY(!page->isValid());  // an empty value is not a condition yet
        QTest::keyClicks(row->valueEdit(), QStringLiteral("outage"));
        form->tierBox()->setCurrentIndex(form->tierBox()->findData(int(Tier::Now)));
        QVERIFY2(page->isValid(), qPrintable(page->problemText()));
    }

    /// The open (visible) message box named @p name that @p page shows; closed ones may not be
    /// deleted yet.
    static QMessageBox *openBox(const QWidget *page, const QString &name)
    {
        for (QMessageBox *box : page->findChildren<QMessageBox *>(name))
            if (box->isVisible())
                return box;
        return nullptr;
    }

    PreferencesDialog *openPreferences(MainWindow &window)
    {
        window.showPreferences();
        auto *dialog = window.findChild<PreferencesDialog *>();
        if (dialog)
            dialog->showPage(QStringLiteral("rules"));
        return dialog;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_f = std::make_unique<InboxFixture>();
        QVERIFY(m_f->open());
        Item outage = makeItem(QStringLiteral("o"), QStringLiteral("Olga Ops"), QStringLiteral("Payments outage in eu-west"),
                               Tier::Async, m_now - 2 * kHour, m_now + 2 * kHour);
        outage.tierReason = QStringLiteral("to-me");
        Item lunch = makeItem(QStringLiteral("l"), QStringLiteral("Bruno Lima"), QStringLiteral("Lunch?"), Tier::Async,
                              m_now - kHour, m_now + 3 * kHour);
        lunch.tierReason = QStringLiteral("to-me");
        Item manual = makeItem(QStringLiteral("m"), QStringLiteral("Mara Reis"), QStringLiteral("Outage drill next week"),
                               Tier::Reference, m_now - kHour, std::nullopt);
        manual.tierReason = QStringLiteral("manual");
        Item newsletter = makeItem(QStringLiteral("n"), QStringLiteral("News Desk"),
                                   QStringLiteral("Weekly digest: the great outage of 1998"), Tier::Reference,
                                   m_now - 4 * kHour, std::nullopt);
        newsletter.record.to = {{QStringLiteral("Readers"), QStringLiteral("readers@news.example")}};
        newsletter.tierReason = QStringLiteral("rest");
        Item done = makeItem(QStringLiteral("d"), QStringLiteral("Dora Dias"), QStringLiteral("Outage closed"),
                             Tier::Reference, m_now - 3 * kHour, std::nullopt);
        done.state = ItemState::Done;
        done.doneMs = m_now - kHour;
        QVERIFY(m_f->add({outage, lunch, manual, newsletter, done}));
        m_outage = m_f->idOf(QStringLiteral("o"));
        m_lunch = m_f->idOf(QStringLiteral("l"));
        m_manual = m_f->idOf(QStringLiteral("m"));
        m_newsletter = m_f->idOf(QStringLiteral("n"));
        m_done = m_f->idOf(QStringLiteral("d"));
        QVERIFY(m_outage && m_lunch && m_manual && m_newsletter && m_done);
    }

    void cleanup() { m_f.reset(); }

    /// The base rules leave every item where it is: nothing to move.
    void previewOfUnchangedRulesIsEmpty()
    {
        RulesPage page(config(), m_f->store.get());
        QVERIFY(page.previewPanel()->isPending());
        // Hidden (another Preferences tab): the store is not scanned until the page shows.
        QTest::qWait(RulePreviewPanel::kDelayMs + 200);
        QVERIFY(page.previewPanel()->isPending());
        QCOMPARE(page.previewPanel()->preview().scanned, 0);
        page.show();
        QVERIFY(previewSettled(&page));
        QCOMPARE(page.previewPanel()->preview().scanned, 4);  // open and snoozed items, not the done one
        QCOMPARE(page.previewPanel()->preview().moveCount, 0);
        QCOMPARE(page.previewPanel()->movesList()->count(), 0);
        // The dues the fixture made up differ from what the policies compute: those items would
        // be re-labelled, not moved.
        QVERIFY2(page.previewPanel()->summaryLabel()->text().startsWith(QCoreApplication::translate(
                     "fi::RulePreviewPanel", "These rules would move %n stored item(s).", nullptr, 0)),
                 qPrintable(page.previewPanel()->summaryLabel()->text()));
        QCOMPARE(page.ruleList()->names(), (QStringList{QStringLiteral("to-me"), QStringLiteral("rest")}));
        QVERIFY(page.isValid());
    }

    /// A rule typed into the form: the preview names the outage mail (not the done one, not the
    /// one moved by hand unless asked, not the newsletter that reaches "rest"… it does reach the
    /// new rule first: it says "outage" too).
    void typedRulePreviewsExactlyItsItems()
    {
        RulesPage page(config(), m_f->store.get());
        page.show();
        QVERIFY(previewSettled(&page));
        typeIncidentRule(&page);
        QVERIFY(page.previewPanel()->isPending());  // 300 ms after the last edit
        QVERIFY(previewSettled(&page));
        QCOMPARE(previewIds(&page), (QSet<qint64>{m_outage, m_newsletter}));
        QCOMPARE(page.previewPanel()->preview().moveCount, 2);
        const QListWidget *moves = page.previewPanel()->movesList();
        QStringList rows;
        for (int i = 0; i < moves->count(); ++i)
            rows << moves->item(i)->text();
        QVERIFY2(rows.contains(QStringLiteral("Payments outage in eu-west — Async → Now — Incident keywords")),
                 qPrintable(rows.join(u'\n')));
        QVERIFY2(rows.contains(QStringLiteral("Weekly digest: the great outage of 1998 — Reference → Now — Incident keywords")),
                 qPrintable(rows.join(u'\n')));

        // Items moved by hand only when asked.
        page.previewPanel()->includeManualBox()->click();
        QVERIFY(previewSettled(&page));
        QCOMPARE(previewIds(&page), (QSet<qint64>{m_outage, m_newsletter, m_manual}));
        page.previewPanel()->includeManualBox()->click();
        QVERIFY(previewSettled(&page));
        QCOMPARE(previewIds(&page), (QSet<qint64>{m_outage, m_newsletter}));

        // "Match all" with a second condition narrows it: recipients must contain "me@".
        QTest::mouseClick(page.form()->addConditionButton(), Qt::LeftButton);
        ConditionRow *second = page.form()->conditionRows().at(1);
        second->fieldBox()->setCurrentIndex(second->fieldBox()->findData(QStringLiteral("recipients")));
        QTest::keyClicks(second->valueEdit(), QStringLiteral("me@example.org"));
        QVERIFY(previewSettled(&page));
        QCOMPARE(previewIds(&page), (QSet<qint64>{m_outage}));
        const QJsonObject when = page.rulesJson().at(0).toObject().value(QLatin1String("when")).toObject();
        QCOMPARE(when.value(QLatin1String("conditions")).toArray().size(), 2);
        QVERIFY(!when.contains(QLatin1String("match")));  // "all" is the default
        page.form()->matchBox()->setCurrentIndex(page.form()->matchBox()->findData(QStringLiteral("any")));
        QVERIFY(previewSettled(&page));
        QCOMPARE(previewIds(&page), (QSet<qint64>{m_outage, m_newsletter, m_lunch}));
        QCOMPARE(page.rulesJson().at(0).toObject().value(QLatin1String("when")).toObject().value(QLatin1String("match")),
                 QJsonValue(QStringLiteral("any")));
    }

    /// Apply through the main window: the rules are saved (preferencesChanged), exactly the
    /// previewed items move, and Undo apply — and Edit ▸ Undo — put them back as they were.
    void applyMovesThePreviewAndUndoRestores()
    {
        MainWindow window(m_f->store.get());
        window.setAppConfig(config());
        QCOMPARE(window.appConfig().rules.names(), config().rules.names());
        window.show();
        PreferencesDialog *dialog = openPreferences(window);
        QVERIFY(dialog);
        RulesPage *page = dialog->rulesPage();
        QVERIFY(page);
        QVERIFY(previewSettled(page));
        typeIncidentRule(page);
        QVERIFY(previewSettled(page));
        const QSet<qint64> previewed = previewIds(page);
        QCOMPARE(previewed, (QSet<qint64>{m_outage, m_newsletter}));
        QVERIFY(page->applyButton()->isEnabled());
        QVERIFY(!page->undoButton()->isEnabled());

        const QMap<qint64, Placement> before = placements();
        QSignalSpy saved(&window, &MainWindow::preferencesChanged);
        QTest::mouseClick(page->applyButton(), Qt::LeftButton);
        QCOMPARE(saved.size(), 1);
        const AppConfig savedConfig = saved.first().first().value<AppConfig>();
        QCOMPARE(savedConfig.rules.names(),
                 (QStringList{QStringLiteral("Incident keywords"), QStringLiteral("to-me"), QStringLiteral("rest")}));
        QCOMPARE(window.appConfig().rules.names(), savedConfig.rules.names());
        QCOMPARE(window.undoStack()->count(), 1);
        QCOMPARE(window.undoStack()->text(0), QStringLiteral("Apply rules to stored items"));
        QTRY_COMPARE(page->statusLabel()->text(), trPage("Moved %n item(s).", 2));

        const QMap<qint64, Placement> after = placements();
        QCOMPARE(movedBetween(before, after), previewed);
        const auto *command = static_cast<const RetierCommand *>(window.undoStack()->command(0));
        QSet<qint64> batchMoves;
        for (const TierChange &change : command->future().result().changes)
            if (change.moves())
                batchMoves.insert(change.itemId);
        QCOMPARE(batchMoves, previewed);
        QCOMPARE(after.value(m_outage).tier, Tier::Now);
        QCOMPARE(after.value(m_outage).reason, QStringLiteral("Incident keywords"));
        QCOMPARE(after.value(m_outage).policy, QStringLiteral("tier3-default"));
        QVERIFY(after.value(m_outage).due.has_value());
        QCOMPARE(after.value(m_manual), before.value(m_manual));  // moved by hand: stays
        QCOMPARE(after.value(m_done), before.value(m_done));
        // The preview follows the store: nothing left to move.
        QVERIFY(previewSettled(page));
        QTRY_COMPARE(page->previewPanel()->preview().moveCount, 0);

        // Undo apply: tiers, reasons, policies and dues as before.
        QVERIFY(page->undoButton()->isEnabled());
        QTest::mouseClick(page->undoButton(), Qt::LeftButton);
        QTRY_COMPARE(page->statusLabel()->text(), trPage("Apply undone: %n item(s) back where they were.", 2));
        m_f->store->flush();
        QCOMPARE(placements(), before);
        QVERIFY(!page->undoButton()->isEnabled());
        QCOMPARE(window.undoStack()->index(), 0);

        // Edit ▸ Redo applies again, Edit ▸ Undo (the window's stack) takes it back again.
        window.undoStack()->redo();
        m_f->store->flush();
        QCOMPARE(movedBetween(before, placements()), previewed);
        window.undoStack()->undo();
        m_f->store->flush();
        QCOMPARE(placements(), before);
        dialog->reject();
    }

    /// The command on its own: an apply that changes nothing is undone without touching an
    /// older batch.
    void emptyApplyUndoesNothingElse()
    {
        QUndoStack stack;
        stack.push(new RetierCommand(m_f->store.get(), RetierPlanner(config(R"([
            {"name": "everything-now", "tier": "now"}])"), m_f->store->sources())));
        m_f->store->flush();
        const QMap<qint64, Placement> moved = placements();
        QCOMPARE(moved.value(m_lunch).tier, Tier::Now);
        stack.push(new RetierCommand(m_f->store.get(), RetierPlanner(config(R"([
            {"name": "everything-now", "tier": "now"}])"), m_f->store->sources())));
        stack.undo();  // the second batch was empty: the first stays applied
        m_f->store->flush();
        QCOMPARE(placements(), moved);
        stack.undo();
        m_f->store->flush();
        QCOMPARE(placements().value(m_lunch).tier, Tier::Async);
    }

    /// Unticking a rule turns it off: the preview changes and OK saves "enabled": false.
    void checkboxDisablesARule()
    {
        RulesPage page(config(R"([
            {"name": "Incident keywords", "tier": "now",
             "when": {"conditions": [{"field": "subject", "op": "contains", "value": "outage"}]}},
            {"name": "to-me", "tier": "async", "when": {"recipient": "to-me"}},
            {"name": "rest", "tier": "reference"}])"), m_f->store.get());
        page.show();
        QVERIFY2(page.isValid(), qPrintable(page.problemText()));
        QVERIFY(previewSettled(&page));
        QCOMPARE(previewIds(&page), (QSet<qint64>{m_outage, m_newsletter}));
        QListWidget *list = page.ruleList()->listWidget();
        QCOMPARE(list->item(0)->checkState(), Qt::Checked);
        QSignalSpy changed(&page, &RulesPage::changed);
        list->item(0)->setCheckState(Qt::Unchecked);  // what a click on the box does
        QVERIFY(!changed.isEmpty());
        QVERIFY(previewSettled(&page));
        QCOMPARE(previewIds(&page), QSet<qint64>{});
        QCOMPARE(page.rulesJson().at(0).toObject().value(QLatin1String("enabled")), QJsonValue(false));
        const AppConfig saved = page.applyTo(AppConfig());
        QCOMPARE(saved.rules.size(), 3);
        QCOMPARE(saved.rules.toJson().at(0).toObject().value(QLatin1String("enabled")), QJsonValue(false));
        list->item(0)->setCheckState(Qt::Checked);
        QVERIFY(previewSettled(&page));
        QCOMPARE(previewIds(&page), (QSet<qint64>{m_outage, m_newsletter}));
        QVERIFY(!page.rulesJson().at(0).toObject().contains(QLatin1String("enabled")));
    }

    /// First match wins: Move up / Move down and dragging reorder, the preview follows and
    /// applyTo() returns the new order.
    void reorderChangesPreviewAndOrder()
    {
        RulesPage page(config(R"([
            {"name": "to-me", "tier": "async", "when": {"recipient": "to-me"}},
            {"name": "Incident keywords", "tier": "now",
             "when": {"conditions": [{"field": "subject", "op": "contains", "value": "outage"}]}},
            {"name": "rest", "tier": "reference"}])"), m_f->store.get());
        page.show();
        QVERIFY(previewSettled(&page));
        QCOMPARE(previewIds(&page), QSet<qint64>{m_newsletter});  // mail to me stops at "to-me"
        RuleListWidget *list = page.ruleList();
        list->setCurrentRow(1);
        QCOMPARE(page.form()->nameEdit()->text(), QStringLiteral("Incident keywords"));
        QVERIFY(list->upButton()->isEnabled());
        QTest::mouseClick(list->upButton(), Qt::LeftButton);
        QCOMPARE(list->currentRow(), 0);
        QVERIFY(!list->upButton()->isEnabled());
        QCOMPARE(page.applyTo(AppConfig()).rules.names(),
                 (QStringList{QStringLiteral("Incident keywords"), QStringLiteral("to-me"), QStringLiteral("rest")}));
        QVERIFY(previewSettled(&page));
        QCOMPARE(previewIds(&page), (QSet<qint64>{m_outage, m_newsletter}));
        // The form still edits the moved rule.
        QCOMPARE(page.form()->nameEdit()->text(), QStringLiteral("Incident keywords"));

        // A drop moves the row in the list's model (QListWidget, InternalMove): "rest" to the top.
        QSignalSpy changed(&page, &RulesPage::changed);
        QVERIFY(list->listWidget()->model()->moveRow(QModelIndex(), 2, QModelIndex(), 0));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(page.applyTo(AppConfig()).rules.names(),
                 (QStringList{QStringLiteral("rest"), QStringLiteral("Incident keywords"), QStringLiteral("to-me")}));
        QVERIFY(previewSettled(&page));
        // "rest" (no conditions) now places every mail in Reference.
        QCOMPARE(previewIds(&page), (QSet<qint64>{m_outage, m_lunch}));
        // Move down from the keyboard's buttons.
        list->setCurrentRow(0);
        QTest::mouseClick(list->downButton(), Qt::LeftButton);
        QTest::mouseClick(list->downButton(), Qt::LeftButton);
        QCOMPARE(page.applyTo(AppConfig()).rules.names(),
                 (QStringList{QStringLiteral("Incident keywords"), QStringLiteral("to-me"), QStringLiteral("rest")}));
    }

    /// An invalid regular expression: the row says why, the rule is marked, OK and Apply are
    /// disabled until it is fixed.
    void invalidRegexDisablesOkAndApply()
    {
        AppConfig start = config(R"([
            {"name": "Incident keywords", "tier": "now",
             "when": {"conditions": [{"field": "subject", "op": "contains", "value": "outage"}]}},
            {"name": "rest", "tier": "reference"}])");
        // The Focus page refuses a system zone Qt does not list (a container's "Etc/UTC"): name one.
        start.focus.schedule = FocusSchedule(QTimeZone(QByteArrayLiteral("Europe/Berlin")));
        PreferencesDialog dialog(start);
        dialog.setStore(m_f->store.get());
        dialog.showPage(QStringLiteral("rules"));
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        RulesPage *page = dialog.rulesPage();
        QVERIFY2(dialog.focusPage()->isValid(), qPrintable(dialog.focusPage()->problemText()));
        QVERIFY(ok->isEnabled());
        QVERIFY(page->applyButton()->isEnabled());
        page->ruleList()->setCurrentRow(0);
        ConditionRow *row = page->form()->conditionRows().first();
        row->opBox()->setCurrentIndex(row->opBox()->findData(QStringLiteral("matches")));
        QTest::keyClicks(row->valueEdit(), QStringLiteral("(eu-west"));  // "outage(eu-west": unbalanced
        QVERIFY(!page->isValid());
        QVERIFY(!ok->isEnabled());
        QVERIFY(!page->applyButton()->isEnabled());
        QVERIFY(!page->exportButton()->isEnabled());
        QVERIFY(row->problemLabel()->isVisibleTo(page));
        QVERIFY2(row->problemLabel()->text().startsWith(QStringLiteral("Invalid regular expression: missing closing parenthesis")),
                 qPrintable(row->problemLabel()->text()));
        QCOMPARE(row->problemLabel()->textFormat(), Qt::PlainText);
        QVERIFY(!page->problemLabel()->text().isEmpty());
        QVERIFY(page->problemLabel()->isVisibleTo(page));
        QVERIFY(!page->ruleList()->listWidget()->item(0)->icon().isNull());  // marked in the list
        QTest::keyClick(row->valueEdit(), Qt::Key_ParenRight);
        QVERIFY2(page->isValid(), qPrintable(page->problemText()));
        QVERIFY(ok->isEnabled());
        QVERIFY(page->applyButton()->isEnabled());
        QVERIFY(!row->problemLabel()->isVisibleTo(page));
        QVERIFY(page->ruleList()->listWidget()->item(0)->icon().isNull());
        QCOMPARE(dialog.config().rules.toJson().at(0).toObject().value(QLatin1String("when")).toObject()
                     .value(QLatin1String("conditions")).toArray().at(0).toObject().value(QLatin1String("value")),
                 QJsonValue(QStringLiteral("outage(eu-west)")));

        // A duplicate name is refused as you type, too.
        page->ruleList()->setCurrentRow(1);
        page->form()->nameEdit()->selectAll();
        QTest::keyClicks(page->form()->nameEdit(), QStringLiteral("Incident keywords"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(page->form()->nameProblemLabel()->isVisibleTo(page));
        QTest::keyClick(page->form()->nameEdit(), Qt::Key_2);
        QVERIFY(ok->isEnabled());
    }

    /// Keys of "when" the form cannot show stay as they are and are described read-only.
    void keysTheFormCannotShowAreKept()
    {
        RulesPage page(config(R"([
            {"name": "oncall", "tier": "now", "policy": "review-request", "notify": false, "comment": "pager",
             "when": {"headers": [{"name": "list-id", "matches": "oncall\\.example"}], "subject": "sev 1|outage",
                      "conditions": [{"field": "github.reason", "op": "one-of", "value": ["mention", "assign"]}]}}])"),
                       nullptr);
        RuleForm *form = page.form();
        QCOMPARE(form->conditionRows().size(), 1);
        ConditionRow *row = form->conditionRows().first();
        QCOMPARE(row->fieldBox()->currentData().toString(), QStringLiteral("attribute"));
        QCOMPARE(row->keyEdit()->text(), QStringLiteral("github.reason"));
        QCOMPARE(row->valueEdit()->text(), QStringLiteral("mention, assign"));
        QCOMPARE(form->policyBox()->currentData().toString(), QStringLiteral("review-request"));
        QVERIFY(form->skipNotificationsBox()->isChecked());
        const QString also = form->alsoRequiresLabel()->text();
        QVERIFY2(also.contains(QStringLiteral("list-id")) && also.contains(QStringLiteral("sev 1")), qPrintable(also));
        QVERIFY(!also.contains(QStringLiteral("github.reason")));  // that one is a row
        for (const QLabel *label : page.findChildren<QLabel *>())
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->text()));

        QTest::keyClicks(row->valueEdit(), QStringLiteral(", review_requested"));
        form->skipNotificationsBox()->click();
        form->policyBox()->setCurrentIndex(form->policyBox()->findData(QStringLiteral("none")));
        const QJsonObject rule = page.rulesJson().at(0).toObject();
        const QJsonObject when = rule.value(QLatin1String("when")).toObject();
        QCOMPARE(when.value(QLatin1String("headers")),
                 QJsonDocument::fromJson(R"([{"name": "list-id", "matches": "oncall\\.example"}])").array());
        QCOMPARE(when.value(QLatin1String("subject")), QJsonValue(QStringLiteral("sev 1|outage")));
        QCOMPARE(when.value(QLatin1String("conditions")).toArray().at(0).toObject().value(QLatin1String("value")),
                 QJsonValue(QJsonArray{QStringLiteral("mention"), QStringLiteral("assign"), QStringLiteral("review_requested")}));
        QCOMPARE(rule.value(QLatin1String("comment")), QJsonValue(QStringLiteral("pager")));
        QCOMPARE(rule.value(QLatin1String("policy")), QJsonValue(QStringLiteral("none")));
        QVERIFY(!rule.contains(QLatin1String("notify")));
        QCOMPARE(rule.value(QLatin1String("tier")), QJsonValue(QStringLiteral("now")));
        QVERIFY(page.isValid());
        // No store: no preview, no Apply.
        QVERIFY(!page.applyButton()->isEnabled());
        QVERIFY(!page.previewPanel()->isPending());
    }

    /// Export writes the rules as config.json's "rules" array; Import reads it back (after
    /// confirming) into another page: the same rules. A broken file changes nothing and says why.
    void exportImportRoundTrip()
    {
        const AppConfig original = config(R"([
            {"name": "Incident keywords", "tier": "now", "notify": false,
             "when": {"match": "any", "conditions": [{"field": "subject", "op": "contains", "value": "outage"},
                                                     {"field": "subject", "op": "matches", "value": "^sev ?[01]\\b"}]}},
            {"name": "to-me", "tier": 2, "enabled": false, "when": {"recipient": "to-me"}},
            {"name": "rest", "tier": "reference", "comment": "everything else"}])");
        RulesPage source(original, nullptr);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rules.json"));
        QString error;
        QVERIFY2(source.exportRules(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonDocument written = QJsonDocument::fromJson(file.readAll());
        QVERIFY(written.isArray());
        QCOMPARE(written.array(), original.rules.toJson());

        RulesPage target(AppConfig(), nullptr);  // the built-in rules
        const QJsonArray builtIn = target.rulesJson();
        QCOMPARE(builtIn, RuleSet::defaults().toJson());
        target.importRules(path);
        auto *confirm = openBox(&target, QStringLiteral("rulesImportConfirm"));
        QVERIFY(confirm);
        QCOMPARE(target.rulesJson(), builtIn);  // nothing before Yes
        confirm->button(QMessageBox::Yes)->click();
        QCOMPARE(target.rulesJson(), original.rules.toJson());
        QCOMPARE(target.applyTo(AppConfig()).rules.toJson(), original.rules.toJson());
        QCOMPARE(target.ruleList()->listWidget()->item(1)->checkState(), Qt::Unchecked);

        // A whole config.json is accepted too ("rules" key); "No" keeps the list.
        const QString configPath = dir.filePath(QStringLiteral("config.json"));
        QFile configFile(configPath);
        QVERIFY(configFile.open(QIODevice::WriteOnly));
        configFile.write(QJsonDocument(QJsonObject{{QStringLiteral("me"), QJsonArray{QStringLiteral("a@b.c")}},
                                                   {QStringLiteral("rules"), builtIn}}).toJson());
        configFile.close();
        target.importRules(configPath);
        confirm = openBox(&target, QStringLiteral("rulesImportConfirm"));
        QVERIFY(confirm);
        confirm->button(QMessageBox::No)->click();
        QCOMPARE(target.rulesJson(), original.rules.toJson());
        target.importRules(configPath);
        confirm = openBox(&target, QStringLiteral("rulesImportConfirm"));
        QVERIFY(confirm);
        confirm->button(QMessageBox::Yes)->click();
        QCOMPARE(target.rulesJson(), builtIn);

        // Broken rules: every mistake is named, nothing changes.
        const QString brokenPath = dir.filePath(QStringLiteral("broken.json"));
        QFile broken(brokenPath);
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("[{\"name\": \"x\", \"tier\": 5},"
                     " {\"name\": \"ok\", \"tier\": \"now\"},"
                     " {\"name\": \"y\", \"tier\": \"now\", \"when\": {\"conditions\":"
                     " [{\"field\": \"subject\", \"op\": \"matches\", \"value\": \"(\"}]}}]");
        broken.close();
        target.importRules(brokenPath);
        QVERIFY(!openBox(&target, QStringLiteral("rulesImportConfirm")));
        auto *message = openBox(&target, QStringLiteral("rulesMessage"));
        QVERIFY(message);
        QCOMPARE(message->textFormat(), Qt::PlainText);
        QVERIFY2(message->text().contains(QStringLiteral("Rule 0 (\"x\")")) && message->text().contains(QStringLiteral("Rule 2 (\"y\")"))
                     && message->text().contains(QStringLiteral("invalid regular expression")),
                 qPrintable(message->text()));
        QCOMPARE(target.rulesJson(), builtIn);
        message->close();
        QApplication::processEvents();

        // Not JSON at all.
        QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
        broken.write("[{\"name\": ");
        broken.close();
        target.importRules(brokenPath);
        message = openBox(&target, QStringLiteral("rulesMessage"));
        QVERIFY(message);
        QVERIFY2(message->text().contains(QStringLiteral("not valid JSON")), qPrintable(message->text()));
        QCOMPARE(target.rulesJson(), builtIn);
    }
};

QTEST_MAIN(TestRulesPage)
#include "tst_rulespage.moc"
