#include "tiersidebar.h"

#include "plaintext.h"
#include "sourcelistview.h"

#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace fi {

namespace {

constexpr int CountRole = Qt::UserRole + 1;
constexpr int OverdueRole = Qt::UserRole + 2;

/// Paints the row as usual plus a right-aligned count pill.
class SidebarDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(std::max(size.height(), option.fontMetrics.height() * 2));
        return size;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QPalette &pal = option.palette;
        const bool selected = option.state & QStyle::State_Selected;
        const bool hovered = option.state & QStyle::State_MouseOver;
        const QRect r = option.rect.adjusted(4, 1, -4, -1);
        if (selected || hovered) {
            QColor fill = pal.color(QPalette::Highlight);
            fill.setAlphaF(selected ? 0.18 : 0.08);
            painter->setPen(Qt::NoPen);
            painter->setBrush(fill);
            painter->drawRoundedRect(r, 6, 6);
        }

        const QFontMetrics fm(option.font);
        const int pad = fm.height() / 2;
        const int iconSize = fm.height() + 2;
        const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
        const QRect iconRect(r.left() + pad, r.center().y() - iconSize / 2 + 1, iconSize, iconSize);
        icon.paint(painter, iconRect);

        const int count = index.data(CountRole).toInt();
        const QString countText = count > 0 ? QString::number(count) : QString();
        const int pillWidth = countText.isEmpty() ? 0 : fm.horizontalAdvance(countText) + fm.height();
        const QRect pill(r.right() - pad - pillWidth, r.center().y() - fm.height() / 2 + 1,
                         pillWidth, fm.height());
        if (!countText.isEmpty()) {
            const bool urgent = index.data(OverdueRole).toBool();
            QColor fill = pal.color(QPalette::WindowText);
            fill.setAlphaF(0.09);
            painter->setPen(Qt::NoPen);
            painter->setBrush(urgent ? QColor(0xC6, 0x3D, 0x3A) : fill);
            painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
            painter->setPen(urgent ? QColor(Qt::white) : pal.color(QPalette::WindowText));
            painter->drawText(pill, Qt::AlignCenter, countText);
        }

        QFont font = option.font;
        if (selected)
            font.setWeight(QFont::DemiBold);
        painter->setFont(font);
        painter->setPen(pal.color(QPalette::WindowText));
        const QRect textRect(iconRect.right() + pad, r.top(),
                             pill.left() - iconRect.right() - 2 * pad, r.height());
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(font).elidedText(index.data().toString(), Qt::ElideRight,
                                                        textRect.width()));
        painter->restore();
    }
};

QString iconFor(InboxView view)
{
    switch (view) {
    case InboxView::Now: return QStringLiteral(":/icons/tier-now.svg");
    case InboxView::Async: return QStringLiteral(":/icons/tier-async.svg");
    case InboxView::Reference: return QStringLiteral(":/icons/tier-reference.svg");
    case InboxView::Done: return QStringLiteral(":/icons/done.svg");
    case InboxView::Snoozed: return QStringLiteral(":/icons/snooze.svg");
    case InboxView::NewSenders: return QStringLiteral(":/icons/new-senders.svg");
    }
    return {};
}

} // namespace

