#include "sources/imap/imapaccountdialog.h"

#include "plaintext.h"
#include "sources/imap/imapkind.h"
#include "sources/imap/imapnames.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace fi {

namespace {

constexpr int kMinPollSeconds = 30;

quint16 defaultPort(imap::Security s) { return s == imap::Security::Tls ? 993 : 143; }

bool isInbox(const QString &folder) { return folder.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0; }

/// "AB:CD:…" (32 bytes) in two lines of 16 bytes, so it fits next to the checkbox.
QString twoLineFingerprint(const QString &fp)
{
    const QStringList bytes = fp.split(u':');
    if (bytes.size() <= 16)
        return fp;
    return bytes.mid(0, 16).join(u':') + u'\n' + bytes.mid(16).join(u':');
}

/// The name of an account nobody named: the user name when it is an address, else user@host.
QString defaultName(const QString &user, const QString &host)
{
    return user.contains(u'@') ? user : user + u'@' + host;
}

QStringList parseAddresses(const QString &text)
{
    QStringList out;
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    for (const QString &a : text.split(separators, Qt::SkipEmptyParts))
        if (a.contains(u'@'))
            out.append(a.trimmed().toLower());
    out.removeDuplicates();
    return out;
}

} // namespace

ImapAccountDialog::ImapAccountDialog(QWidget *parent)
    : ImapAccountDialog(SourceConfig{}, parent)
{
}

ImapAccountDialog::ImapAccountDialog(const SourceConfig &existing, QWidget *parent)
    : QDialog(parent),
      m_original(existing),
      m_checkWatcher(new QFutureWatcher<imap::ProbeResult>(this)),
      m_commitWatcher(new QFutureWatcher<QString>(this))
{
    if (m_original.id > 0) {
        if (auto a = imap::Account::fromConfig(m_original)) {
            m_base = *a;
            m_storedKey = a->secretKey();
        }
    }
    if (m_original.kind.isEmpty())
        m_original.kind = imap::kindKey();
    build();
    load(m_original);
    connectSignals();
    updateState();
}

ImapAccountDialog::~ImapAccountDialog()
{
    // A save still running uses the store and the keychain: let it finish (it does not take long).
    m_commitWatcher->waitForFinished();
}

