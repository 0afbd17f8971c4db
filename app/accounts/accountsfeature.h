#pragma once
/// @file accountsfeature.h
/// @brief Issue 3 in the running app: adding and editing IMAP accounts through
/// ImapAccountDialog. Saving writes the password to the system keychain and the source to the
/// store on a worker thread (a failure keeps the dialog open with the reason), then syncs the
/// source. GUI thread only.

#include <QFuture>
#include <QObject>
#include <QPointer>

class QWidget;

namespace fi {

class ImapAccountDialog;
class ItemStore;
class SyncManager;

class AccountsFeature : public QObject {
    Q_OBJECT
public:
    /// None of the pointers is owned; store and sync must outlive this object. @p window parents
    /// the dialogs.
    AccountsFeature(ItemStore *store, SyncManager *sync, QWidget *window, QObject *parent = nullptr);
    /// Waits for a save in progress (it uses the store).
    ~AccountsFeature() override;

public Q_SLOTS:
    /// File ▸ Add IMAP account…: opens the dialog (window-modal, returns at once).
    void addImapAccount();
    /// Opens the dialog for source @p sourceId (IMAP accounts; other kinds get a short notice).
    void editSource(qint64 sourceId);

Q_SIGNALS:
    /// The account was saved (added or updated) and its sync started.
    void sourceSaved(qint64 sourceId);

private:
    void run(ImapAccountDialog *dialog, const QString &previousKey);

    ItemStore *m_store;
    SyncManager *m_sync;
    QPointer<QWidget> m_window;
    QPointer<ImapAccountDialog> m_dialog;  ///< The open dialog; one at a time.
    QFuture<QString> m_saving;
};

} // namespace fi