TierSidebar::TierSidebar(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 12, 8, 10);
    layout->setSpacing(8);

    auto sectionTitle = [this](const QString &text) {
        auto *title = new QLabel(text, this);
        title->setTextFormat(Qt::PlainText);
        QFont titleFont = title->font();
        titleFont.setWeight(QFont::DemiBold);
        titleFont.setCapitalization(QFont::AllUppercase);
        titleFont.setPointSizeF(titleFont.pointSizeF() * 0.85);
        titleFont.setLetterSpacing(QFont::PercentageSpacing, 108);
        title->setFont(titleFont);
        title->setEnabled(false);
        title->setContentsMargins(10, 0, 0, 0);
        return title;
    };
    layout->addWidget(sectionTitle(tr("Inbox")));

    m_list = new QListWidget(this);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setItemDelegate(new SidebarDelegate(m_list));
    m_list->setMouseTracking(true);
    m_list->setFocusPolicy(Qt::NoFocus); // Tab belongs to the "next tier" shortcut.
    m_list->setAccessibleName(tr("Inbox views"));
    QPalette pal = m_list->palette();
    pal.setColor(QPalette::Base, pal.color(QPalette::Window));
    m_list->setPalette(pal);
    for (InboxView view : {InboxView::Now, InboxView::Async, InboxView::Reference, InboxView::Done,
                           InboxView::Snoozed, InboxView::NewSenders}) {
        auto *entry = new QListWidgetItem(QIcon(iconFor(view)), inboxViewDisplayName(view), m_list);
        entry->setData(Qt::UserRole, int(view));
    }
    m_list->item(int(InboxView::NewSenders))->setHidden(true);  // until the screener holds something
    m_list->setCurrentRow(0);
    layout->addWidget(m_list, 1);

    // Issue 12 (FIND): saved searches with live counts, below the views.
    m_savedTitle = sectionTitle(tr("Saved searches"));
    layout->addWidget(m_savedTitle);
    m_saved = new QListWidget(this);
    m_saved->setObjectName(QStringLiteral("savedSearches"));
    m_saved->setFrameShape(QFrame::NoFrame);
    m_saved->setItemDelegate(new SidebarDelegate(m_saved));
    m_saved->setMouseTracking(true);
    m_saved->setFocusPolicy(Qt::NoFocus); // as the views: the palette and `/` reach them by keyboard
    m_saved->setAccessibleName(tr("Saved searches"));
    m_saved->setPalette(pal);
    m_saved->setContextMenuPolicy(Qt::CustomContextMenu);
    m_saved->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    layout->addWidget(m_saved);
    m_savedTitle->hide();
    m_saved->hide();
    connect(m_saved, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *entry) { Q_EMIT savedSearchActivated(m_saved->row(entry)); });
    connect(m_saved, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *entry) { Q_EMIT savedSearchActivated(m_saved->row(entry)); });
    connect(m_saved, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const int row = m_saved->row(m_saved->itemAt(pos));
        if (row < 0)
            return;
        QMenu menu(this);
        QAction *run = menu.addAction(tr("Show results"));
        QAction *remove = menu.addAction(tr("Delete saved search"));
        QAction *chosen = menu.exec(m_saved->viewport()->mapToGlobal(pos));
        if (chosen == run)
            Q_EMIT savedSearchActivated(row);
        else if (chosen == remove)
            Q_EMIT savedSearchDeleteRequested(row);
    });

    m_sourcesTitle = sectionTitle(tr("Sources"));
    m_addSource = new QToolButton(this);
    m_addSource->setText(QStringLiteral("+"));
    m_addSource->setToolTip(tr("Add a source"));
    m_addSource->setAccessibleName(tr("Add a source"));
    m_addSource->setAutoRaise(true);
    m_addSource->setFocusPolicy(Qt::NoFocus);  // Tab belongs to the "next tier" shortcut.
    m_addSource->setPopupMode(QToolButton::InstantPopup);
    m_addSource->setStyleSheet(QStringLiteral("QToolButton::menu-indicator { image: none; }"));
    m_addSource->hide();
    auto *sourcesHeader = new QHBoxLayout;
    sourcesHeader->setContentsMargins(0, 0, 4, 0);
    sourcesHeader->addWidget(m_sourcesTitle, 1);
    sourcesHeader->addWidget(m_addSource);
    layout->addLayout(sourcesHeader);
    m_sources = new SourceListView(this);
    layout->addWidget(m_sources);

    m_banner = new QLabel(tr("<b>Sample workspace</b><br>These items are samples. "
                             "Add an IMAP account or a Maildir from the File menu to see your own mail."), this);
    m_banner->setTextFormat(Qt::RichText);  // our own translated markup; no text from strangers
    m_banner->setWordWrap(true);
    m_banner->setMargin(10);
    m_banner->setAutoFillBackground(true);
    QPalette bannerPalette = m_banner->palette();
    bannerPalette.setColor(QPalette::Window, bannerPalette.color(QPalette::AlternateBase));
    m_banner->setPalette(bannerPalette);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->hide();
    layout->addWidget(m_banner);

    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) {
                if (row < 0)
                    return;
                m_view = InboxView(row);
                m_saved->clearSelection(); // a view replaces a saved search's results
                m_saved->setCurrentRow(-1);
                Q_EMIT currentViewChanged(InboxView(row));
            });
}