void ImapAccountDialog::build()
{
    setWindowTitle(isEditing() ? tr("Edit IMAP Account") : tr("Add IMAP Account"));
    setSizeGripEnabled(true);

    auto *intro = new QLabel(tr("Focus Inbox reads the folders you choose. Your password is kept in the "
                                "system keychain, never in its own files."), this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);

    // --- Server ---
    auto *server = new QGroupBox(tr("Server"), this);
    m_serverForm = new QFormLayout(server);
    m_host = new QLineEdit(server);
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("imap.example.org"));
    m_host->setToolTip(tr("Host name or IP address of the IMAP server"));
    m_security = new QComboBox(server);
    m_security->setObjectName(QStringLiteral("security"));
    m_security->addItem(tr("TLS (port 993)"), int(imap::Security::Tls));
    m_security->addItem(tr("STARTTLS (port 143)"), int(imap::Security::StartTls));
    m_security->addItem(tr("None (unencrypted)"), int(imap::Security::None));
    m_security->setToolTip(tr("TLS encrypts from the first byte; STARTTLS upgrades a plain connection "
                              "and refuses servers that cannot. Certificates are verified against the "
                              "system's trusted authorities."));
    m_port = new QSpinBox(server);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setToolTip(tr("Follows the security choice (993 or 143) unless you change it"));
    m_allowPlaintext = new QCheckBox(tr("Allow &plaintext on this network"), server);
    m_allowPlaintext->setObjectName(QStringLiteral("allowPlaintext"));
    m_allowPlaintext->setToolTip(tr("Sends your password and mail unencrypted to this server. Only for "
                                    "networks you trust; loopback never needs this."));
    m_serverForm->addRow(tr("&Host:"), m_host);
    m_serverForm->addRow(tr("S&ecurity:"), m_security);
    m_serverForm->addRow(tr("P&ort:"), m_port);
    m_serverForm->addRow(QString(), m_allowPlaintext);

    // --- Login ---
    auto *login = new QGroupBox(tr("Login"), this);
    auto *loginForm = new QFormLayout(login);
    m_user = new QLineEdit(login);
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setPlaceholderText(tr("you@example.org"));
    m_user->setToolTip(tr("Your IMAP user name, often your email address"));
    m_password = new QLineEdit(login);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(isEditing() ? tr("Leave empty to keep the password stored in the keychain")
                                       : tr("Stored in the system keychain"));
    if (isEditing())
        m_password->setPlaceholderText(tr("unchanged"));
    loginForm->addRow(tr("&User:"), m_user);
    loginForm->addRow(tr("Pass&word:"), m_password);

    // --- Check ---
    m_checkButton = new QPushButton(tr("&Check connection && load folders"), this);
    m_checkButton->setObjectName(QStringLiteral("check"));
    m_checkButton->setAutoDefault(false);
    m_checkButton->setToolTip(tr("Connect, log in and list the server's folders (nothing is changed)"));
    m_statusIcon = new QLabel(this);
    m_statusIcon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    // Room for a three-line message from the start, so the dialog does not jump when one arrives.
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing() * 3);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusIcon);
    statusRow->addWidget(m_status, 1);

    m_trustRow = new QWidget(this);
    auto *trustLayout = new QVBoxLayout(m_trustRow);
    trustLayout->setContentsMargins(0, 0, 0, 0);
    m_trust = new QCheckBox(tr("&Trust this certificate for this account"), m_trustRow);
    m_trust->setObjectName(QStringLiteral("trustCertificate"));
    m_trust->setToolTip(tr("Accept exactly the certificate with this SHA-256 fingerprint for this account, "
                           "although no trusted authority vouches for it. A different certificate is "
                           "refused again."));
    m_fingerprint = new QLabel(m_trustRow);
    m_fingerprint->setObjectName(QStringLiteral("fingerprint"));
    m_fingerprint->setTextFormat(Qt::PlainText);
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_fingerprint->setToolTip(tr("SHA-256 fingerprint of the server's certificate: compare it with the "
                                 "one your provider or administrator gives you"));
    trustLayout->addWidget(m_trust);
    auto *fpRow = new QHBoxLayout;
    fpRow->addSpacing(style()->pixelMetric(QStyle::PM_IndicatorWidth)
                      + style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing));
    fpRow->addWidget(m_fingerprint, 1);
    trustLayout->addLayout(fpRow);
    m_trustRow->hide();

    auto *left = new QVBoxLayout;
    left->addWidget(server);
    left->addWidget(login);
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_checkButton);
    checkRow->addStretch(1);
    left->addLayout(checkRow);
    left->addLayout(statusRow);
    left->addWidget(m_trustRow);
    left->addStretch(1);

    // --- Folders ---
    auto *folders = new QGroupBox(tr("Folders to watch"), this);
    auto *folderLayout = new QVBoxLayout(folders);
    m_folders = new QListWidget(folders);
    m_folders->setObjectName(QStringLiteral("folders"));
    m_folders->setToolTip(tr("Mail in the checked folders lands in your inbox. Space checks the current folder."));
    m_folders->setAccessibleName(tr("Folders to watch"));
    m_folders->setMinimumHeight(m_folders->fontMetrics().height() * 7);
    m_folderHint = new QLabel(tr("Check the connection to choose from the server's folders."), folders);
    m_folderHint->setWordWrap(true);
    m_folderHint->setForegroundRole(QPalette::PlaceholderText);
    folderLayout->addWidget(m_folders, 1);
    folderLayout->addWidget(m_folderHint);

    // --- Options ---
    auto *options = new QGroupBox(tr("Options"), this);
    auto *optionsForm = new QFormLayout(options);
    m_writeBack = new QCheckBox(tr("Mark items done here as &read on the server"), options);
    m_writeBack->setObjectName(QStringLiteral("writeBack"));
    m_writeBack->setToolTip(tr("Write back: opening or finishing an item sets \\Seen on the server, and "
                               "done items move to the archive folder if one is chosen"));
    m_archive = new QComboBox(options);
    m_archive->setObjectName(QStringLiteral("archiveFolder"));
    m_archive->setToolTip(tr("Where done items are moved on the server; \"Don't move\" leaves them in place"));
    m_poll = new QSpinBox(options);
    m_poll->setObjectName(QStringLiteral("pollSeconds"));
    m_poll->setRange(kMinPollSeconds, 24 * 3600);
    m_poll->setSingleStep(30);
    m_poll->setSuffix(tr(" s"));
    m_poll->setToolTip(tr("How often to look for new mail, in seconds (at least 30)"));
    m_addresses = new QLineEdit(options);
    m_addresses->setObjectName(QStringLiteral("addresses"));
    m_addresses->setToolTip(tr("Mail sent to these addresses is addressed to you (Async, with a response "
                               "deadline). Separate several with commas. Empty: the user name, if it is an address."));
    m_name = new QLineEdit(options);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setToolTip(tr("How this account is shown in Focus Inbox"));
    optionsForm->addRow(m_writeBack);
    optionsForm->addRow(tr("&Archive done items to:"), m_archive);
    optionsForm->addRow(tr("Check for new mail e&very:"), m_poll);
    optionsForm->addRow(tr("Your a&ddresses:"), m_addresses);
    optionsForm->addRow(tr("Display &name:"), m_name);

    auto *right = new QVBoxLayout;
    right->addWidget(folders, 1);
    right->addWidget(options);

    // --- Buttons ---
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = m_buttons->button(QDialogButtonBox::Save);
    m_saveButton->setToolTip(tr("Check the connection if needed, then save"));
    m_saveUnchecked = m_buttons->addButton(tr("Save &without checking"), QDialogButtonBox::ActionRole);
    m_saveUnchecked->setObjectName(QStringLiteral("saveWithoutChecking"));
    m_saveUnchecked->setAutoDefault(false);
    m_saveUnchecked->setToolTip(tr("Save now, e.g. when the server is not reachable from here; "
                                   "problems show up at the next sync"));
    m_hint = new QLabel(this);
    makePlainLabel(m_hint);  // validation errors quote what was typed
    m_hint->setObjectName(QStringLiteral("hint"));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_hint, 1);
    bottom->addWidget(m_buttons);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addSpacing(style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing));
    columns->addLayout(right, 1);
    auto *root = new QVBoxLayout(this);
    root->addWidget(intro);
    root->addLayout(columns, 1);
    root->addLayout(bottom);

    const QList<QWidget *> order{m_host,    m_security,  m_port,    m_allowPlaintext, m_user,
                                 m_password, m_checkButton, m_trust, m_folders,       m_writeBack,
                                 m_archive, m_poll,        m_addresses, m_name,       m_buttons};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    m_host->setFocus();
}

