#include "triage/screenerfeature.h"

#include "mainactions.h"
#include "mainwindow.h"
#include "sourcelistview.h"
#include "sources/sourceregistry.h"
#include "storage/itemstore.h"
#include "tiersidebar.h"
#include "triage/retierplan.h"

#include "plaintext.h"

#include <QAction>
#include <QBoxLayout>
#include <QLabel>
#include <QSet>
#include <QStatusBar>

namespace fi {

namespace {
constexpr int kStatusMessageMs = 10000;

QString decisionName(ScreenerDecision decision)
{
    switch (decision) {
    case ScreenerDecision::Now: return tierDisplayName(Tier::Now);
    case ScreenerDecision::Async: return tierDisplayName(Tier::Async);
    case ScreenerDecision::Reference: return tierDisplayName(Tier::Reference);
    case ScreenerDecision::Block: return ScreenerFeature::tr("Blocked");
    }
    return {};
}
} // namespace

ScreenerFeature::ScreenerFeature(MainWindow &window, ItemStore *store) : QObject(&window), m_window(window), m_store(store)
{
    setObjectName(QStringLiteral("screenerFeature"));
    connect(window.actions().screenerBlock, &QAction::triggered, this, [this] { decide(ScreenerDecision::Block); });
    // Per source: on by default for mail, off from the source list's context menu.
    SourceListView *sources = window.sidebar()->sourceList();
    sources->setScreenerState([store](qint64 sourceId) -> std::optional<bool> {
        const std::optional<SourceConfig> source = store->source(sourceId);
        const SourceKind *kind = source ? SourceRegistry::instance().kind(source->kind) : nullptr;
        if (!kind || !kind->has(SourceKind::Capability::Mail) || source->sample)
            return std::nullopt;
        return screensNewSenders(*source, true);
    });
    connect(sources, &SourceListView::screenerToggled, this, [store](qint64 sourceId, bool on) {
        std::optional<SourceConfig> source = store->source(sourceId);
        if (!source)
            return;
        source->settings.insert(QStringLiteral("screener"), on);
        store->updateSource(*source);
    });
}

bool ScreenerFeature::isActive() const
{
    return m_window.inboxModel()->view() == InboxView::NewSenders && m_window.inboxModel()->search().trimmed().isEmpty();
}

void ScreenerFeature::installHint(QBoxLayout *listColumn, QWidget *list)
{
    m_hint = new QLabel(tr("New senders wait here until you decide. Press 3 for Now, 2 for Async, 1 for "
                           "Reference or B to block: the decision becomes a rule for that sender."),
                        list->parentWidget());
    makePlainLabel(m_hint);  // Qt::PlainText, like every label near senders' names
    m_hint->setObjectName(QStringLiteral("screenerHint"));
    m_hint->setWordWrap(true);
    m_hint->setMargin(8);
    m_hint->setAutoFillBackground(true);
    QPalette palette = m_hint->palette();
    palette.setColor(QPalette::Window, palette.color(QPalette::AlternateBase));
    m_hint->setPalette(palette);
    m_hint->hide();
    listColumn->insertWidget(listColumn->indexOf(list), m_hint);
}

void ScreenerFeature::update()
{
    m_window.actions().screenerBlock->setEnabled(isActive() && !m_window.targetItems().isEmpty());
    if (m_hint)
        m_hint->setVisible(isActive());
}

void ScreenerFeature::decide(ScreenerDecision decision)
{
    const QList<Item> items = m_window.targetItems();
    if (items.isEmpty())
        return;
    // One rule per sender and kind ("per source kind": the same address in mail and GitHub is two senders).
    QHash<qint64, QString> kindOf;
    for (const SourceConfig &source : m_store->sources())
        kindOf.insert(source.id, source.kind);
    AppConfig config = m_window.appConfig();
    QSet<std::pair<QString, QString>> senders;
    QStringList names;
    for (const Item &item : items) {
        const QString sender = screenerSender(item);
        const QString kind = kindOf.value(item.sourceId);
        if (sender.isEmpty() || kind.isEmpty() || senders.contains({sender, kind}))
            continue;
        QString error;
        const AppConfig next = withSenderRule(config, sender, kind, decision, &error);
        if (!error.isEmpty()) {
            m_window.statusBar()->showMessage(tr("Could not add a rule for %1: %2").arg(sender, error), kStatusMessageMs);
            return;
        }
        config = next;
        senders.insert({sender, kind});
        names << sender;
    }
    if (senders.isEmpty())
        return;
    m_window.setAppConfig(config);
    Q_EMIT m_window.preferencesChanged(config);  // saved to config.json, used for new items

    const RetierPlanner planner = RetierPlanner(config, m_store->sources()).only([senders, kindOf](const Item &item) {
        return senders.contains({screenerSender(item), kindOf.value(item.sourceId)});
    });
    const bool block = decision == ScreenerDecision::Block;
    const int rules = int(senders.size());
    const QString who = names.join(QStringLiteral(", "));
    m_store->retier(planner.function(), QStringLiteral("screener"))
        .then(this, [this, block, rules, who, decision](const TierBatch &batch) {
            QList<qint64> ids;
            for (const TierChange &change : batch.changes)
                ids << change.itemId;
            if (block && !ids.isEmpty())
                m_store->setState(ids, ItemState::Done);
            m_window.statusBar()->showMessage(
                tr("%1: %2 — %n item(s) placed; the rule is in Preferences ▸ Rules", nullptr, int(ids.size()))
                    .arg(who, decisionName(decision)),
                kStatusMessageMs);
            Q_EMIT decided(rules, int(ids.size()));
        });
}

} // namespace fi
