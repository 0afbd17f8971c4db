#pragma once
/// @file inboxlistview.h
/// @brief The item list: an InboxModel in a QListView that keeps its selection across reloads
/// and paints a calm empty state.

#include "inboxmodel.h"

#include <QListView>

namespace fi {

/**
 * @brief List of inbox items. Selection follows the item id across model resets; when the
 * selected item vanished, the item that took its row is selected (or the last row).
 * After a view switch, the first row is selected. GUI thread only.
 */
class InboxListView : public QListView {
    Q_OBJECT
public:
    explicit InboxListView(QWidget *parent = nullptr);

    /// @param model not owned.
    void setInboxModel(InboxModel *model);
    InboxModel *inboxModel() const { return m_model; }

    /// Store id of the current item, or 0.
    qint64 currentItemId() const;
    /// Make the item with @p id current now if present, else as soon as a load brings it.
    void selectItemId(qint64 id);
    /// Move the current row by @p delta (clamped). Returns false if it did not move.
    bool moveCurrent(int delta);
    /// The id the selection should move to when the current item leaves the list
    /// (next row, else previous row), or 0.
    qint64 neighbourOfCurrent() const;

Q_SIGNALS:
    /// The current item changed (0 = none).
    void currentItemChanged(qint64 itemId);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void rememberCurrent();
    void restoreCurrent();
    void setCurrentRow(int row);
    QString emptyText() const;

    InboxModel *m_model = nullptr;
    qint64 m_rememberedId = 0;
    int m_rememberedRow = -1;
    qint64 m_wantedId = 0;
    qint64 m_lastEmittedId = -1;
};

} // namespace fi