void ImapAccountDialog::load(const SourceConfig &config)
{
    m_loading = true;
    const imap::Account &a = m_base;
    m_host->setText(a.host);
    m_security->setCurrentIndex(m_security->findData(int(a.security)));
    m_lastSecurity = int(a.security);
    m_port->setValue(a.port);
    m_portEdited = a.port != defaultPort(a.security);
    m_allowPlaintext->setChecked(a.allowPlaintext);
    m_user->setText(a.user);
    m_trustedFingerprint = a.trustedFingerprint;
    if (!m_trustedFingerprint.isEmpty()) {
        m_offeredFingerprint = m_trustedFingerprint;
        m_trust->setChecked(true);
        m_fingerprint->setText(twoLineFingerprint(m_trustedFingerprint));
        m_showTrust = true;
    }
    setFolders({});
    m_writeBack->setChecked(a.writeBack);
    setArchiveChoices({}, a.archiveFolder);
    m_poll->setValue(qMax(kMinPollSeconds, a.pollSeconds));
    m_addresses->setText(config.settings.value(QStringLiteral("addresses")).toStringList().join(QStringLiteral(", ")));
    if (isEditing())
        m_name->setText(config.name);
    m_loading = false;
}

void ImapAccountDialog::connectSignals()
{
    for (QLineEdit *edit : {m_host, m_user, m_password})
        connect(edit, &QLineEdit::textChanged, this, &ImapAccountDialog::onConnectionEdited);
    connect(m_port, &QSpinBox::valueChanged, this, [this] {
        m_portEdited = true;
        onConnectionEdited();
    });
    connect(m_security, &QComboBox::currentIndexChanged, this, &ImapAccountDialog::onSecurityChanged);
    connect(m_allowPlaintext, &QCheckBox::toggled, this, &ImapAccountDialog::onConnectionEdited);
    connect(m_trust, &QCheckBox::toggled, this, &ImapAccountDialog::onTrustToggled);
    connect(m_checkButton, &QPushButton::clicked, this, &ImapAccountDialog::check);
    connect(m_folders, &QListWidget::itemChanged, this, &ImapAccountDialog::updateState);
    connect(m_writeBack, &QCheckBox::toggled, this, &ImapAccountDialog::updateState);
    connect(m_addresses, &QLineEdit::textChanged, this, &ImapAccountDialog::updateState);
    connect(m_name, &QLineEdit::textChanged, this, &ImapAccountDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImapAccountDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImapAccountDialog::reject);
    connect(m_saveUnchecked, &QPushButton::clicked, this, &ImapAccountDialog::saveWithoutChecking);
    connect(m_checkWatcher, &QFutureWatcher<imap::ProbeResult>::finished, this, &ImapAccountDialog::onCheckFinished);
    connect(m_commitWatcher, &QFutureWatcher<QString>::finished, this, &ImapAccountDialog::onCommitFinished);
}

