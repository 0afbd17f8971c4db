#include "sources/github/githubaccountdialog.h"

#include "concurrency/workerpool.h"
#include "plaintext.h"
#include "secrets/secretstore.h"
#include "sources/github/githubapi.h"
#include "sources/github/githubkind.h"
#include "storage/itemstore.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace fi::github {

namespace {

/// The base URL as the kind stores it (configFor(): trimmed, default when empty, no trailing '/').
QString normalisedBase(const QString &text) { return configFor(text, QString()).location; }

/// Whether the answer's X-OAuth-Scopes (sent for classic tokens) allow reading notifications;
/// true when there is no such header (no opinion). Either scope will do (GitHub's REST docs).
bool scopesAllowNotifications(const net::FetchResponse &response)
{
    for (const auto &[name, value] : response.headers) {
        if (name.compare("X-OAuth-Scopes", Qt::CaseInsensitive) != 0)
            continue;
        const QList<QByteArray> scopes = value.split(',');
        return std::any_of(scopes.begin(), scopes.end(), [](const QByteArray &scope) {
            return scope.trimmed() == "notifications" || scope.trimmed() == "repo";
        });
    }
    return true;
}

/// A wrapped, muted label that shows its text literally (Qt::PlainText, makePlainLabel).
QLabel *mutedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    makePlainLabel(label);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

GitHubAccountDialog::GitHubAccountDialog(const SourceEditorContext &context, QWidget *parent)
    : GitHubAccountDialog(SourceConfig{}, context, parent)
{
}

GitHubAccountDialog::GitHubAccountDialog(const SourceConfig &existing, const SourceEditorContext &context, QWidget *parent)
    : QDialog(parent),
      m_original(existing),
      m_context(context),
      m_readWatcher(new QFutureWatcher<StoredToken>(this)),
      m_saveWatcher(new QFutureWatcher<SaveResult>(this))
{
    if (m_original.kind.isEmpty())
        m_original.kind = kindKey();
    build();
    load();
    connect(m_readWatcher, &QFutureWatcher<StoredToken>::finished, this, &GitHubAccountDialog::onStoredToken);
    connect(m_saveWatcher, &QFutureWatcher<SaveResult>::finished, this, &GitHubAccountDialog::onSaved);
    updateState();
}

GitHubAccountDialog::~GitHubAccountDialog()
{
    if (m_ticket)
        net::HttpFetcher::instance().cancel(m_ticket);
    // Both are bounded (the keychain's timeout, one store commit); the store outlives the dialog.
    m_readWatcher->waitForFinished();
    m_saveWatcher->waitForFinished();
}

void GitHubAccountDialog::build()
{
    setWindowTitle(isEditing() ? tr("Edit GitHub Account") : tr("Add GitHub Account"));
    setObjectName(QStringLiteral("gitHubAccountDialog"));
    setSizeGripEnabled(true);
    setMinimumWidth(fontMetrics().averageCharWidth() * 96);

    auto *intro = mutedLabel(tr("Focus Inbox reads your GitHub notifications with a personal access token. "
                                "The token is kept in the system keychain, never in its own files."), this);

    m_baseUrl = new QLineEdit(this);
    m_baseUrl->setObjectName(QStringLiteral("baseUrl"));
    m_baseUrl->setAccessibleName(tr("API base URL"));
    m_baseUrl->setPlaceholderText(tr("%1, or https://HOST/api/v3 for GitHub Enterprise Server")
                                      .arg(QLatin1String(kDefaultBaseUrl)));
    m_baseUrl->setToolTip(tr("The address of GitHub's REST API: %1 for github.com, https://HOST/api/v3 "
                             "for GitHub Enterprise Server").arg(QLatin1String(kDefaultBaseUrl)));

    m_tokenEdit = new QLineEdit(this);
    m_tokenEdit->setObjectName(QStringLiteral("token"));
    m_tokenEdit->setAccessibleName(tr("Personal access token"));
    m_tokenEdit->setEchoMode(QLineEdit::Password);
    m_tokenEdit->setPlaceholderText(isEditing() ? tr("unchanged") : tr("ghp_…"));
    m_tokenEdit->setToolTip(isEditing() ? tr("Leave empty to keep the token stored in the keychain")
                                        : tr("Stored in the system keychain"));
    m_checkButton = new QPushButton(tr("&Check"), this);
    m_checkButton->setObjectName(QStringLiteral("check"));
    m_checkButton->setToolTip(tr("Ask GitHub who this token belongs to (nothing is changed)"));
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_tokenEdit, 1);
    tokenRow->addWidget(m_checkButton);