InboxView TierSidebar::currentView() const
{
    return m_list->currentRow() >= 0 ? InboxView(m_list->currentRow()) : m_view;
}

int TierSidebar::countShown(InboxView view) const
{
    return m_list->item(int(view))->data(CountRole).toInt();
}

bool TierSidebar::isSampleBannerVisible() const
{
    return !m_banner->isHidden();
}

void TierSidebar::setCurrentView(InboxView view)
{
    m_list->setCurrentRow(int(view));
}

void TierSidebar::setCounts(const TierCounts &counts)
{
    const int values[] = {counts.now, counts.async, counts.reference, counts.done, counts.snoozed, counts.newSenders};
    for (int row = 0; row < int(std::size(values)); ++row) {
        QListWidgetItem *entry = m_list->item(row);
        entry->setData(CountRole, values[row]);
        entry->setData(OverdueRole, row == int(InboxView::Now) && counts.now > 0);
        entry->setToolTip(tr("%n item(s)", nullptr, values[row]));
        // Issue 12 (KEYS): the painted count badge, for screen readers: "Async, 3 items".
        entry->setData(Qt::AccessibleTextRole, values[row] == 1 ? tr("%1, 1 item").arg(entry->text())
                                                                : tr("%1, %2 items").arg(entry->text()).arg(values[row]));
    }
    // The screener's queue shows while it holds something (or is the view shown).
    m_list->item(int(InboxView::NewSenders))->setHidden(counts.newSenders == 0 && m_view != InboxView::NewSenders);
}

void TierSidebar::setSavedSearches(const QStringList &names)
{
    const int current = m_saved->currentRow();
    m_saved->clear();
    for (const QString &name : names) {
        auto *entry = new QListWidgetItem(QIcon(QStringLiteral(":/icons/search.svg")), name, m_saved);
        entry->setData(CountRole, -1);
        entry->setToolTip(plainToolTip(name));  // user text: shown literally
        entry->setData(Qt::AccessibleTextRole, name);
    }
    if (current >= 0 && current < m_saved->count() && m_list->currentRow() < 0)
        m_saved->setCurrentRow(current);
    const bool any = !names.isEmpty();
    m_savedTitle->setVisible(any);
    m_saved->setVisible(any);
    // As tall as its rows (up to 8), so the views above keep their place.
    const int rowHeight = any ? m_saved->sizeHintForRow(0) : 0;
    m_saved->setFixedHeight(int(std::min<qsizetype>(names.size(), 8)) * rowHeight + 2 * m_saved->frameWidth());
}

void TierSidebar::setSavedSearchCount(int index, int count)
{
    QListWidgetItem *entry = m_saved->item(index);
    if (!entry)
        return;
    entry->setData(CountRole, count);
    if (count < 0)
        return;
    // The name is user input: the tooltip shows it literally (plaintext.h).
    entry->setToolTip(plainToolTip(count == 1 ? tr("%1 — 1 open item").arg(entry->text())
                                              : tr("%1 — %2 open items").arg(entry->text()).arg(count)));
    entry->setData(Qt::AccessibleTextRole, count == 1 ? tr("%1, 1 item").arg(entry->text())
                                                      : tr("%1, %2 items").arg(entry->text()).arg(count));
}

int TierSidebar::savedSearchCountShown(int index) const
{
    const QListWidgetItem *entry = m_saved->item(index);
    return entry ? entry->data(CountRole).toInt() : -1;
}

void TierSidebar::setSearchActive(bool active, int savedIndex)
{
    const QSignalBlocker blockViews(m_list);
    const QSignalBlocker blockSaved(m_saved);
    if (active) {
        m_list->setCurrentRow(-1);
        m_list->clearSelection();
        m_saved->setCurrentRow(savedIndex);
        if (savedIndex < 0)
            m_saved->clearSelection();
    } else {
        m_saved->setCurrentRow(-1);
        m_saved->clearSelection();
        m_list->setCurrentRow(int(m_view));
    }
    m_list->viewport()->update();
    m_saved->viewport()->update();
}

void TierSidebar::setAddSourceMenu(QMenu *menu)
{
    m_addSource->setMenu(menu);
    m_addSource->setVisible(menu != nullptr);
}

void TierSidebar::setSampleBannerVisible(bool visible)
{
    m_banner->setVisible(visible);
}

} // namespace fi
