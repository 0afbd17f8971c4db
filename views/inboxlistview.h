#pragma once
/// @file inboxlistview.h
/// @brief The item list: an InboxModel in a one-column table view that keeps its selection
/// across reloads and paints a calm empty state.

#include "inboxmodel.h"

#include <QTableView>
#include <QSet>

namespace fi {

/**
 * @brief List of inbox items. GUI thread only.
 *
 * Selection: row changes come as row signals (InboxModel), so the current index and the
 * selection follow their items by themselves. When the current item leaves the list, the item
 * that took its row becomes current and selected (or the last row). Across the rare model
 * resets (view switch, filter, huge changes) the current item is found again by id; after a
 * view switch the first row is selected.
 *
 * Scroll position across row changes: when the list is scrolled to the very top, it stays at
 * the top, so new mail sorting in at the top comes into sight (as mail clients do). Otherwise
 * the first visible item stays exactly where it was, however many rows were inserted or removed
 * above it; if that item left the list, the next item that was visible below it is kept.
 *
 * Why a QTableView of one column and not a QListView: every row is as high as the delegate's
 * sizeHint (a fixed vertical header section size), so inserting or removing one row costs a
 * shift of the header's sections. QListView lays out every row again on each row signal: at
 * 88,000 rows that took 3-5 ms of each undo (`u` puts a row back; perf of bench/triage), and
 * `u` went from p50 12 / p99 16 ms to p50 7 / p99 12 ms with the table. Screen readers see a
 * table of one column whose cells carry the rows' sentences (Qt::AccessibleTextRole).
 */
class InboxListView : public QTableView {
    Q_OBJECT
public:
    explicit InboxListView(QWidget *parent = nullptr);

    /// @param model not owned.
    void setInboxModel(InboxModel *model);
    InboxModel *inboxModel() const { return m_model; }

    /// Store id of the current item, or 0.
    qint64 currentItemId() const;
    /// Make the item with @p id current now if present, else as soon as a load brings it.
    /// With @p conversationId (issue 18; 0 = none), the row of that conversation does too
    /// while the list shows conversations (InboxModel::rowForItem()).
    void selectItemId(qint64 id, qint64 conversationId = 0);
    /// Move the current row by @p delta (clamped). Returns false if it did not move.
    bool moveCurrent(int delta);
    /// The id the selection should move to when the current item leaves the list
    /// (next row, else previous row), or 0.
    qint64 neighbourOfCurrent() const;
    /// Issue 12: where the selection goes when the items @p leaving are acted on. When the
    /// current item is not among them, the current item; else the nearest row that is not
    /// among them, searched downwards first (@p forward) or upwards first; 0 when none is left.
    qint64 neighbourAfter(const QSet<qint64> &leaving, bool forward) const;

    // ---- issue 12: selecting several items (x, Shift+J, Shift+K) ----
    // The marked items are the list's selection (highlighted rows); the current row moves
    // freely (j/k) without changing it and is outlined. Without marks the current row is the
    // selection, as before. Marks follow their items across row changes and model resets.
    /// Mark the current item, or unmark it when it is marked.
    void toggleMark();
    /// Mark the current item, move the current row by @p delta and mark that row too
    /// (Shift+J = +1, Shift+K = -1). Returns false when the current row did not move.
    bool extendMark(int delta);
    /// Forget every mark; the current row becomes the selection again.
    void clearMarks();
    bool hasMarks() const { return !m_marked.isEmpty(); }
    /// The marked items that are in the list, in list order.
    QList<qint64> markedIds() const;

    /// What the list says when it has no rows: the view's own text, or that a search found
    /// nothing while one is active (InboxModel::search()). Plain text, translated.
    QString emptyText() const;

Q_SIGNALS:
    /// The current item changed (0 = none).
    void currentItemChanged(qint64 itemId);
    /// The marks changed (issue 12); @p count marked items are in the list.
    void marksChanged(int count);

protected:
    void paintEvent(QPaintEvent *event) override;
    /// A mouse click selects one item, as before: it clears the marks.
    void mousePressEvent(QMouseEvent *event) override;
    /// Font or style changes: the row height follows the delegate again.
    void changeEvent(QEvent *event) override;

private:
    /// Row height from the delegate's sizeHint (every row has the same).
    void updateRowHeight();
    void rememberCurrent();
    void rememberScroll();
    void restoreScroll();
    int firstVisibleRow() const;
    void restoreCurrent();
    void setCurrentRow(int row);
    /// Make the selection model show the marks (or the current row when there are none).
    void applyMarks();
    /// Flag strips of flagged rows and the outline of the current row while marking.
    void paintIndicators();

    InboxModel *m_model = nullptr;
    qint64 m_rememberedId = 0;
    int m_rememberedRow = -1;
    qint64 m_wantedId = 0;
    qint64 m_wantedConversation = 0;
    /// The row of m_wantedId (or of its conversation, m_wantedConversation), or -1.
    int wantedRow() const;
    qint64 m_lastEmittedId = -1;
    bool m_scrollAtTop = true;      ///< Before a row update: the list was at the top.
    /// Before a row update: the visible items, top first, with their y in the viewport (px).
    QList<std::pair<qint64, int>> m_visibleRows;
    QSet<qint64> m_marked;  ///< Issue 12: ids of the marked items.
};

} // namespace fi
