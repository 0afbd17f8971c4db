#pragma once
/// @file accountsfeature.h
/// @brief Adding and editing sources in the running app, through the editors each kind
/// registered (views/sources/sourceeditors.h): File ▸ Add …, the Sources list's "Edit…", and
/// the first-start offers (an existing ~/Maildir). A saved source is synced at once.
/// GUI thread only.

#include <QObject>
#include <QPointer>

#include <functional>

class QDialog;
class QWidget;

namespace fi {

class ItemStore;
class SyncManager;
struct SourceEditorContext;

class AccountsFeature : public QObject {
    Q_OBJECT
public:
    /// None of the pointers is owned; store and sync must outlive this object. @p window parents
    /// the dialogs. @p myAddresses returns AppConfig::myAddresses at the time a dialog opens.
    AccountsFeature(ItemStore *store, SyncManager *sync, QWidget *window,
                    std::function<QStringList()> myAddresses = {}, QObject *parent = nullptr);
    /// Closes an open dialog; the dialog waits for a save in progress (it uses the store).
    ~AccountsFeature() override;

public Q_SLOTS:
    /// File ▸ Add …: opens the "add" dialog of @p kind (window-modal, returns at once). One
    /// dialog at a time: while one is open, it is raised instead. Unknown kinds are ignored.
    void addSource(const QString &kind);
    /// Opens the edit dialog of source @p sourceId; kinds without one get a short notice.
    void editSource(qint64 sourceId);
    /// A kind's own command (SourceEditor::Action @p actionId of @p kind, e.g. OPML import):
    /// opens its dialog like addSource() (one dialog at a time). Unknown ones are ignored.
    void runSourceAction(const QString &kind, const QString &actionId);
    /// Every editor's first-start offer (SourceEditor::firstRunOffer), e.g. "Add your ~/Maildir?".
    void offerFirstRunSources();

Q_SIGNALS:
    /// A source was saved (added or updated) and its sync started.
    void sourceSaved(qint64 sourceId);

private:
    SourceEditorContext context();
    bool raiseOpenDialog();
    void run(QDialog *dialog);

    ItemStore *m_store;
    SyncManager *m_sync;
    QPointer<QWidget> m_window;
    std::function<QStringList()> m_myAddresses;
    QPointer<QDialog> m_dialog;  ///< The open dialog; one at a time.
};

} // namespace fi