imap::Account ImapAccountDialog::currentAccount() const
{
    imap::Account a = m_base;
    a.host = m_host->text().trimmed();
    a.security = imap::Security(m_security->currentData().toInt());
    a.port = quint16(m_port->value());
    a.user = m_user->text().trimmed();
    a.trustedFingerprint = a.security == imap::Security::None ? QString() : m_trustedFingerprint;
    a.allowPlaintext = false;
    if (a.security == imap::Security::None && !a.isLoopback())
        a.allowPlaintext = m_allowPlaintext->isChecked();
    const QStringList folders = checkedFolders();
    a.folders = folders.isEmpty() ? QStringList{QStringLiteral("INBOX")} : folders;
    a.writeBack = m_writeBack->isChecked();
    a.archiveFolder = m_archive->currentData().toString();
    a.pollSeconds = m_poll->value();
    return a;
}

SourceConfig ImapAccountDialog::config() const
{
    SourceConfig c = m_original;
    const imap::Account a = currentAccount();
    a.toConfig(c);
    c.name = m_name->text().trimmed();
    if (c.name.isEmpty())
        c.name = defaultName(a.user, a.host);
    QStringList addresses = parseAddresses(m_addresses->text());
    if (addresses.isEmpty() && a.user.contains(u'@'))
        addresses = {a.user.toLower()};
    if (addresses.isEmpty())
        c.settings.remove(QStringLiteral("addresses"));
    else
        c.settings.insert(QStringLiteral("addresses"), addresses);
    return c;
}

QString ImapAccountDialog::password() const { return m_password->text(); }

void ImapAccountDialog::setExistingSources(const QList<SourceConfig> &sources)
{
    m_existing = sources;
    updateState();
}

