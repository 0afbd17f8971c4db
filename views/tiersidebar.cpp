#include "tiersidebar.h"

#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QStyledItemDelegate>
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
        QStyleOptionViewItem opt = option;
        const int count = index.data(CountRole).toInt();
        const QString text = count > 0 ? QString::number(count) : QString();
        const QFontMetrics fm(option.font);
        const int pillWidth = text.isEmpty() ? 0 : fm.horizontalAdvance(text) + fm.height();
        opt.rect.adjust(6, 0, -(pillWidth + 14), 0);
        QStyledItemDelegate::paint(painter, opt, index);
        if (text.isEmpty())
            return;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QRect pill(option.rect.right() - pillWidth - 8,
                         option.rect.center().y() - fm.height() / 2, pillWidth, fm.height());
        const bool selected = option.state & QStyle::State_Selected;
        const bool urgent = index.data(OverdueRole).toBool();
        QColor fill = selected ? option.palette.color(QPalette::HighlightedText)
                               : option.palette.color(QPalette::WindowText);
        fill.setAlphaF(selected ? 0.25 : 0.10);
        if (urgent && !selected)
            fill = QColor(0xC6, 0x3D, 0x3A);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
        painter->setPen(urgent && !selected ? QColor(Qt::white)
                        : selected ? option.palette.color(QPalette::HighlightedText)
                                   : option.palette.color(QPalette::WindowText));
        painter->drawText(pill, Qt::AlignCenter, text);
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
    }
    return {};
}

} // namespace

TierSidebar::TierSidebar(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 12, 8, 10);
    layout->setSpacing(8);

    auto *title = new QLabel(tr("Inbox"), this);
    QFont titleFont = title->font();
    titleFont.setWeight(QFont::DemiBold);
    titleFont.setCapitalization(QFont::AllUppercase);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 0.85);
    titleFont.setLetterSpacing(QFont::PercentageSpacing, 108);
    title->setFont(titleFont);
    title->setEnabled(false);
    title->setContentsMargins(10, 0, 0, 0);
    layout->addWidget(title);

    m_list = new QListWidget(this);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setItemDelegate(new SidebarDelegate(m_list));
    m_list->setIconSize(QSize(18, 18));
    m_list->setFocusPolicy(Qt::NoFocus); // Tab belongs to the "next tier" shortcut.
    m_list->setAccessibleName(tr("Inbox views"));
    QPalette pal = m_list->palette();
    pal.setColor(QPalette::Base, pal.color(QPalette::Window));
    m_list->setPalette(pal);
    for (InboxView view : {InboxView::Now, InboxView::Async, InboxView::Reference, InboxView::Done}) {
        auto *entry = new QListWidgetItem(QIcon(iconFor(view)), inboxViewDisplayName(view), m_list);
        entry->setData(Qt::UserRole, int(view));
    }
    m_list->setCurrentRow(0);
    layout->addWidget(m_list, 1);

    m_banner = new QLabel(tr("<b>Sample workspace</b><br>These items are samples. "
                             "Add a Maildir from the File menu to see your own mail."), this);
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
            [this](int row) { if (row >= 0) Q_EMIT currentViewChanged(InboxView(row)); });
}

InboxView TierSidebar::currentView() const
{
    return InboxView(std::max(0, m_list->currentRow()));
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
    const int values[] = {counts.now, counts.async, counts.reference, counts.done};
    for (int row = 0; row < 4; ++row) {
        QListWidgetItem *entry = m_list->item(row);
        entry->setData(CountRole, values[row]);
        entry->setData(OverdueRole, row == int(InboxView::Now) && counts.now > 0);
        entry->setToolTip(tr("%n item(s)", nullptr, values[row]));
    }
}

void TierSidebar::setSampleBannerVisible(bool visible)
{
    m_banner->setVisible(visible);
}

} // namespace fi
