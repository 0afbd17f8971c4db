#pragma once
/// @file palettedelegate.h
/// @brief Paints one command palette row: the text with the matched characters in bold, the
/// category dimmed beside it, the shortcut as key caps at the right and the detail dimmed left
/// of them. The selected row is a rounded highlight. GUI thread only.

#include <QStyledItemDelegate>

namespace fi {

class PaletteDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace fi