void ImapAccountDialog::setCommitter(Committer committer) { m_committer = std::move(committer); }

bool ImapAccountDialog::isBusy() const
{
    return (m_checkWatcher->isRunning() && m_checkGeneration == m_generation) || m_commitWatcher->isRunning();
}

bool ImapAccountDialog::plaintextOptInNeeded() const
{
    imap::Account a;
    a.host = m_host->text().trimmed();
    return m_security->currentData().toInt() == int(imap::Security::None) && !a.host.isEmpty() && !a.isLoopback();
}

QString ImapAccountDialog::connectionError() const
{
    const QString host = m_host->text().trimmed();
    if (host.isEmpty())
        return tr("Enter the server's host name.");
    if (host.contains(u' ') || host.contains(u'/') || host.contains(u'@'))
        return tr("Enter only the server's host name, such as imap.example.org.");
    if (m_user->text().trimmed().isEmpty())
        return tr("Enter your user name.");
    if (!isEditing() && m_password->text().isEmpty())
        return tr("Enter your password.");
    if (plaintextOptInNeeded() && !m_allowPlaintext->isChecked())
        return tr("Without encryption, your password would cross the network readable to anyone. "
                  "Choose TLS or STARTTLS, or allow plaintext on this network.");
    return {};
}

QString ImapAccountDialog::validationError() const
{
    if (QString error = connectionError(); !error.isEmpty())
        return error;
    if (checkedFolders().isEmpty())
        return tr("Choose at least one folder to watch.");
    const QString key = currentAccount().secretKey();
    for (const SourceConfig &s : m_existing) {
        if (s.kind != imap::kindKey() || s.id == m_original.id)
            continue;
        if (const auto other = imap::Account::fromConfig(s); other && other->secretKey() == key)
            return tr("This account is already added as \"%1\".").arg(s.name);
    }
    return {};
}

void ImapAccountDialog::onSecurityChanged()
{
    const auto previous = imap::Security(m_lastSecurity);
    const auto now = imap::Security(m_security->currentData().toInt());
    m_lastSecurity = int(now);
    if (!m_portEdited || m_port->value() == defaultPort(previous)) {
        const QSignalBlocker block(m_port);
        m_port->setValue(defaultPort(now));
        m_portEdited = false;
    }
    onConnectionEdited();
}

void ImapAccountDialog::onConnectionEdited()
{
    if (m_loading)
        return;
    ++m_generation;  // a running check is about other settings now
    m_saveAfterCheck = false;
    if (m_checkedOk || m_checkWatcher->isRunning()) {
        m_checkedOk = false;
        showStatus(StatusKind::None, {});
    }
    updateState();
}

void ImapAccountDialog::onTrustToggled(bool on)
{
    m_trustedFingerprint = on ? m_offeredFingerprint : QString();
    onConnectionEdited();
    if (on)
        check();
}

void ImapAccountDialog::check()
{
    const QString problem = connectionError();
    if (!problem.isEmpty()) {
        showStatus(StatusKind::Error, problem);
        return;
    }
    const imap::Account account = currentAccount();
    m_checkGeneration = m_generation;
    showStatus(StatusKind::Busy, tr("Connecting to %1…").arg(account.host));
    m_checkWatcher->setFuture(imap::probeAccountAsync(account, m_password->text(), m_storedKey));
    updateState();
}

