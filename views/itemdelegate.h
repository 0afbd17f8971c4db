#pragma once
/// @file itemdelegate.h
/// @brief Paints one inbox row: sender, age, subject, due badge, snippet, source.

#include "elidedtextcache.h"

#include <QStyledItemDelegate>

namespace fi {

/**
 * @brief Delegate for InboxModel rows (three lines, elided, bold when unseen).
 *
 * Reads the InboxModel roles only, so it works with any model that provides them.
 * All metrics derive from the option's font, so it scales with font size and device pixel ratio.
 */
class ItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit ItemDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// Where the due badge of @p index is drawn within option.rect; null when it has none.
    QRect badgeRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    /// Tooltip over the due badge: InboxModel::DueToolTipRole (exact local due time and policy).
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

private:
    /// Fonts of the text cache: regular and bold (sender and subject), and the smaller one.
    enum TextSlot { RegularSlot, BoldSlot, SmallSlot };
    struct Layout;
    Layout layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    /// Elided lines laid out once: a repaint of the same rows shapes no text again.
    mutable ElidedTextCache m_text;
};

} // namespace fi
