#include "triage/snoozechoicedelegate.h"

#include <QPainter>
#include <QPainterPath>
#include <QWidget>

namespace fi {

namespace {
QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}
} // namespace

QSize SnoozeChoiceDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    return {fm.averageCharWidth() * 44, fm.height() * 2 + 6};
}

void SnoozeChoiceDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // The list itself is transparent (its Base brush too): colours come from the popup.
    const QPalette pal = option.widget ? option.widget->window()->palette() : option.palette;
    const bool enabled = index.flags() & Qt::ItemIsEnabled;
    const bool current = (option.state & QStyle::State_Selected) && enabled;
    const bool hover = (option.state & QStyle::State_MouseOver) && enabled;
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor accent = pal.color(QPalette::Highlight);
    const QColor muted = mix(text, base, 0.45);
    const QFontMetrics fm(option.font);
    const int pad = fm.height() / 2;
    const QRect r = option.rect.adjusted(pad / 2, 1, -pad / 2, -1);

    if (current || hover) {  // a soft accent pill behind the current row
        QPainterPath path;
        path.addRoundedRect(QRectF(r), 7, 7);
        painter->fillPath(path, mix(base, accent, current ? 0.16 : 0.07));
    }

    // Key cap.
    QFont capFont = option.font;
    capFont.setPointSizeF(capFont.pointSizeF() > 0 ? capFont.pointSizeF() * 0.86 : capFont.pointSizeF());
    capFont.setWeight(QFont::DemiBold);
    const QFontMetrics capFm(capFont);
    const int capSize = capFm.height() + 6;
    const QRect cap(r.left() + pad, r.center().y() - capSize / 2 + 1, capSize, capSize);
    QPainterPath capPath;
    capPath.addRoundedRect(QRectF(cap).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
    painter->fillPath(capPath, current ? accent : mix(base, text, 0.06));
    painter->setPen(QPen(current ? accent : mix(base, text, 0.22), 1));
    painter->drawPath(capPath);
    painter->setFont(capFont);
    painter->setPen(current ? pal.color(QPalette::HighlightedText) : (enabled ? text : muted));
    painter->drawText(cap, Qt::AlignCenter, index.data(KeyRole).toString());

    // Label … time.
    const int left = cap.right() + pad;
    const int right = r.right() - pad;
    QFont timeFont = option.font;
    const QFontMetrics timeFm(timeFont);
    const QString time = index.data(TimeRole).toString();
    const int timeWidth = std::min(timeFm.horizontalAdvance(time) + 4, (right - left) * 3 / 5);
    painter->setFont(timeFont);
    painter->setPen(current ? mix(text, accent, 0.55) : muted);
    painter->drawText(QRect(right - timeWidth, r.top(), timeWidth, r.height()), Qt::AlignRight | Qt::AlignVCenter,
                      timeFm.elidedText(time, Qt::ElideRight, timeWidth));
    QFont labelFont = option.font;
    if (current)
        labelFont.setWeight(QFont::DemiBold);
    painter->setFont(labelFont);
    painter->setPen(enabled ? text : muted);
    const int labelWidth = right - timeWidth - pad - left;
    painter->drawText(QRect(left, r.top(), labelWidth, r.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(labelFont).elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, labelWidth));
    painter->restore();
}

} // namespace fi