    // GitHub's notifications endpoints accept only classic tokens (docs.github.com/rest/activity/notifications).
    // Qt::PlainText (mutedLabel): fixed help text, its quotes shown literally.
    m_tokenHelp = mutedLabel(tr("Use a personal access token (classic) with the \"notifications\" scope. "
                                "GitHub's notifications API does not accept fine-grained tokens."), this);
    m_tokenHelp->setObjectName(QStringLiteral("tokenHelp"));

    m_statusIcon = new QLabel(this);
    m_statusIcon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setAccessibleName(tr("Check result"));
    makePlainLabel(m_status);  // Qt::PlainText: shows the login and GitHub's error messages
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    // A line for "Signed in as …" from the start, so the dialog does not jump when it arrives.
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing());
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusIcon);
    statusRow->addWidget(m_status, 1);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setToolTip(tr("How this account is shown in Focus Inbox (optional)"));

    m_poll = new QSpinBox(this);
    m_poll->setObjectName(QStringLiteral("poll"));
    m_poll->setAccessibleName(tr("Check for new notifications every, in minutes"));
    m_poll->setRange(kDefaultPollSeconds / 60, 24 * 60);
    m_poll->setSuffix(tr(" min"));
    m_poll->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);  // a number, not a line of text
    m_poll->setToolTip(tr("How often to ask GitHub for new notifications, in minutes (at least one). "
                          "When GitHub asks for longer pauses, they are kept."));

    m_hint = mutedLabel(QString(), this);  // Qt::PlainText: validation errors quote what was typed
    m_hint->setObjectName(QStringLiteral("hint"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_okButton = isEditing() ? m_buttons->addButton(QDialogButtonBox::Save)
                             : m_buttons->addButton(tr("&Add"), QDialogButtonBox::AcceptRole);
    m_okButton->setObjectName(QStringLiteral("ok"));
    m_okButton->setToolTip(isEditing() ? tr("Save the account") : tr("Add the account (after a successful check)"));

    auto *form = new QFormLayout;
    form->addRow(tr("API &base URL:"), m_baseUrl);
    auto *tokenLabel = new QLabel(tr("Personal access &token:"), this);
    tokenLabel->setBuddy(m_tokenEdit);  // a layout as the field gets no buddy by itself
    form->addRow(tokenLabel, tokenRow);
    form->addRow(QString(), m_tokenHelp);
    form->addRow(QString(), statusRow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Check for new notifications &every:"), m_poll);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_hint, 1);
    bottom->addWidget(m_buttons);

    auto *root = new QVBoxLayout(this);
    root->addWidget(intro);
    root->addLayout(form);
    root->addStretch(1);
    root->addLayout(bottom);

    const QList<QWidget *> order{m_baseUrl, m_tokenEdit, m_checkButton, m_name, m_poll, m_buttons};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    connect(m_baseUrl, &QLineEdit::textChanged, this, &GitHubAccountDialog::invalidate);
    connect(m_tokenEdit, &QLineEdit::textChanged, this, &GitHubAccountDialog::invalidate);
    connect(m_checkButton, &QPushButton::clicked, this, &GitHubAccountDialog::check);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &GitHubAccountDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &GitHubAccountDialog::reject);
}

void GitHubAccountDialog::load()
{
    const QSignalBlocker blockBase(m_baseUrl);
    const QSignalBlocker blockToken(m_tokenEdit);
    m_baseUrl->setText(isEditing() ? m_original.location : QString::fromLatin1(kDefaultBaseUrl));
    m_name->setText(m_original.name);
    m_login = m_original.settings.value(QLatin1String(kLoginSetting)).toString();
    if (isEditing())
        m_loadedPollMinutes = qMax(1, (pollSecondsOf(m_original) + 30) / 60);
    m_poll->setValue(isEditing() ? m_loadedPollMinutes : kDefaultPollSeconds / 60);
    m_tokenEdit->setFocus();  // the default base URL is right for most people
}

QUrl GitHubAccountDialog::baseUrl() const
{
    SourceConfig probe;
    probe.location = normalisedBase(m_baseUrl->text());
    return baseUrlOf(probe);
}

QString GitHubAccountDialog::connectionError() const
{
    if (!baseUrl().isValid())
        return tr("\"%1\" is not an address of GitHub's API. Use %2, or https://HOST/api/v3 for GitHub "
                  "Enterprise Server.")
            .arg(m_baseUrl->text().trimmed(), QLatin1String(kDefaultBaseUrl));
    if (!isEditing() && m_tokenEdit->text().trimmed().isEmpty())
        return tr("Paste a personal access token, then check it.");
    return {};
}

QString GitHubAccountDialog::duplicateOf(const QString &login) const
{
    if (!m_context.store || login.isEmpty())
        return {};
    const QString key = secretKeyOf(configFor(normalisedBase(m_baseUrl->text()), login));
    for (const SourceConfig &s : m_context.store->sources())
        if (s.kind == kindKey() && s.id != m_original.id && secretKeyOf(s) == key)
            return s.name;
    return {};
}

bool GitHubAccountDialog::unchanged() const
{
    return isEditing() && m_tokenEdit->text().trimmed().isEmpty()
           && normalisedBase(m_baseUrl->text()) == normalisedBase(m_original.location);
}

bool GitHubAccountDialog::canSave() const
{
    return !isBusy() && connectionError().isEmpty() && (unchanged() || (m_checked && m_duplicate.isEmpty()));
}

bool GitHubAccountDialog::isBusy() const
{
    return m_fetching || m_readWatcher->isRunning() || m_saveWatcher->isRunning();
}

SourceConfig GitHubAccountDialog::config() const
{
    const QString login = (m_checked || isEditing()) ? m_login : QString();
    SourceConfig c = configFor(m_baseUrl->text(), login, m_name->text());
    if (isEditing()) {
        SourceConfig edited = m_original;  // id, enabled and other settings stay
        edited.location = c.location;
        edited.name = c.name;
        edited.settings.insert(QLatin1String(kLoginSetting), login);
        c = edited;
    }
    if (!isEditing() || m_poll->value() != m_loadedPollMinutes)
        c.settings.insert(QLatin1String(kPollSetting), m_poll->value() * 60);
    return c;
}

void GitHubAccountDialog::invalidate()
{
    // The base URL or the token changed: whatever the last check found no longer applies.
    ++m_generation;
    if (m_ticket) {
        net::HttpFetcher::instance().cancel(m_ticket);
        m_ticket = 0;
    }
    m_fetching = false;
    m_checked = false;
    m_duplicate.clear();
    m_token.clear();
    m_tokenFromKeychain = false;
    if (isEditing())
        m_login = m_original.settings.value(QLatin1String(kLoginSetting)).toString();
    showStatus(Status::None, {});
    updateState();
}

void GitHubAccountDialog::check()
{
    if (m_saveWatcher->isRunning())
        return;
    invalidate();  // a new check replaces a running one
    if (const QString problem = connectionError(); !problem.isEmpty()) {
        finishCheck(Status::Error, problem, false);
        return;
    }
    const QString typed = m_tokenEdit->text().trimmed();
    if (!typed.isEmpty()) {
        fetchUser(baseUrl(), typed, m_generation);
        return;
    }
    // Editing with the token left empty: check the stored one (the keychain blocks: a worker).
    showStatus(Status::Busy, tr("Reading the token from the keychain…"));
    const SourceConfig stored = m_original;
    m_readWatcher->setProperty("generation", m_generation);
    m_readWatcher->setFuture(QtConcurrent::run(workerPool(), [stored] {
        StoredToken result;
        result.token = readToken(stored, &result.error).value_or(QString());
        return result;
    }));
    updateState();
}

void GitHubAccountDialog::onStoredToken()
{
    if (m_readWatcher->property("generation").toULongLong() != m_generation || m_readWatcher->future().resultCount() == 0) {
        updateState();  // stale: the fields changed while it ran
        return;
    }
    const StoredToken stored = m_readWatcher->result();
    if (stored.token.isEmpty()) {
        finishCheck(Status::Error, stored.error, false);
        return;
    }
    m_tokenFromKeychain = true;
    fetchUser(baseUrl(), stored.token, m_generation);
}

void GitHubAccountDialog::fetchUser(const QUrl &base, const QString &token, quint64 generation)
{
    m_fetching = true;
    showStatus(Status::Busy, tr("Asking %1 who this token belongs to…").arg(base.host()));
    updateState();
    m_ticket = net::HttpFetcher::instance().fetch(apiRequest(userUrl(base), token), this,
                                                  [this, base, token, generation](const net::FetchResponse &response) {
                                                      onUserAnswer(response, base, token, generation);
                                                  });
}

void GitHubAccountDialog::onUserAnswer(const net::FetchResponse &response, const QUrl &base, const QString &token,
                                       quint64 generation)
{
    if (generation != m_generation)
        return;  // the fields changed meanwhile
    m_ticket = 0;
    m_fetching = false;
    if (response.outcome != net::FetchResponse::Outcome::Ok) {
        // GitHub's message in the error is server text: m_status shows it as plain text.
        finishCheck(Status::Error, failureOf(response, QDateTime::currentMSecsSinceEpoch()).error, false);
        m_tokenEdit->setFocus();
        return;
    }
    const std::optional<QString> login = loginOf(response.body);
    if (!login) {
        const QString shown = base.toDisplayString();
        finishCheck(Status::Error, tr("%1 answered, but not like GitHub's API. Check the base URL.").arg(shown), false);
        m_baseUrl->setFocus();
        return;
    }
    m_checked = true;
    m_login = *login;
    m_token = token;
    QString text = tr("Signed in as %1.").arg(m_login);
    Status status = Status::Ok;
    m_duplicate = duplicateOf(m_login);
    if (!m_duplicate.isEmpty()) {
        text += u' ' + tr("This account is already in Focus Inbox as \"%1\"; edit that one instead.").arg(m_duplicate);
        status = Status::Error;
    } else if (!scopesAllowNotifications(response)) {
        text += u' ' + tr("The token lacks the \"notifications\" scope, so GitHub will refuse to list "
                          "notifications. Add the scope to the token on GitHub.");
        status = Status::Warning;
    }
    finishCheck(status, text, true);
    if (status != Status::Error)
        m_okButton->setFocus();
}

void GitHubAccountDialog::finishCheck(Status status, const QString &text, bool ok)
{
    showStatus(status, text);
    updateState();
    Q_EMIT checkFinished(ok);
}

void GitHubAccountDialog::accept()
{
    if (isBusy())
        return;
    if (canSave()) {
        save();
        return;
    }
    if (!m_checked && connectionError().isEmpty())
        check();  // Enter before a successful check checks
}

void GitHubAccountDialog::save()
{
    if (!m_context.store) {
        QDialog::accept();
        return;
    }
    m_duplicate = duplicateOf(m_login);  // again: another dialog may have added it meanwhile
    if (!m_duplicate.isEmpty()) {
        finishCheck(Status::Error, tr("This account is already in Focus Inbox as \"%1\".").arg(m_duplicate), false);
        return;
    }
    const SourceConfig config = this->config();
    const QString previousKey = isEditing() ? secretKeyOf(m_original) : QString();
    const QString newKey = secretKeyOf(config);
    // Write the token when one was typed, or the stored one under the account's new key.
    const QString token = (m_tokenFromKeychain && previousKey == newKey) ? QString() : m_token;
    QList<SourceConfig> others;
    for (const SourceConfig &s : m_context.store->sources())
        if (s.id != m_original.id && s.kind == kindKey())
            others.append(s);
    ItemStore *store = m_context.store;
    showStatus(Status::Busy, tr("Saving…"));
    // The keychain (D-Bus) and the store's commit block: off the GUI thread.
    m_saveWatcher->setFuture(QtConcurrent::run(workerPool(), [store, config, token, previousKey, newKey, others] {
        SaveResult result;
        QString why;
        if (!token.isEmpty() && !writeToken(config, token, &why)) {
            result.error = tr("The token could not be stored in the system keychain: %1").arg(why);
            return result;
        }
        result.id = config.id > 0 ? (store->updateSource(config).result() ? config.id : 0) : store->addSource(config).result();
        if (result.id <= 0) {
            result.error = tr("The account could not be saved in the database.");
            return result;
        }
        const bool keyInUse = std::any_of(others.begin(), others.end(),
                                          [&](const SourceConfig &s) { return secretKeyOf(s) == previousKey; });
        if (!previousKey.isEmpty() && previousKey != newKey && !keyInUse)
            secrets::deleteSecret(previousKey);  // best effort: a stale entry is harmless
        return result;
    }));
    updateState();
}

void GitHubAccountDialog::onSaved()
{
    const SaveResult result = m_saveWatcher->future().resultCount() > 0 ? m_saveWatcher->result()
                                                                        : SaveResult{0, tr("Saving was interrupted.")};
    if (!result.error.isEmpty()) {
        showStatus(Status::Error, tr("Not saved: %1").arg(result.error));
        updateState();
        return;
    }
    m_savedId = result.id;
    if (m_context.saved)
        m_context.saved(result.id);
    QDialog::accept();
}

void GitHubAccountDialog::reject()
{
    if (m_saveWatcher->isRunning())
        return;  // saving: let it finish (it does not take long)
    QDialog::reject();
}

void GitHubAccountDialog::showStatus(Status status, const QString &text)
{
    QStyle::StandardPixmap icon = QStyle::SP_CustomBase;
    switch (status) {
    case Status::None: break;
    case Status::Busy: icon = QStyle::SP_BrowserReload; break;
    case Status::Ok: icon = QStyle::SP_DialogApplyButton; break;
    case Status::Warning: icon = QStyle::SP_MessageBoxWarning; break;
    case Status::Error: icon = QStyle::SP_MessageBoxCritical; break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_statusIcon->setPixmap(icon == QStyle::SP_CustomBase ? QPixmap() : style()->standardIcon(icon).pixmap(size, size));
    m_status->setText(text);
    m_status->setProperty("statusKind", int(status));
}

void GitHubAccountDialog::updateState()
{
    const bool saving = m_saveWatcher->isRunning();
    const bool checking = m_fetching || m_readWatcher->isRunning();
    const bool saveable = canSave();
    m_checkButton->setEnabled(!saving && !checking && connectionError().isEmpty());
    m_checkButton->setText(checking ? tr("Checking…") : tr("&Check"));
    m_okButton->setEnabled(saveable);
    // Enter checks until a check succeeded (or nothing needs one), then saves.
    (saveable ? m_okButton : m_checkButton)->setDefault(true);
    m_baseUrl->setReadOnly(saving);
    m_tokenEdit->setReadOnly(saving);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!saving);
    m_hint->setText(connectionError());
    const bool knownLogin = (m_checked || isEditing()) && !m_login.isEmpty();
    m_name->setPlaceholderText(configFor(QString(), knownLogin ? m_login : tr("login")).name);
}

} // namespace fi::github
