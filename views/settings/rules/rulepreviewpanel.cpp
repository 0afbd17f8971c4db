#include "settings/rules/rulepreviewpanel.h"

#include "concurrency/workerpool.h"
#include "plaintext.h"
#include "storage/itemstore.h"

#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace fi {

RulePreviewPanel::RulePreviewPanel(QWidget *parent) : QWidget(parent)
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("rulePreviewSummary"));
    makePlainLabel(m_summary);  // Qt::PlainText, like the table's cells (subjects are text from strangers)
    m_summary->setWordWrap(true);
    m_moves = new QListWidget(this);
    m_moves->setObjectName(QStringLiteral("rulePreviewMoves"));
    m_moves->setAccessibleName(tr("Items the rules would move"));
    m_moves->setSelectionMode(QAbstractItemView::NoSelection);
    m_moves->setTextElideMode(Qt::ElideMiddle);
    m_includeManual = new QCheckBox(tr("Also move items I moved by &hand"), this);
    m_includeManual->setObjectName(QStringLiteral("rulePreviewIncludeManual"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_moves, 1);
    layout->addWidget(m_includeManual);

    m_delay.setSingleShot(true);
    m_delay.setInterval(kDelayMs);
    connect(&m_delay, &QTimer::timeout, this, &RulePreviewPanel::start);
    connect(m_includeManual, &QCheckBox::toggled, this, &RulePreviewPanel::schedule);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        m_running = false;
        if (m_again) {  // stale: the rules changed meanwhile
            m_again = false;
            start();
            return;
        }
        if (m_valid && m_watcher.future().resultCount() > 0)
            showPreview(m_watcher.result());
    });
    setStore(nullptr);
}

RulePreviewPanel::~RulePreviewPanel()
{
    m_watcher.waitForFinished();
}

void RulePreviewPanel::setStore(ItemStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_moves->setVisible(store);
    m_includeManual->setVisible(store);
    if (!store) {
        m_delay.stop();
        m_whenShown = false;
        m_summary->setText(tr("No stored items to preview."));
        return;
    }
    connect(store, &ItemStore::itemsChanged, this, &RulePreviewPanel::schedule);
    schedule();
}

void RulePreviewPanel::setConfig(const AppConfig &config)
{
    m_config = config;
    m_valid = true;
    schedule();
}

void RulePreviewPanel::setInvalid()
{
    m_valid = false;
    m_whenShown = false;
    m_delay.stop();
    if (m_store)
        m_summary->setText(tr("Fix the rules marked with a warning to see which stored items they would move."));
}

bool RulePreviewPanel::includeManual() const { return m_includeManual->isChecked(); }

bool RulePreviewPanel::isPending() const { return m_delay.isActive() || m_running || m_whenShown; }

void RulePreviewPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_whenShown) {
        m_whenShown = false;
        schedule();
    }
}

void RulePreviewPanel::schedule()
{
    if (m_store && m_valid)
        m_delay.start();
}

void RulePreviewPanel::start()
{
    if (!m_store || !m_valid)
        return;
    if (!isVisible()) {  // e.g. during a sync while another tab is shown: no store scans for nothing
        m_whenShown = true;
        return;
    }
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    m_summary->setText(tr("Looking at the stored items…"));
    m_watcher.setFuture(QtConcurrent::run(
        workerPool(), [store = m_store, config = m_config, includeManual = includeManual()] {
            // Reads only: this pool thread's own read connection (storage/itemstore.h).
            const RetierPlanner planner(config, store->sources(), includeManual);
            return planner.preview(*store, kListLimit);
        }));
}

void RulePreviewPanel::showPreview(const RetierPreview &preview)
{
    m_preview = preview;
    QString summary = tr("These rules would move %n stored item(s).", nullptr, preview.moveCount);
    if (preview.moveCount > preview.moves.size())
        summary += QLatin1Char(' ') + tr("The first %n are listed.", nullptr, int(preview.moves.size()));
    if (preview.relabelCount > 0)
        summary += QLatin1Char(' ')
            + tr("%n more would stay in their tier with another rule or deadline.", nullptr, preview.relabelCount);
    m_summary->setText(summary);
    m_moves->clear();
    for (const PlannedMove &move : preview.moves) {
        const QString subject = move.subject.simplified().isEmpty() ? tr("(no subject)") : move.subject.simplified();
        auto *row = new QListWidgetItem(tr("%1 — %2 → %3 — %4")
                                            .arg(subject, tierDisplayName(move.from.tier),
                                                 tierDisplayName(move.to.tier), move.to.reason),
                                        m_moves);
        row->setData(Qt::UserRole, move.itemId);
        row->setToolTip(plainToolTip(tr("From %1 (%2)").arg(move.sender, move.sourceName)));
    }
    Q_EMIT updated();
}

} // namespace fi