void ImapAccountDialog::onCheckFinished()
{
    if (m_checkGeneration != m_generation || m_checkWatcher->future().resultCount() == 0) {
        updateState();  // stale: the settings changed while it ran
        return;
    }
    const imap::ProbeResult r = m_checkWatcher->result();
    if (r.ok()) {
        m_checkedOk = true;
        const QString archive = m_archive->currentData().toString();
        setFolders(r.folders);
        setArchiveChoices(r.folders, archive);
        QString text = tr("Connected and logged in as %1. Folders found: %2.").arg(m_user->text().trimmed()).arg(r.folders.size());
        if (!m_trustedFingerprint.isEmpty())
            text += u' ' + tr("The certificate is accepted because you trust its fingerprint.");
        showStatus(StatusKind::Ok, text);
        m_showTrust = !m_trustedFingerprint.isEmpty();
        updateState();
        Q_EMIT checkFinished(true);
        if (m_saveAfterCheck) {
            m_saveAfterCheck = false;
            if (validationError().isEmpty())
                commit();
        }
        return;
    }
    m_saveAfterCheck = false;
    if (r.error.kind == imap::ErrorKind::Certificate && !r.error.fingerprint.isEmpty()) {
        m_offeredFingerprint = r.error.fingerprint;
        {
            const QSignalBlocker block(m_trust);
            m_trust->setChecked(false);
        }
        m_fingerprint->setText(twoLineFingerprint(m_offeredFingerprint));
        m_showTrust = true;
    } else if (m_trustedFingerprint.isEmpty()) {
        m_showTrust = false;
    }
    showStatus(StatusKind::Error, r.error.message);
    // Put the cursor where the fix goes, unless the user is typing somewhere.
    QWidget *fix = nullptr;
    switch (r.error.kind) {
    case imap::ErrorKind::Auth: fix = m_password; break;
    case imap::ErrorKind::HostNotFound: fix = m_host; break;
    case imap::ErrorKind::ConnectionFailed:
    case imap::ErrorKind::Tls: fix = m_port; break;
    case imap::ErrorKind::Certificate: fix = m_trust; break;
    case imap::ErrorKind::StartTlsMissing:
    case imap::ErrorKind::PlaintextRefused: fix = m_security; break;
    default: break;
    }
    QWidget *focus = QApplication::focusWidget();
    if (fix && (!focus || focus == m_checkButton || focus == m_saveButton || !focus->isEnabled()))
        fix->setFocus();
    updateState();
    Q_EMIT checkFinished(false);
}

void ImapAccountDialog::setFolders(const QStringList &serverFolders)
{
    QStringList checked = checkedFolders();
    if (checked.isEmpty())
        checked = m_base.folders.isEmpty() ? QStringList{QStringLiteral("INBOX")} : m_base.folders;
    QStringList names = serverFolders.isEmpty() ? checked : serverFolders;
    QStringList missing;
    if (!serverFolders.isEmpty()) {
        for (const QString &f : checked) {
            const bool onServer = std::any_of(serverFolders.begin(), serverFolders.end(), [&](const QString &s) {
                return imap::sameMailbox(s, f);  // a legacy wire-form name matches its decoded name
            });
            if (!onServer)
                missing.append(f);
        }
        names += missing;
    }
    // INBOX first, then the server's order.
    std::stable_sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return isInbox(a) && !isInbox(b); });

    const QSignalBlocker block(m_folders);
    m_folders->clear();
    for (const QString &name : names) {
        auto *item = new QListWidgetItem(name, m_folders);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        const auto match = std::find_if(checked.begin(), checked.end(),
                                        [&](const QString &c) { return imap::sameMailbox(c, name); });
        item->setCheckState(match != checked.end() ? Qt::Checked : Qt::Unchecked);
        // Keep the name the account stored (a legacy wire-form name keeps its sync state and item ids).
        if (match != checked.end() && *match != name)
            item->setData(Qt::UserRole, *match);
        if (missing.contains(name)) {
            item->setText(tr("%1 (not on the server)").arg(name));
            item->setData(Qt::UserRole, name);
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setToolTip(tr("The server's folder list does not contain this folder"));
        }
    }
    if (m_folders->count() > 0)
        m_folders->setCurrentRow(0);
    m_folderHint->setVisible(serverFolders.isEmpty());
}

QStringList ImapAccountDialog::checkedFolders() const
{
    QStringList out;
    for (int i = 0; i < m_folders->count(); ++i) {
        const QListWidgetItem *item = m_folders->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        const QString stored = item->data(Qt::UserRole).toString();
        out.append(stored.isEmpty() ? item->text() : stored);
    }
    return out;
}

