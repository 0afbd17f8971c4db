#include "triage/mutefeature.h"

#include "mainactions.h"
#include "mainwindow.h"
#include "sources/sourceregistry.h"
#include "storage/itemstore.h"
#include "triage/triagecommands.h"

#include <QAction>
#include <QStatusBar>

#include <algorithm>

namespace fi {

namespace {
constexpr int kStatusMessageMs = 8000;
}

MuteFeature::MuteFeature(MainWindow &window, ItemStore *store) : QObject(&window), m_window(window), m_store(store)
{
    setObjectName(QStringLiteral("muteFeature"));
    connect(store, &ItemStore::sourcesChanged, this, [this] { m_canMute.clear(); });
    connect(window.actions().muteThread, &QAction::triggered, this, &MuteFeature::mute);
}

void MuteFeature::mute()
{
    QList<Item> items = m_window.targetItems();
    if (items.isEmpty()
        || !std::all_of(items.cbegin(), items.cend(), [this](const Item &i) { return canMute(i.sourceId); }))
        return;
    items.erase(std::remove_if(items.begin(), items.end(), [](const Item &i) { return i.state == ItemState::Done; }),
                items.end());
    if (items.isEmpty())
        return;
    const int count = int(items.size());
    m_window.triage(new MuteCommand(m_store, std::move(items)));
    m_window.statusBar()->showMessage(
        tr("Muted %n thread(s): no more notifications from them until someone mentions you — press U to undo "
           "(it stays muted at the source)",
           nullptr, count),
        kStatusMessageMs);
}

void MuteFeature::update()
{
    const QList<Item> items = m_window.targetItems();
    const bool enabled = !items.isEmpty()
                         && std::all_of(items.cbegin(), items.cend(), [this](const Item &i) { return canMute(i.sourceId); });
    m_window.actions().muteThread->setEnabled(enabled);
}

bool MuteFeature::canMute(qint64 sourceId) const
{
    const auto it = m_canMute.constFind(sourceId);
    if (it != m_canMute.constEnd())
        return *it;
    const std::optional<SourceConfig> source = m_store->source(sourceId);
    const SourceKind *kind = source ? SourceRegistry::instance().kind(source->kind) : nullptr;
    const bool can = kind && kind->has(SourceKind::Capability::Mute);
    m_canMute.insert(sourceId, can);
    return can;
}

} // namespace fi
