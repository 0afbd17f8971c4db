#include "inboxlistview.h"

#include "itemdelegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>

namespace fi {

InboxListView::InboxListView(QWidget *parent) : QTableView(parent)
{
    setItemDelegate(new ItemDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setShowGrid(false);
    setWordWrap(false);
    setCornerButtonEnabled(false);
    setTabKeyNavigation(false); // Tab cycles the views (MainActions), not the cells
    horizontalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setMinimumSectionSize(1);
    updateRowHeight();
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    setAttribute(Qt::WA_MacShowFocusRect, false);
    setAccessibleName(tr("Items"));
}

void InboxListView::setInboxModel(InboxModel *model)
{
    m_model = model;
    setModel(model);
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &InboxListView::rememberCurrent);
    connect(model, &QAbstractItemModel::modelReset, this, &InboxListView::restoreCurrent);
    connect(model, &InboxModel::viewChanged, this, [this] {
        m_rememberedId = 0;
        m_rememberedRow = -1;
        m_wantedId = 0;
        m_wantedConversation = 0;
        if (!m_marked.isEmpty()) {  // marks belong to the list they were made in
            m_marked.clear();
            Q_EMIT marksChanged(0);
        }
    });
    connect(model, &InboxModel::rowsAboutToBeUpdated, this, &InboxListView::rememberScroll);
    connect(model, &InboxModel::rowsUpdated, this, &InboxListView::restoreScroll);
    connect(model, &InboxModel::loaded, this, [this] {
        viewport()->update(); // empty state text depends on loading
        if (m_wantedId != 0 && wantedRow() >= 0)
            selectItemId(m_wantedId, m_wantedConversation);
        else if (!currentIndex().isValid() && m_model->rowCount() > 0)
            restoreCurrent();
    });
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        if (!m_marked.isEmpty())
            applyMarks();  // Qt's own cursor keys select the current row only: keep the marks
        const qint64 id = currentItemId();
        if (id != m_lastEmittedId) {
            m_lastEmittedId = id;
            Q_EMIT currentItemChanged(id);
        }
    });
    // The model may reset the selection model; emit the change after every reset too.
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        const qint64 id = currentItemId();
        if (id != m_lastEmittedId) {
            m_lastEmittedId = id;
            Q_EMIT currentItemChanged(id);
        }
    });
}

qint64 InboxListView::currentItemId() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? current.data(InboxModel::ItemIdRole).toLongLong() : 0;
}

int InboxListView::wantedRow() const
{
    return m_model ? m_model->rowForItem(m_wantedId, m_wantedConversation) : -1;
}

void InboxListView::selectItemId(qint64 id, qint64 conversationId)
{
    m_wantedId = id;
    m_wantedConversation = conversationId;
    const int row = wantedRow();
    if (row >= 0) {
        m_wantedId = 0;
        m_wantedConversation = 0;
        setCurrentRow(row);
    }
}

bool InboxListView::moveCurrent(int delta)
{
    if (!m_model || m_model->rowCount() == 0)
        return false;
    const int current = currentIndex().isValid() ? currentIndex().row() : (delta > 0 ? -1 : m_model->rowCount());
    const int row = std::clamp(current + delta, 0, m_model->rowCount() - 1);
    if (row == current)
        return false;
    setCurrentRow(row);
    return true;
}

qint64 InboxListView::neighbourOfCurrent() const
{
    const QModelIndex current = currentIndex();
    if (!current.isValid() || !m_model)
        return 0;
    const int row = current.row();
    const int next = row + 1 < m_model->rowCount() ? row + 1 : row - 1;
    return next >= 0 && next != row ? m_model->idAt(next) : 0;
}

qint64 InboxListView::neighbourAfter(const QSet<qint64> &leaving, bool forward) const
{
    const QModelIndex current = currentIndex();
    if (!current.isValid() || !m_model)
        return 0;
    const qint64 currentId = current.data(InboxModel::ItemIdRole).toLongLong();
    if (!leaving.contains(currentId))
        return currentId;
    const int rows = m_model->rowCount();
    for (const int step : {forward ? 1 : -1, forward ? -1 : 1}) {
        for (int row = current.row() + step; row >= 0 && row < rows; row += step) {
            const qint64 id = m_model->itemAt(row).id;
            if (!leaving.contains(id))
                return id;
        }
    }
    return 0;
}

