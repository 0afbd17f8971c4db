#pragma once
/// @file githubaccountdialog.h
/// @brief The github kind's editor dialog (githubeditor.h: File ▸ Add GitHub account…, the
/// source list's "Edit GitHub account…"): the REST API base URL, a personal access token checked
/// with `GET /user`, a name and the poll interval. Issue 13.
///
/// The check goes through net::HttpFetcher (answers arrive on the GUI thread); the keychain is
/// only touched on a worker thread (QtConcurrent::run on workerPool()). The dialog never blocks
/// on the network, the keychain or the store. GUI thread only.

#include "net/httpfetcher.h"
#include "sources/sourceeditors.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QUrl>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace fi::github {

/**
 * @brief Dialog to add or edit one GitHub account (a source of the github kind).
 *
 * "Check" asks `GET <base>/user` with the token and shows "Signed in as LOGIN" or GitHub's
 * reason (github::failureOf(), as plain text). Add/Save is enabled after a successful check
 * with the base URL and token as they are now, or, when editing, while neither was changed.
 * Enter runs the check until one succeeded, then saves.
 *
 * Saving (on a worker thread) writes the token to the keychain (github::writeToken()) and
 * then adds the source (ItemStore::addSource(), github::configFor()) or updates it
 * (ItemStore::updateSource()); then it calls context.saved(id) on the GUI thread and closes.
 * A keychain or store failure is shown in the dialog, which stays open. An account already
 * configured (same github::secretKeyOf(): login and base URL) is refused with its name.
 *
 * Editing: the token field starts empty ("unchanged"); left empty, the stored token is kept.
 * When only the base URL changed, the check reads the stored token (github::readToken(), on a
 * worker thread) and saving stores it under the account's new keychain key. An old keychain
 * entry no other source uses is deleted after a successful write under a new key.
 */
class GitHubAccountDialog : public QDialog {
    Q_OBJECT
public:
    /// A dialog adding an account (base URL https://api.github.com, poll every minute).
    explicit GitHubAccountDialog(const SourceEditorContext &context, QWidget *parent = nullptr);
    /// A dialog editing @p existing (of the github kind).
    GitHubAccountDialog(const SourceConfig &existing, const SourceEditorContext &context, QWidget *parent = nullptr);
    /// Cancels a running check; waits for a running keychain read or save (both are bounded).
    ~GitHubAccountDialog() override;

    bool isEditing() const { return m_original.id > 0; }
    /// The source as entered (the existing one updated when editing). The login is the checked
    /// one, else the stored one. Never contains the token.
    SourceConfig config() const;
    /// Whether the last check succeeded with the base URL and token as they are now.
    bool isChecked() const { return m_checked; }
    /// The login the last successful check found; empty before.
    QString login() const { return m_checked ? m_login : QString(); }
    /// Whether a check or a save is running.
    bool isBusy() const;
    /// The id the source was saved as; 0 before.
    qint64 savedId() const { return m_savedId; }

public Q_SLOTS:
    /// Ask GitHub who the token belongs to (the "Check" button).
    void check();
    /// Save (when allowed; see the class comment), or check first when a check is needed.
    void accept() override;
    void reject() override;

Q_SIGNALS:
    /// A check finished; the status shows the login or the reason.
    void checkFinished(bool ok);

private:
    /// The stored token, read on a worker thread (editing, token field left empty).
    struct StoredToken {
        QString token;  ///< Empty when it could not be read.
        QString error;  ///< Translated, when token is empty.
    };
    /// What a save on the worker thread reports.
    struct SaveResult {
        qint64 id = 0;
        QString error;  ///< Translated; empty on success.
    };
    enum class Status { None, Busy, Ok, Warning, Error };

    void build();
    void load();
    QUrl baseUrl() const;            ///< As typed, normalised; invalid when it is not allowed.
    QString connectionError() const; ///< What keeps the check from running; empty = ok.
    QString duplicateOf(const QString &login) const;  ///< Name of a source of the same account.
    bool unchanged() const;          ///< Editing, and neither the token nor the base URL changed.
    bool canSave() const;
    void invalidate();
    void fetchUser(const QUrl &base, const QString &token, quint64 generation);
    void onStoredToken();
    void onUserAnswer(const net::FetchResponse &response, const QUrl &base, const QString &token, quint64 generation);
    void finishCheck(Status status, const QString &text, bool ok);
    void save();
    void onSaved();
    void showStatus(Status status, const QString &text);
    void updateState();

    SourceConfig m_original;
    SourceEditorContext m_context;
    quint64 m_generation = 0;         ///< Bumped by every edit of the base URL or the token.
    net::HttpFetcher::Ticket m_ticket = 0;
    bool m_fetching = false;
    bool m_checked = false;
    QString m_login;                  ///< From the last successful check.
    QString m_duplicate;              ///< Name of a source of the checked account, if any.
    QString m_token;                  ///< The checked token (typed, or read from the keychain).
    bool m_tokenFromKeychain = false; ///< m_token is the stored one (editing, field left empty).
    qint64 m_savedId = 0;
    QFutureWatcher<StoredToken> *m_readWatcher;
    QFutureWatcher<SaveResult> *m_saveWatcher;

    QLineEdit *m_baseUrl;
    QLineEdit *m_tokenEdit;
    QLabel *m_tokenHelp;  ///< Qt::PlainText: fixed help text (the project shows no rich text in dialogs).
    QPushButton *m_checkButton;
    QLabel *m_statusIcon;
    QLabel *m_status;     ///< Qt::PlainText (makePlainLabel): the login and GitHub's error messages.
    QLineEdit *m_name;
    QSpinBox *m_poll;     ///< Minutes; stored as seconds (kPollSetting).
    int m_loadedPollMinutes = 0;  ///< What m_poll showed for the edited source (its seconds are kept).
    QLabel *m_hint;       ///< Qt::PlainText (makePlainLabel): quotes the typed base URL.
    QDialogButtonBox *m_buttons;
    QPushButton *m_okButton;
};

} // namespace fi::github
