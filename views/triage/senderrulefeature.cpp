#include "triage/senderrulefeature.h"

#include "mainactions.h"
#include "mainwindow.h"
#include "plaintext.h"
#include "storage/itemstore.h"
#include "triage/retiercommand.h"
#include "triage/retierplan.h"
#include "triage/screener.h"

#include <QAction>
#include <QJsonArray>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStatusBar>
#include <QUndoStack>

namespace fi {

namespace {
constexpr int kStatusMessageMs = 10000;
}

SenderRuleFeature::SenderRuleFeature(MainWindow &window, ItemStore *store) : QObject(&window), m_window(window), m_store(store)
{
    setObjectName(QStringLiteral("senderRuleFeature"));
    const MainActions &a = window.actions();
    const std::pair<QAction *, ScreenerDecision> senders[] = {
        {a.senderNow, ScreenerDecision::Now}, {a.senderAsync, ScreenerDecision::Async},
        {a.senderReference, ScreenerDecision::Reference}};
    for (const auto &[action, decision] : senders)
        connect(action, &QAction::triggered, this, [this, decision = decision] {
            const std::optional<Item> item = m_window.currentItem();
            const std::optional<SourceConfig> source = item ? m_store->source(item->sourceId) : std::nullopt;
            if (!item || !source || screenerSender(*item).isEmpty())
                return;
            offer(senderRule(screenerSender(*item), source->kind, decision), screenerSender(*item));
        });
    connect(a.listNeverNow, &QAction::triggered, this, [this] {
        const std::optional<Item> item = m_window.currentItem();
        if (!item || listIdOf(*item).isEmpty())
            return;
        offer(listRule(listIdOf(*item)), listIdOf(*item));
    });
}

QJsonObject SenderRuleFeature::listRule(const QString &listId)
{
    return QJsonObject{{QStringLiteral("name"), QStringLiteral("List %1: never Now").arg(listId)},
                       {QStringLiteral("tier"), 2},
                       {QStringLiteral("when"),
                        QJsonObject{{QStringLiteral("conditions"),
                                     QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("list")},
                                                            {QStringLiteral("op"), QStringLiteral("contains")},
                                                            {QStringLiteral("value"), listId}}}}}}};
}

QString SenderRuleFeature::listIdOf(const Item &item)
{
    const QString header = item.record.headers.value(QStringLiteral("list-id")).trimmed();
    // RFC 2919: List-Id: phrase <list-label.domain>
    static const QRegularExpression angle(QStringLiteral("<([^<>\\s]+)>"));
    const QRegularExpressionMatch m = angle.match(header);
    return (m.hasMatch() ? m.captured(1) : header).toLower();
}

void SenderRuleFeature::update()
{
    const std::optional<Item> item = m_window.currentItem();
    const MainActions &a = m_window.actions();
    const bool sender = item && !screenerSender(*item).isEmpty();
    for (QAction *action : {a.senderNow, a.senderAsync, a.senderReference})
        action->setEnabled(sender);
    a.listNeverNow->setEnabled(item && !listIdOf(*item).isEmpty());
}

void SenderRuleFeature::offer(const QJsonObject &rule, const QString &what)
{
    const QString name = rule.value(QStringLiteral("name")).toString();
    QJsonArray rules{rule};
    for (const QJsonValue &existing : m_window.appConfig().rules.toJson())
        if (existing.toObject().value(QStringLiteral("name")).toString() != name)
            rules.append(existing);
    QStringList errors;
    AppConfig config = m_window.appConfig();
    config.rules = RuleSet::fromJson(rules, &errors);
    if (!errors.isEmpty()) {
        plainMessageBox(&m_window, QMessageBox::Warning, tr("Make a rule"), errors.join(QLatin1Char('\n')));
        return;
    }
    // Only the items this rule places: other differences between the rules and the stored
    // items are Preferences ▸ Rules' "Apply to stored items", not this rule's.
    const RetierPlanner all(config, m_store->sources());
    const RetierPlanner planner = all.only([all, name](const Item &item) {
        const std::optional<TierPlacement> placement = all.placement(item);
        return placement && placement->reason == name;
    });
    const RetierPreview preview = planner.preview(*m_store, 0);
    const Tier tier = Tier(rule.value(QStringLiteral("tier")).toInt());
    QMessageBox box(QMessageBox::Question, tr("Make a rule"),
                    tr("The rule \"%1\" puts %2 in %3, for new items from now on.").arg(name, what, tierDisplayName(tier)),
                    QMessageBox::Cancel, &m_window);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(tr("It would move %n stored item(s) to another tier.", nullptr, preview.moveCount));
    QPushButton *apply = preview.moveCount > 0 ? box.addButton(tr("Add the rule and move them"), QMessageBox::AcceptRole)
                                               : nullptr;
    QPushButton *add = box.addButton(preview.moveCount > 0 ? tr("Only for new items") : tr("Add the rule"),
                                     QMessageBox::AcceptRole);
    box.setDefaultButton(apply ? apply : add);
    box.exec();
    if (box.clickedButton() != apply && box.clickedButton() != add)
        return;
    m_window.setAppConfig(config);
    Q_EMIT m_window.preferencesChanged(config);  // saved to config.json, used for new items
    if (box.clickedButton() == apply) {
        m_window.undoStack()->push(new RetierCommand(m_store, planner));
        m_window.statusBar()->showMessage(
            tr("Rule \"%1\" added; %n item(s) moved — press U to undo the move", nullptr, preview.moveCount).arg(name),
            kStatusMessageMs);
    } else {
        m_window.statusBar()->showMessage(tr("Rule \"%1\" added for new items").arg(name), kStatusMessageMs);
    }
}

} // namespace fi