void InboxListView::toggleMark()
{
    const qint64 id = currentItemId();
    if (id == 0)
        return;
    if (!m_marked.remove(id))
        m_marked.insert(id);
    applyMarks();
    Q_EMIT marksChanged(int(markedIds().size()));
}

bool InboxListView::extendMark(int delta)
{
    const qint64 from = currentItemId();
    if (from == 0)
        return false;
    m_marked.insert(from);  // before moving: the move must not clear the selection
    const bool moved = moveCurrent(delta);
    if (moved)
        m_marked.insert(currentItemId());
    applyMarks();
    Q_EMIT marksChanged(int(markedIds().size()));
    return moved;
}

void InboxListView::clearMarks()
{
    if (m_marked.isEmpty())
        return;
    m_marked.clear();
    applyMarks();
    Q_EMIT marksChanged(0);
}

QList<qint64> InboxListView::markedIds() const
{
    QList<std::pair<int, qint64>> rows;
    for (const qint64 id : m_marked) {
        if (const int row = m_model ? m_model->rowForId(id) : -1; row >= 0)
            rows.append({row, id});
    }
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const auto &[row, id] : rows)
        ids.append(id);
    return ids;
}

void InboxListView::applyMarks()
{
    if (!m_model)
        return;
    const QModelIndex current = currentIndex();
    if (m_marked.isEmpty()) {
        if (current.isValid())
            selectionModel()->select(current, QItemSelectionModel::ClearAndSelect);
    } else {
        QItemSelection marked;
        for (const qint64 id : std::as_const(m_marked)) {
            if (const int row = m_model->rowForId(id); row >= 0)
                marked.select(m_model->index(row), m_model->index(row));
        }
        selectionModel()->select(marked, QItemSelectionModel::ClearAndSelect);
    }
    viewport()->update();
}

void InboxListView::mousePressEvent(QMouseEvent *event)
{
    clearMarks();  // a click picks one item, as in every list
    QTableView::mousePressEvent(event);
}

void InboxListView::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateRowHeight();
}

void InboxListView::updateRowHeight()
{
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    const int height = itemDelegate()->sizeHint(option, QModelIndex()).height();
    if (height > 0)
        verticalHeader()->setDefaultSectionSize(height);
}

void InboxListView::rememberCurrent()
{
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return; // Keep what we remembered before an empty interim state.
    m_rememberedId = current.data(InboxModel::ItemIdRole).toLongLong();
    m_rememberedRow = current.row();
}

