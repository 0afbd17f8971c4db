#pragma once
/// @file webhookdialog.h
/// @brief The webhook kind's editor dialog (webhookeditor.h: File ▸ Add webhook…, the source
/// list's "Webhook settings…"): a name and a loopback port; after adding, the endpoint, the
/// token and a ready-to-paste curl command; when editing, the token (hidden until asked) and
/// "Rotate token…". Issue 13.
///
/// The token lives in the system keychain only (webhook::provisionToken() / readToken() /
/// forgetToken()); the dialog holds it in memory while open and never logs or stores it. The
/// keychain and the store are only touched on a worker thread (QtConcurrent::run on
/// workerPool()): the dialog never blocks on D-Bus or a commit. GUI thread only.

#include "sources/sourceeditors.h"

#include <QDialog>
#include <QFutureWatcher>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace fi::webhook {

/**
 * @brief Dialog to add or edit one webhook source.
 *
 * Adding: the port suggested is the first one from kDefaultPort upward that no webhook source
 * uses; a port another webhook source uses is refused (the hint says which source). "Add"
 * provisions a token (keychain) and adds the source (store) on a worker, calls context.saved(id)
 * and switches to a page with the endpoint, the token (Copy) and a curl example
 * (WebhookResultPage, webhookresultpage.h); Close closes.
 *
 * Editing: the token is read from the keychain on a worker and shown masked ("Show" unmasks it);
 * if it cannot be read, the status says so and "Rotate token…" makes a new one. Rotating (after
 * a confirmation) provisions a new token under a new tokenId, stores the source with it, then
 * forgets the old keychain entry; context.saved(id) follows so the listener restarts. Save
 * stores the name and port (location = endpointFor(port); other settings, tokenId included,
 * stay) and closes. Failures are shown in the dialog, which stays open.
 */
class WebhookDialog : public QDialog {
    Q_OBJECT
public:
    /// A dialog adding a webhook source.
    explicit WebhookDialog(const SourceEditorContext &context, QWidget *parent = nullptr);
    /// A dialog editing @p existing (of the webhook kind).
    WebhookDialog(const SourceConfig &existing, const SourceEditorContext &context, QWidget *parent = nullptr);
    /// Waits for a running keychain or store job (both are bounded).
    ~WebhookDialog() override;

    bool isEditing() const { return m_original.id > 0; }
    /// The source as entered (the edited one with the new name and port). Never holds the token.
    SourceConfig config() const;
    /// Whether a keychain or store job is running.
    bool isBusy() const;
    /// The id the source was added or saved as; 0 before.
    qint64 savedId() const { return m_savedId; }
    /// Added, showing the page with the endpoint and the token.
    bool isShowingResult() const;
    /// The first port from kDefaultPort upward that none of @p sources (webhook ones) uses.
    static quint16 suggestedPort(const QList<SourceConfig> &sources);

public Q_SLOTS:
    void accept() override;
    void reject() override;
    /// Ask to confirm, then give the source a new token (editing only).
    void rotateToken();

Q_SIGNALS:
    /// A keychain/store job (add, token read, rotation, save) finished; the dialog shows the outcome.
    void workFinished(bool ok);

private:
    /// What a job on a worker thread reports. The token is only ever kept in memory.
    struct Outcome {
        SourceConfig config;  ///< As stored (add, rotation, save).
        QString token;        ///< Add, read, rotation.
        QString error;        ///< Translated; empty on success.
    };
    enum class Job { None, Add, Rotate, Save };
    enum class Status { None, Busy, Ok, Error };

    QWidget *buildForm();
    void refreshOthers();
    QString conflictOf(quint16 port) const;  ///< Name of another webhook source on @p port.
    void readStoredToken();
    void onTokenRead();
    void startRotation();
    void run(Job job, std::function<Outcome()> work);
    void onFinished();
    void showToken(const QString &token);
    void showResult(const QString &token, quint16 port);
    void showStatus(Status status, const QString &text);
    void growToFit();
    void updateState();

    SourceConfig m_original;
    SourceEditorContext m_context;
    QList<SourceConfig> m_others;  ///< The other webhook sources (their ports are taken).
    qint64 m_savedId = 0;
    QString m_token;               ///< Editing: the token shown; empty when unknown.
    Job m_job = Job::None;
    QFutureWatcher<Outcome> *m_watcher;      ///< Add, rotation, save.
    QFutureWatcher<Outcome> *m_readWatcher;  ///< Editing: the stored token.

    QWidget *m_formPage = nullptr;
    QWidget *m_resultPage = nullptr;  ///< Made once the source was added.
    QLineEdit *m_name = nullptr;
    QSpinBox *m_port = nullptr;
    QLabel *m_endpoint = nullptr;     ///< Qt::PlainText: the URL for the port as it is now.
    QLineEdit *m_tokenEdit = nullptr; ///< Editing: the stored token, masked until "Show".
    QPushButton *m_showToken = nullptr;
    QPushButton *m_copyToken = nullptr;
    QPushButton *m_rotate = nullptr;
    QLabel *m_statusIcon = nullptr;
    QLabel *m_status = nullptr;       ///< Qt::PlainText: keychain and store errors.
    QLabel *m_hint = nullptr;         ///< Qt::PlainText: quotes another source's name.
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_okButton = nullptr;  ///< Add / Save; Close on the result page.
};

} // namespace fi::webhook
