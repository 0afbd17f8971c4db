#pragma once
/// @file rulepreviewpanel.h
/// @brief The rules editor's live preview (issue 14): "These rules would move N stored items"
/// and the first 50 of them (subject — from tier → to tier — rule), recomputed 300 ms after the
/// last edit on a worker thread (RetierPlanner::preview() over the store's read connection of
/// that thread), and "Also move items I moved by hand". Only while the panel is visible: a
/// hidden panel (another Preferences tab) computes when it is shown. GUI thread only.

#include "config/appconfig.h"
#include "triage/retierplan.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QListWidget;

namespace fi {

class ItemStore;

class RulePreviewPanel : public QWidget {
    Q_OBJECT
public:
    /// How many moves the list shows.
    static constexpr int kListLimit = 50;
    /// Quiet time after the last edit before the preview is computed.
    static constexpr int kDelayMs = 300;

    explicit RulePreviewPanel(QWidget *parent = nullptr);
    /// Waits for a preview still running (it reads the store).
    ~RulePreviewPanel() override;

    /// @p store not owned (nullptr: no preview); must outlive the panel. The preview follows
    /// the store's changes (ItemStore::itemsChanged()).
    void setStore(ItemStore *store);
    ItemStore *store() const { return m_store; }
    /// Computes the preview of @p config (its rules are the edited ones) kDelayMs after the
    /// last call.
    void setConfig(const AppConfig &config);
    /// The rules have a mistake: no preview until setConfig() is called again.
    void setInvalid();
    bool includeManual() const;

    /// The last preview shown (empty before the first).
    const RetierPreview &preview() const { return m_preview; }
    /// Whether a preview is waiting for the quiet time or being computed (or, while hidden,
    /// waiting to be shown).
    bool isPending() const;

    QCheckBox *includeManualBox() const { return m_includeManual; }
    QLabel *summaryLabel() const { return m_summary; }
    /// One row per listed move; Qt::UserRole holds the item id.
    QListWidget *movesList() const { return m_moves; }

Q_SIGNALS:
    /// A new preview is shown (preview() has it).
    void updated();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void schedule();
    void start();
    void showPreview(const RetierPreview &preview);

    ItemStore *m_store = nullptr;
    AppConfig m_config;
    bool m_valid = false;
    bool m_again = false;    ///< The input changed while a preview was being computed.
    bool m_running = false;  ///< From start() until its result is handled on this thread.
    bool m_whenShown = false;  ///< A preview is due but the panel is hidden.
    RetierPreview m_preview;
    QTimer m_delay;
    QFutureWatcher<RetierPreview> m_watcher;
    QCheckBox *m_includeManual;
    QLabel *m_summary;  ///< Qt::PlainText (makePlainLabel); the moved items' subjects are in the table, plain too
    QListWidget *m_moves;
};

} // namespace fi