int InboxListView::firstVisibleRow() const
{
    // Rows are laid out top to bottom: find the first one whose bottom is inside the viewport.
    int lo = 0;
    int hi = m_model->rowCount();
    while (lo < hi) {
        const int mid = lo + (hi - lo) / 2;
        if (visualRect(m_model->index(mid)).bottom() < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < m_model->rowCount() ? lo : -1;
}

void InboxListView::rememberScroll()
{
    m_visibleRows.clear();
    m_scrollAtTop = verticalScrollBar()->value() <= verticalScrollBar()->minimum();
    if (m_scrollAtTop)
        return;
    executeDelayedItemsLayout();
    const int first = firstVisibleRow();
    if (first < 0)
        return;
    const int height = viewport()->height();
    for (int row = first; row < m_model->rowCount(); ++row) {
        const int top = visualRect(m_model->index(row)).top();
        if (top >= height)
            break;
        m_visibleRows.append({m_model->idAt(row), top});
    }
}

void InboxListView::restoreScroll()
{
    // The current item may have left the list: Qt made the row below it current, select it.
    const QModelIndex current = currentIndex();
    if (!m_marked.isEmpty())
        applyMarks();
    else if (current.isValid() && !selectionModel()->hasSelection())
        selectionModel()->select(current, QItemSelectionModel::Select);
    if (current.isValid()) {
        m_rememberedId = current.data(InboxModel::ItemIdRole).toLongLong();
        m_rememberedRow = current.row();
    }

    if (m_scrollAtTop) {
        scrollToTop();
        return;
    }
    for (const auto &[id, oldTop] : std::as_const(m_visibleRows)) {
        const int row = m_model->rowForId(id);
        if (row < 0)
            continue; // left the list: keep the next one in place
        executeDelayedItemsLayout();
        const int top = visualRect(m_model->index(row)).top();
        verticalScrollBar()->setValue(verticalScrollBar()->value() + top - oldTop);
        return;
    }
}

void InboxListView::restoreCurrent()
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    int row = -1;
    if (m_wantedId != 0 && (row = wantedRow()) >= 0) {
        m_wantedId = 0;
        m_wantedConversation = 0;
    }
    if (row < 0 && m_rememberedId != 0)
        row = m_model->rowForId(m_rememberedId);
    if (row < 0)
        row = m_rememberedRow >= 0 ? std::min(m_rememberedRow, rows - 1) : 0;
    setCurrentRow(row);
}

void InboxListView::setCurrentRow(int row)
{
    const QModelIndex index = m_model->index(row);
    // While items are marked, the current row moves on its own (the marks stay the selection).
    selectionModel()->setCurrentIndex(index, m_marked.isEmpty() ? QItemSelectionModel::ClearAndSelect
                                                                : QItemSelectionModel::NoUpdate);
    if (!m_marked.isEmpty())
        applyMarks();  // after a model reset the selection must be rebuilt from the ids
    scrollTo(index);
    m_rememberedId = index.data(InboxModel::ItemIdRole).toLongLong();
    m_rememberedRow = row;
}

QString InboxListView::emptyText() const
{
    if (!m_model->search().trimmed().isEmpty())
        return tr("Nothing matches this search.");
    switch (m_model->view()) {
    case InboxView::Now: return tr("Nothing in Now — enjoy the focus.");
    case InboxView::Async: return tr("Async is clear. Nothing waits for a reply.");
    case InboxView::Reference: return tr("No reading waiting in Reference.");
    case InboxView::Done: return tr("Nothing done yet. Press E on an item to mark it done.");
    case InboxView::Snoozed: return tr("Nothing snoozed. Press S on an item to snooze it.");
    case InboxView::NewSenders: return tr("No new senders to screen.");
    }
    return {};
}

void InboxListView::paintIndicators()
{
    const int first = firstVisibleRow();
    if (first < 0)
        return;
    QPainter painter(viewport());
    const int height = viewport()->height();
    const QModelIndex current = currentIndex();
    const QColor flagColor(0xe0, 0x8a, 0x1e);  // amber, as mail clients show a flag
    const QPalette::ColorGroup group = hasFocus() ? QPalette::Active : QPalette::Inactive;
    for (int row = first; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row);
        const QRect r = visualRect(index);
        if (r.top() >= height)
            break;
        if (m_model->itemAt(row).record.flags.flagged)  // flagged: a strip on the right edge
            painter.fillRect(QRect(r.right() - 3, r.top() + 3, 4, r.height() - 6), flagColor);
        if (m_marked.isEmpty())
            continue;
        if (selectionModel()->isSelected(index))  // marked: a strip on the left edge
            painter.fillRect(QRect(r.left(), r.top(), 4, r.height()), palette().color(group, QPalette::HighlightedText));
        if (index == current) {  // the cursor while marking
            painter.setPen(QPen(palette().color(group, QPalette::Highlight), 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(QRectF(r).adjusted(1, 1, -1, -1));
        }
    }
}

void InboxListView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    if (m_model && m_model->rowCount() > 0)
        paintIndicators();
    if (!m_model || m_model->rowCount() > 0 || m_model->isLoading())
        return;
    QPainter painter(viewport());
    QColor color = palette().color(QPalette::Text);
    color.setAlphaF(0.55);
    painter.setPen(color);
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    painter.setFont(font);
    const QRect area = viewport()->rect().adjusted(24, 0, -24, 0);
    painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, emptyText());
}

} // namespace fi
