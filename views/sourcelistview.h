#pragma once
/// @file sourcelistview.h
/// @brief Sidebar section listing the sources with their sync status (SourceStatusModel) and a
/// context menu: Sync now, the kind's Edit entry (views/sources/sourceeditors.h), Remove source…,
/// and the kinds' own commands (SourceEditor::Action, e.g. OPML import/export; also on empty space).

#include <QListView>

#include <functional>
#include <optional>

namespace fi {

/**
 * @brief Shows each source as "name / status line" with its kind's icon and a status dot (green up to date, blue
 * syncing, amber offline and retrying, red needs the user). The full reason is the tooltip.
 * Height follows the number of sources. GUI thread only; does not own the model.
 */
class SourceListView : public QListView {
    Q_OBJECT
public:
    explicit SourceListView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    /// The context menu of the row of @p sourceId (tests, keyboard Menu key).
    /// An invalid @p index (empty space) gets only the kinds' own commands.
    void showMenuFor(const QModelIndex &index, const QPoint &globalPos);

    /// Issue 14: whether source @p sourceId screens new senders (nullopt: the screener does
    /// not apply to it); set by the screener (views/triage/screenerfeature.h). The context menu
    /// then offers a checkable "Screen new senders" that emits screenerToggled().
    void setScreenerState(std::function<std::optional<bool>(qint64 sourceId)> state) { m_screenerState = std::move(state); }

Q_SIGNALS:
    void syncRequested(qint64 sourceId);
    /// The user turned the screener of @p sourceId on or off (context menu).
    void screenerToggled(qint64 sourceId, bool on);
    void editRequested(qint64 sourceId);
    void removeRequested(qint64 sourceId);
    /// A kind's own command (SourceEditor::Action @p actionId of @p kind) was chosen.
    void sourceActionRequested(const QString &kind, const QString &actionId);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    std::function<std::optional<bool>(qint64)> m_screenerState;
};

} // namespace fi
