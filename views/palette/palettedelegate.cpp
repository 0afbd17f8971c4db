#include "palette/palettedelegate.h"

#include "palette/palettelistmodel.h"

#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace fi {

namespace {

constexpr int kOuterMargin = 6;   // between the row's highlight and the list's edge
constexpr int kPadding = 10;      // inside the highlight
constexpr int kGap = 10;          // between text, category and key caps
constexpr int kCapPadding = 6;    // inside a key cap
constexpr int kCapSpacing = 4;    // between key caps

QColor dimmed(QColor color, qreal alpha)
{
    color.setAlphaF(alpha);
    return color;
}

/// Ranges of consecutive matched characters, as bold format ranges.
QList<QTextLayout::FormatRange> matchFormats(const QList<int> &positions, const QFont &font, int length)
{
    QTextCharFormat bold;
    QFont boldFont = font;
    boldFont.setWeight(QFont::Bold);
    bold.setFont(boldFont);
    QList<QTextLayout::FormatRange> ranges;
    for (int p : positions) {
        if (p < 0 || p >= length)
            continue;
        if (!ranges.isEmpty() && ranges.last().start + ranges.last().length == p)
            ++ranges.last().length;
        else
            ranges.append({p, 1, bold});
    }
    return ranges;
}

} // namespace

QSize PaletteDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return {option.rect.width() > 0 ? option.rect.width() : 400, option.fontMetrics.height() + 16};
}

void PaletteDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette &pal = option.palette;
    const QRectF row = QRectF(option.rect).adjusted(kOuterMargin, 1, -kOuterMargin, -1);
    if (selected) {
        QPainterPath path;
        path.addRoundedRect(row, 6, 6);
        painter->fillPath(path, pal.color(QPalette::Highlight));
    } else if (option.state.testFlag(QStyle::State_MouseOver)) {
        QPainterPath path;
        path.addRoundedRect(row, 6, 6);
        painter->fillPath(path, dimmed(pal.color(QPalette::Highlight), 0.12));
    }
    const QColor textColor = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor dimColor = dimmed(textColor, selected ? 0.75 : 0.55);

    QRectF content = row.adjusted(kPadding, 0, -kPadding, 0);

    // Right side first: key caps for the shortcut, else the detail text.
    QFont smallFont = option.font;
    smallFont.setPointSizeF(option.font.pointSizeF() * 0.9);
    const QFontMetricsF smallMetrics(smallFont);
    const QString shortcut = index.data(PaletteListModel::ShortcutRole).toString();
    qreal right = content.right();
    painter->setFont(smallFont);
    if (!shortcut.isEmpty()) {
        const QStringList chords = shortcut.split(QStringLiteral(", "), Qt::SkipEmptyParts);
        const qreal capHeight = smallMetrics.height() + 4;
        for (auto it = chords.crbegin(); it != chords.crend(); ++it) {
            const qreal width = smallMetrics.horizontalAdvance(*it) + 2 * kCapPadding;
            const QRectF cap(right - width, content.center().y() - capHeight / 2, width, capHeight);
            painter->setPen(QPen(dimmed(textColor, selected ? 0.6 : 0.35), 1));
            painter->setBrush(selected ? dimmed(pal.color(QPalette::HighlightedText), 0.15)
                                       : pal.color(QPalette::Window));
            painter->drawRoundedRect(cap.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
            painter->setPen(textColor);
            painter->drawText(cap, Qt::AlignCenter, *it);
            right = cap.left() - kCapSpacing;
        }
        right -= kGap - kCapSpacing;
    }
    if (const QString detail = index.data(PaletteListModel::DetailRole).toString(); !detail.isEmpty()) {
        const qreal width = std::min(smallMetrics.horizontalAdvance(detail), content.width() / 3);
        const QRectF box(right - width, content.top(), width, content.height());
        painter->setPen(dimColor);
        painter->drawText(box, Qt::AlignRight | Qt::AlignVCenter,
                          smallMetrics.elidedText(detail, Qt::ElideRight, width));
        right = box.left() - kGap;
    }

    // Left: the text (matched characters bold), then the category, dimmed.
    const QString text = index.data(Qt::DisplayRole).toString();
    const QString category = index.data(PaletteListModel::CategoryRole).toString();
    const qreal categoryWidth = category.isEmpty() ? 0 : smallMetrics.horizontalAdvance(category) + kGap;
    const qreal textRoom = std::max<qreal>(0, right - content.left() - std::min(categoryWidth, (right - content.left()) / 3));
    const QFontMetricsF metrics(option.font);
    QString shown = text;
    QList<int> positions = index.data(PaletteListModel::PositionsRole).value<QList<int>>();
    if (metrics.horizontalAdvance(text) > textRoom) {
        shown = metrics.elidedText(text, Qt::ElideRight, textRoom);
        positions.removeIf([&](int p) { return p >= shown.size() - 1; });
    }
    QTextLayout layout(shown, option.font);
    layout.setFormats(matchFormats(positions, option.font, int(shown.size())));
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(1e6);
    layout.endLayout();
    const qreal baselineTop = content.center().y() - line.height() / 2;
    painter->setPen(textColor);
    layout.draw(painter, QPointF(content.left(), baselineTop));
    const qreal textRight = content.left() + line.naturalTextWidth();

    if (!category.isEmpty() && textRight + kGap < right) {
        const QRectF box(textRight + kGap, content.top(), right - textRight - kGap, content.height());
        painter->setFont(smallFont);
        painter->setPen(dimColor);
        painter->drawText(box, Qt::AlignLeft | Qt::AlignVCenter,
                          smallMetrics.elidedText(category, Qt::ElideRight, box.width()));
    }
    painter->restore();
}

} // namespace fi
