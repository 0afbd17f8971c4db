#include "itemdelegate.h"

#include "deadlinebadge.h"
#include "inboxmodel.h"
#include "plaintext.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <QtMath>

namespace fi {

namespace {

QFont smallerFont(const QFont &font)
{
    QFont small = font;
    if (font.pointSizeF() > 0)
        small.setPointSizeF(font.pointSizeF() * 0.88);
    else
        small.setPixelSize(std::max(8, int(font.pixelSize() * 0.88)));
    return small;
}

QFont boldFont(const QFont &font, bool bold)
{
    QFont f = font;
    f.setWeight(bold ? QFont::DemiBold : QFont::Normal);
    return f;
}

QColor blend(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

} // namespace

struct ItemDelegate::Layout {
    QRect dot;       ///< Unseen marker.
    QRect line1;     ///< Sender … age.
    QRect line2;     ///< Subject … badge.
    QRect line3;     ///< Snippet … source.
    QRect badge;     ///< Null when there is no badge.
    QFont senderFont, subjectFont, smallFont;
    QString badgeText;
    bool wake = false;  ///< The badge is a wake time (Snoozed view), not a due.
};

ItemDelegate::ItemDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

ItemDelegate::Layout ItemDelegate::layoutFor(const QStyleOptionViewItem &option,
                                             const QModelIndex &index) const
{
    Layout l;
    const bool unseen = !index.data(InboxModel::SeenRole).toBool();
    l.senderFont = boldFont(option.font, unseen);
    l.subjectFont = boldFont(option.font, unseen);
    l.smallFont = smallerFont(option.font);
    const QFontMetrics fm(l.senderFont);
    const QFontMetrics smallFm(l.smallFont);

    const int hpad = fm.height() * 3 / 4;
    const int vpad = fm.height() / 2;
    const int gap = fm.height() / 6;
    const int dotColumn = fm.height() * 3 / 4;
    const QRect r = option.rect;
    const int left = r.left() + dotColumn + hpad / 2;
    const int right = r.right() - hpad;

    int y = r.top() + vpad;
    l.line1 = QRect(QPoint(left, y), QPoint(right, y + fm.height() - 1));
    y += fm.height() + gap;
    l.line2 = QRect(QPoint(left, y), QPoint(right, y + fm.height() - 1));
    y += fm.height() + gap;
    l.line3 = QRect(QPoint(left, y), QPoint(right, y + smallFm.height() - 1));

    const int dotSize = std::max(6, fm.height() * 2 / 5);
    l.dot = QRect(r.left() + (dotColumn + hpad / 2 - dotSize) / 2 + 1,
                  l.line1.center().y() - dotSize / 2, dotSize, dotSize);

    const auto state = DeadlineState(index.data(InboxModel::DeadlineStateRole).toInt());
    l.badgeText = index.data(InboxModel::DueTextRole).toString();
    // Asleep (the Snoozed view): when it wakes matters, not the due.
    if (const QString wake = index.data(InboxModel::WakeTextRole).toString(); !wake.isEmpty()) {
        l.badgeText = wake;
        l.wake = true;
    }
    if ((state != DeadlineState::None || l.wake) && !l.badgeText.isEmpty()) {
        const int w = smallFm.horizontalAdvance(l.badgeText) + smallFm.height();
        const int h = smallFm.height() + 2;
        l.badge = QRect(right - w + 1, l.line2.center().y() - h / 2 + 1, w, h);
    }
    return l;
}

QRect ItemDelegate::badgeRect(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return layoutFor(option, index).badge;
}

bool ItemDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                             const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event && event->type() == QEvent::ToolTip && index.isValid()) {
        const QRect badge = badgeRect(option, index);
        const QString tip = index.data(InboxModel::DueToolTipRole).toString();
        if (!badge.isNull() && badge.contains(event->pos()) && !tip.isEmpty()) {
            QToolTip::showText(event->globalPos(), plainToolTip(tip), view, badge);
            return true;
        }
        // Sender and subject: text from strangers, shown as plain text.
        return showPlainItemToolTip(event, view, option, index);
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

QSize ItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(boldFont(option.font, true));
    const QFontMetrics smallFm(smallerFont(option.font));
    const int height = fm.height() * 2 + smallFm.height() + (fm.height() / 6) * 2 + (fm.height() / 2) * 2;
    return {fm.averageCharWidth() * 40, height + 1};
}

void ItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    opt.features &= ~QStyleOptionViewItem::HasDisplay;
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);

    const Layout l = layoutFor(opt, index);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = (opt.state & QStyle::State_Active) ? QPalette::Active
                                                                          : QPalette::Inactive;
    const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor background = opt.palette.color(group, selected ? QPalette::Highlight : QPalette::Base);
    const QColor muted = blend(text, background, 0.42);
    const bool unseen = !index.data(InboxModel::SeenRole).toBool();

    // Hairline separator between rows: one pixel row, not an antialiased line (which blends two
    // rows and costs a sixth of the paint).
    const QColor separator = blend(opt.palette.color(QPalette::Mid), opt.palette.color(QPalette::Base), 0.55);
    painter->fillRect(QRect(opt.rect.left(), opt.rect.bottom(), opt.rect.width(), 1), separator);

    if (unseen) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? text : opt.palette.color(group, QPalette::Highlight));
        painter->drawEllipse(l.dot);
    }

    m_text.setBaseFont(opt.font);
    const int senderSlot = unseen ? BoldSlot : RegularSlot;
    const QFontMetrics senderFm(l.senderFont);

    // Line 1: sender … age.
    painter->setFont(l.smallFont);
    painter->setPen(muted);
    const qreal ageWidth = m_text.draw(painter, SmallSlot, l.line1, index.data(InboxModel::AgeTextRole).toString(),
                                       Qt::AlignRight);
    painter->setFont(l.senderFont);
    painter->setPen(text);
    QRect senderRect = l.line1.adjusted(0, 0, -(qCeil(ageWidth) + senderFm.height() / 2), 0);
    // Issue 18: a conversation's row counts its messages after the newest sender ("Ana  3").
    const int messages = index.data(InboxModel::ConversationCountRole).toInt();
    const QString countText = messages > 1 ? QLocale().toString(messages) : QString();
    const QFontMetrics countFm(l.smallFont);
    const int countWidth = countText.isEmpty() ? 0 : countFm.horizontalAdvance(countText) + senderFm.height() / 2;
    senderRect.setRight(senderRect.right() - countWidth);
    const qreal senderWidth =
        m_text.draw(painter, senderSlot, senderRect, index.data(InboxModel::SenderRole).toString());
    if (!countText.isEmpty()) {
        painter->setFont(l.smallFont);
        painter->setPen(muted);
        const QRect countRect(senderRect.left() + qCeil(senderWidth) + senderFm.height() / 3, l.line1.top(),
                              countWidth, l.line1.height());
        m_text.draw(painter, SmallSlot, countRect, countText);
    }

    // Line 2: subject … badge.
    QRect subjectRect = l.line2;
    if (!l.badge.isNull()) {
        const BadgeStyle badge = l.wake ? snoozeBadgeStyle(opt.palette)
                                        : deadlineBadgeStyle(
                                              DeadlineState(index.data(InboxModel::DeadlineStateRole).toInt()), opt.palette);
        QPainterPath pill;
        pill.addRoundedRect(QRectF(l.badge), l.badge.height() / 2.0, l.badge.height() / 2.0);
        painter->fillPath(pill, badge.fill);
        painter->setFont(l.smallFont);
        painter->setPen(badge.text);
        m_text.draw(painter, SmallSlot, l.badge, l.badgeText, Qt::AlignHCenter);
        subjectRect.setRight(l.badge.left() - senderFm.height() / 2);
    }
    painter->setFont(l.subjectFont);
    painter->setPen(text);
    QString subject = index.data(InboxModel::SubjectRole).toString();
    if (subject.isEmpty())
        subject = tr("(no subject)");
    m_text.draw(painter, senderSlot, subjectRect, subject);

    // Line 3: snippet … source (at most a third of the line, right-aligned).
    painter->setFont(l.smallFont);
    painter->setPen(muted);
    QString source = index.data(InboxModel::SourceRole).toString();
    if (index.data(InboxModel::SampleRole).toBool())
        source = tr("%1 · sample").arg(source);
    const QRect sourceRect = l.line3.adjusted(l.line3.width() - l.line3.width() / 3, 0, 0, 0);
    const qreal sourceWidth = m_text.draw(painter, SmallSlot, sourceRect, source, Qt::AlignRight);
    const QFontMetrics smallFm(l.smallFont);
    const QRect snippetRect = l.line3.adjusted(0, 0, -(qCeil(sourceWidth) + smallFm.height()), 0);
    m_text.draw(painter, SmallSlot, snippetRect, index.data(InboxModel::SnippetRole).toString().simplified());
    painter->restore();
}

} // namespace fi
