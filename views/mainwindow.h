#pragma once
/// @file mainwindow.h
/// @brief The main window: composes the sidebar, item list, reading pane, status bar and menus.

#include "about/aboutdialog.h"
#include "config/appconfig.h"
#include "settings/dndprobe.h"
#include "inboxmodel.h"
#include "readingpane.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QSplitter;
class QUndoCommand;
class QUndoStack;

namespace fi {

class CommandPalette;
class SearchFeature;
class InboxListView;
class InsightsWindow;
class OpenSourceFeature;
class MuteFeature;
class ScreenerFeature;
class SenderRuleFeature;
class ReplyFeature;
class SnoozeFeature;
class ItemStore;
class PreferencesDialog;
class SyncStatusWidget;
class TierSidebar;
struct MainActions;

/**
 * @brief Focus Inbox main window. Composes the views; triage goes through undoable commands
 * on the ItemStore. App-level requests (add a source, sync, quit) are signals the
 * application wires. GUI thread only.
 */
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// @param store not owned; must outlive the window.
    explicit MainWindow(ItemStore *store, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Policies, working hours and zone for due texts, filters, "snooze and pause" and the
    /// Preferences dialog (mainwindow_deadlines.cpp).
    void setAppConfig(const AppConfig &config);
    const AppConfig &appConfig() const { return m_config; }
    /// The data directory (AppPaths::dataDir()), shown in Preferences ▸ General (issue 14).
    void setDataDirectory(const QString &dir) { m_dataDir = dir; }

    /// How the reading pane gets a full body (run on a pool thread).
    void setBodyLoader(BodyLoader loader);

    InboxModel *inboxModel() const { return m_model; }
    QUndoStack *undoStack() const { return m_undoStack; }
    TierSidebar *sidebar() const { return m_sidebar; }
    InboxListView *itemList() const { return m_list; }
    ReadingPane *readingPane() const { return m_pane; }
    /// The window's actions (menus, shortcuts, stable ids); owned by the window.
    MainActions &actions() const { return *m_actions; }
    /// The snooze picker's wiring (`s`): the app gives it the focus session's end. Owned by the window.
    SnoozeFeature *snoozeFeature() const { return m_snooze; }
    /// `r` (issue 12): reply by mailto: or the item's web page. Owned by the window.
    ReplyFeature *replyFeature() const { return m_reply; }
    /// Shift+Enter: the web page, or the message in the mail client (the app gives it the
    /// message loader, views/triage/opensourcefeature.h). Owned by the window.
    OpenSourceFeature *openSourceFeature() const { return m_openSource; }
    /// The screener's decisions in New senders (issue 14, views/triage/screenerfeature.h). Owned by the window.
    ScreenerFeature *screenerFeature() const { return m_screener; }
    /// The item under the list's current index, if any.
    std::optional<Item> currentItem() const;
    /// What a triage action applies to: the marked items (x, Shift+J/K) in list order, else the
    /// current item; while the list shows conversations (issue 18), every message of theirs too
    /// (the rows' items first). Reads the store (GUI thread).
    QList<Item> targetItems() const;
    /// Move the selection on past the items @p command acts on (to the next item, or the
    /// previous one as AppConfig::afterTriage says), clear the marks, then push @p command
    /// (owned by the undo stack from then on). Features route their triage through this.
    void triage(QUndoCommand *command);
    /// Issue 12 (PALETTE): the Ctrl+K command palette (views/palette/); owned by the window.
    CommandPalette *commandPalette() const { return m_palette; }
    /// Issue 12 (FIND): the search field above the list and the saved searches (views/search/); owned by the window.
    SearchFeature *searchFeature() const { return m_search; }
    /// How to learn when the running focus session ends (UTC epoch ms; nullopt = none). The
    /// application sets it (app/focus); snooze choices "after this focus session" use it.
    void setFocusEndSource(std::function<std::optional<qint64>()> source) { m_focusEnd = std::move(source); }
    /// End of the running focus session (UTC epoch ms), or nullopt (none, or no source set).
    std::optional<qint64> focusSessionEndMs() const { return m_focusEnd ? m_focusEnd() : std::nullopt; }
    /// The desktop DND backend the app detected and its test, for Preferences ▸ Focus (issue 14;
    /// the application sets it, app/focus/focusfeature.cpp).
    void setDndProbe(DndProbe probe) { m_dndProbe = std::move(probe); }
    /// Issue 15: the Insights window once opened (showInsights()), else nullptr. Owned by the window.
    InsightsWindow *insightsWindow() const { return m_insights; }
    /// Issue 16: what Help ▸ About shows (version, git revision, libraries); the application
    /// sets it. Until then About shows the application version only.
    void setAboutInfo(AboutInfo info) { m_aboutInfo = std::move(info); }

public Q_SLOTS:
    /// Show a per-source progress bar in the status bar. @p total 0 = unknown.
    void setSyncProgress(qint64 sourceId, const QString &sourceName, int done, int total);
    /// Remove the source's progress bar and show @p summary for a while.
    void setSyncFinished(qint64 sourceId, const QString &summary);
    /// Switch the list to @p view (also selects it in the sidebar).
    void showView(fi::InboxView view);
    /// Show the view that holds item @p id (its tier, Done, Snoozed or New senders) and select it
    /// once loaded — used by notification "Open" actions, the breakthrough alert and
    /// `focusinbox open ID` (issue 16). A deadline filter or a search is cleared first (it could
    /// hide the item). Unknown ids are ignored.
    void openItem(qint64 id);
    /// Open the keyboard shortcut overlay.
    void showShortcuts();
    /// Edit ▸ Preferences…: on OK emits preferencesChanged().
    void showPreferences();
    /// Snooze the current item until @p untilMs (UTC epoch ms) keeping its remaining response time.
    void snoozePausedUntil(qint64 untilMs);
    /// Snooze targetItems() until @p untilMs (UTC epoch ms), one undo step.
    void snoozeUntil(qint64 untilMs);
    /// Issue 15, View ▸ Insights (`g i`): opens the Insights window, or raises it, and reads the
    /// figures again (mainwindow_insights.cpp).
    void showInsights();

Q_SIGNALS:
    /// File ▸ Add … (or the Sources "+" menu) was chosen for the kind with key @p kind; the
    /// application opens that kind's editor (views/sources/sourceeditors.h).
    void addSourceRequested(const QString &kind);
    /// A kind's own command from the File menu (SourceEditor::Action @p actionId of @p kind).
    void sourceActionRequested(const QString &kind, const QString &actionId);
    void syncRequested();
    void quitRequested();
    /// The user opened an item (Enter / double click); it was marked seen.
    void itemOpened(const fi::Item &item);
    /// The user saved the Preferences dialog with @p config (not yet written to config.json).
    void preferencesChanged(const fi::AppConfig &config);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void connectActions();
    void showCurrentItem();
    /// @p rows and, while the list shows conversations, every other message of their conversations.
    QList<Item> withConversations(const QList<Item> &rows) const;
    void openCurrent();
    void markDone();
    void moveToTier(Tier tier);
    void snoozePaused();
    void connectDeadlineActions();
    /// Issue 14 (mainwindow_rules.cpp): Preferences ▸ Rules' Apply / Undo apply.
    void connectRulesPage(PreferencesDialog *dialog);
    /// Issue 15 (mainwindow_insights.cpp): hands the working hours and policies to the Insights window.
    void updateInsightsSettings();
    // Issue 12 (mainwindow_triage.cpp): selection, read/unread, flag, g-navigation.
    void connectTriageActions();
    void updateTriageActions();
    void toggleSeen();
    void toggleFlag();
    void afterUndo();
    void updateActions();
    void showAbout();
    void saveSettings() const;
    void restoreSettings();

    ItemStore *m_store;
    QUndoStack *m_undoStack;
    InboxModel *m_model;
    TierSidebar *m_sidebar;
    InboxListView *m_list;
    ReadingPane *m_pane;
    SyncStatusWidget *m_sync;
    QSplitter *m_splitter;
    std::unique_ptr<MainActions> m_actions;
    SnoozeFeature *m_snooze = nullptr;  // issue 12 (snooze picker)
    ReplyFeature *m_reply = nullptr;            // issue 12 (r)
    MuteFeature *m_mute = nullptr;              // issue 13 (Shift+M)
    ScreenerFeature *m_screener = nullptr;      // issue 14 (New senders: 3/2/1, B)
    SenderRuleFeature *m_senderRules = nullptr; // issue 14 (Item ▸ Make a rule)
    OpenSourceFeature *m_openSource = nullptr;  // issue 12 (Shift+Enter: mail too)
    AppConfig m_config;
    QString m_dataDir;  // issue 14 (Preferences ▸ General)
    CommandPalette *m_palette = nullptr;                 // issue 12 (PALETTE)
    SearchFeature *m_search = nullptr;                   // issue 12 (FIND)
    std::function<std::optional<qint64>()> m_focusEnd;  // issue 12 (PALETTE, SNOOZE)
    DndProbe m_dndProbe;                                 // issue 14 (Preferences ▸ Focus)
    InsightsWindow *m_insights = nullptr;                // issue 15 (View ▸ Insights)
    AboutInfo m_aboutInfo;                               // issue 16 (Help ▸ About)
};

} // namespace fi
