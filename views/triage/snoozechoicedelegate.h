#pragma once
/// @file snoozechoicedelegate.h
/// @brief Paints one row of the snooze picker: a key cap with its number, the choice's label
/// and, right-aligned and muted, the time it means ("tomorrow 09:00"). GUI thread only.

#include <QStyledItemDelegate>

namespace fi {

class SnoozeChoiceDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    /// Row data: Qt::DisplayRole the label, TimeRole the time text (or why it does not apply),
    /// KeyRole the key that chooses it ("1" … "6").
    enum Role { TimeRole = Qt::UserRole + 1, KeyRole, UntilRole };

    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace fi