void ImapAccountDialog::setArchiveChoices(const QStringList &folders, const QString &current)
{
    const QSignalBlocker block(m_archive);
    m_archive->clear();
    m_archive->addItem(tr("Don't move"), QString());
    for (const QString &f : folders)
        if (!isInbox(f))
            m_archive->addItem(f, f);
    if (!current.isEmpty() && m_archive->findData(current) < 0)
        m_archive->addItem(current, current);
    m_archive->setCurrentIndex(qMax(0, m_archive->findData(current)));
}

void ImapAccountDialog::accept()
{
    if (isBusy() || !validationError().isEmpty())
        return;
    if (m_checkedOk) {
        commit();
        return;
    }
    m_saveAfterCheck = true;
    check();
}

void ImapAccountDialog::reject()
{
    if (m_commitWatcher->isRunning())
        return;  // saving: let it finish (it does not take long)
    QDialog::reject();
}

void ImapAccountDialog::saveWithoutChecking()
{
    if (isBusy() || !validationError().isEmpty())
        return;
    commit();
}

void ImapAccountDialog::commit()
{
    if (!m_committer) {
        QDialog::accept();
        return;
    }
    showStatus(StatusKind::Busy, tr("Saving…"));
    m_commitWatcher->setFuture(m_committer(config(), password()));
    updateState();
}

void ImapAccountDialog::onCommitFinished()
{
    const QString error = m_commitWatcher->future().resultCount() > 0 ? m_commitWatcher->result()
                                                                      : tr("Saving was interrupted.");
    if (error.isEmpty()) {
        QDialog::accept();
        return;
    }
    showStatus(StatusKind::Error, tr("Not saved: %1").arg(error));
    updateState();
}

void ImapAccountDialog::showStatus(StatusKind kind, const QString &text)
{
    QStyle::StandardPixmap icon = QStyle::SP_CustomBase;
    switch (kind) {
    case StatusKind::None: break;
    case StatusKind::Busy: icon = QStyle::SP_BrowserReload; break;
    case StatusKind::Ok: icon = QStyle::SP_DialogApplyButton; break;
    case StatusKind::Warning: icon = QStyle::SP_MessageBoxWarning; break;
    case StatusKind::Error: icon = QStyle::SP_MessageBoxCritical; break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_statusIcon->setPixmap(icon == QStyle::SP_CustomBase ? QPixmap() : style()->standardIcon(icon).pixmap(size, size));
    m_statusIcon->setVisible(kind != StatusKind::None);
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    m_status->setProperty("statusKind", int(kind));
}

void ImapAccountDialog::updateState()
{
    const bool busy = isBusy();
    const QString invalid = validationError();
    const QString host = m_host->text().trimmed();
    const QString user = m_user->text().trimmed();

    m_serverForm->setRowVisible(m_allowPlaintext, plaintextOptInNeeded());
    m_trustRow->setVisible(m_showTrust && m_security->currentData().toInt() != int(imap::Security::None));
    m_checkButton->setEnabled(!busy && connectionError().isEmpty());
    m_checkButton->setText(m_checkWatcher->isRunning() && m_checkGeneration == m_generation
                               ? tr("Checking…")
                               : tr("&Check connection && load folders"));
    m_saveButton->setEnabled(!busy && invalid.isEmpty());
    m_saveUnchecked->setVisible(!m_checkedOk);
    m_saveUnchecked->setEnabled(!busy && invalid.isEmpty());
    m_archive->setEnabled(m_writeBack->isChecked());
    m_hint->setText(invalid);
    m_name->setPlaceholderText(user.isEmpty() || host.isEmpty() ? tr("user@host") : defaultName(user, host));
    m_addresses->setPlaceholderText(user.contains(u'@') ? user.toLower() : tr("you@example.org"));
}

} // namespace fi
