#pragma once
/// @file imapaccountdialog.h
/// @brief The imap kind's editor dialog (imapeditor.h: File ▸ Add IMAP account…, Edit account…): server, security, login, the
/// folders to watch (from the server's LIST) and what triage writes back. Issue 3.
///
/// The connection check runs imap::probeAccountAsync() on a worker thread; the dialog never
/// blocks on the network or the keychain. GUI thread only.

#include "sources/imap/imapprobe.h"
#include "sources/source.h"

#include <QDialog>
#include <QFuture>
#include <QFutureWatcher>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace fi {

/**
 * @brief Dialog to add or edit one IMAP account (a source of the imap kind).
 *
 * Saving needs valid fields (host, user, a password for a new account, at least one folder,
 * plaintext only on loopback or with the opt-in) and either a successful connection check with
 * the current settings or an explicit "Save without checking". Pressing Save before a check
 * runs the check first and saves when it succeeds.
 *
 * Certificates: an untrusted certificate is shown with its SHA-256 fingerprint and a "Trust this
 * certificate" box that pins exactly that fingerprint for this account (and checks again).
 *
 * The password is never part of config(); the caller stores password() in the keychain, or
 * does so in the committer (setCommitter()) so a keychain failure keeps the dialog open.
 */
class ImapAccountDialog : public QDialog {
    Q_OBJECT
public:
    /// Saves an accepted account: returns a future whose result is a translated error message,
    /// empty on success. Called on the GUI thread; must not block. @p password empty = unchanged.
    using Committer = std::function<QFuture<QString>(const SourceConfig &config, const QString &password)>;

    /// A dialog for a new account (TLS, port 993, INBOX, write-back on, poll every 2 minutes).
    explicit ImapAccountDialog(QWidget *parent = nullptr);
    /// A dialog editing @p existing (of the imap kind). The password field starts empty with the
    /// placeholder "unchanged"; left empty, the keychain entry is kept (and used for checks).
    explicit ImapAccountDialog(const SourceConfig &existing, QWidget *parent = nullptr);
    /// Waits for a save still running (it uses the store the committer was given).
    ~ImapAccountDialog() override;

    bool isEditing() const { return m_original.id > 0; }

    /// The account as entered: the existing config (id, enabled, other settings) updated with
    /// location, settings (security, folders, trustedFingerprint, allowPlaintext, writeBack,
    /// archiveFolder, pollSeconds, addresses) and name (when left empty: the user
    /// name if it is an address, else user@host). No password.
    SourceConfig config() const;
    /// The password typed; empty when editing and left unchanged.
    QString password() const;

    /// Sources already configured: adding an account whose user, host and port match one of
    /// them is refused with a hint (editing excludes its own id).
    void setExistingSources(const QList<SourceConfig> &sources);
    /// How to save on Save / Save without checking (keychain + store). Without one, the dialog
    /// just accepts and the caller saves.
    void setCommitter(Committer committer);

    /// Whether the last check succeeded with the settings as they are now.
    bool isChecked() const { return m_checkedOk; }
    /// Whether a check or a save is running.
    bool isBusy() const;

public Q_SLOTS:
    /// Start the connection check (the "Check connection & load folders" button).
    void check();
    /// Save without a (successful) check.
    void saveWithoutChecking();
    void accept() override;
    void reject() override;

Q_SIGNALS:
    /// A check finished (success or error) and the dialog shows its outcome.
    void checkFinished(bool ok);

private:
    enum class StatusKind { None, Busy, Ok, Warning, Error };
    void build();
    void load(const SourceConfig &config);
    void connectSignals();
    imap::Account currentAccount() const;
    QString connectionError() const;  ///< What is missing before a check can run; empty = ok.
    QString validationError() const;  ///< What is missing before saving; empty = ok.
    void onSecurityChanged();
    void onConnectionEdited();
    void onCheckFinished();
    void onTrustToggled(bool on);
    void setFolders(const QStringList &serverFolders);
    QStringList checkedFolders() const;
    void setArchiveChoices(const QStringList &folders, const QString &current);
    void commit();
    void onCommitFinished();
    void showStatus(StatusKind kind, const QString &text);
    void updateState();
    bool plaintextOptInNeeded() const;

    SourceConfig m_original;
    imap::Account m_base;           ///< The edited account (or defaults); keeps timeoutSeconds.
    QString m_storedKey;            ///< Keychain key of the saved account (editing), else empty.
    QList<SourceConfig> m_existing;
    Committer m_committer;
    QString m_trustedFingerprint;   ///< Pinned fingerprint (from the config or "Trust this certificate").
    QString m_offeredFingerprint;   ///< Fingerprint of the last untrusted certificate shown.
    bool m_showTrust = false;       ///< The trust row applies (certificate offered or pinned).
    bool m_checkedOk = false;
    bool m_saveAfterCheck = false;
    bool m_portEdited = false;
    bool m_loading = false;
    int m_lastSecurity = 0;
    quint64 m_generation = 0;       ///< Bumped by every edit of the connection settings.
    quint64 m_checkGeneration = 0;  ///< Generation the running check was started with.
    QFutureWatcher<imap::ProbeResult> *m_checkWatcher;
    QFutureWatcher<QString> *m_commitWatcher;

    QFormLayout *m_serverForm;
    QWidget *m_trustRow;
    QLineEdit *m_host;
    QComboBox *m_security;
    QSpinBox *m_port;
    QCheckBox *m_allowPlaintext;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QPushButton *m_checkButton;
    QLabel *m_statusIcon;
    QLabel *m_status;  ///< Qt::PlainText: quotes server errors.
    QCheckBox *m_trust;
    QLabel *m_fingerprint;  ///< Qt::PlainText.
    QListWidget *m_folders;
    QCheckBox *m_writeBack;
    QComboBox *m_archive;
    QSpinBox *m_poll;
    QLineEdit *m_addresses;
    QLineEdit *m_name;
    QDialogButtonBox *m_buttons;
    QLabel *m_folderHint;
    QLabel *m_hint;  ///< Qt::PlainText (makePlainLabel): quotes what was typed.
    QPushButton *m_saveButton;
    QPushButton *m_saveUnchecked;
};

} // namespace fi
