#include "sources/webhook/webhookdialog.h"

#include "concurrency/workerpool.h"
#include "plaintext.h"
#include "sources/webhook/webhookkind.h"
#include "sources/webhook/webhooktokens.h"
#include "sources/webhook/webhookresultpage.h"
#include "storage/itemstore.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace fi::webhook {

using namespace widgets;

WebhookDialog::WebhookDialog(const SourceEditorContext &context, QWidget *parent)
    : WebhookDialog(SourceConfig{}, context, parent)
{
}

WebhookDialog::WebhookDialog(const SourceConfig &existing, const SourceEditorContext &context, QWidget *parent)
    : QDialog(parent),
      m_original(existing),
      m_context(context),
      m_watcher(new QFutureWatcher<Outcome>(this)),
      m_readWatcher(new QFutureWatcher<Outcome>(this))
{
    if (m_original.kind.isEmpty())
        m_original.kind = kindKey();
    setWindowTitle(isEditing() ? tr("Webhook Settings") : tr("Add Webhook"));
    setObjectName(QStringLiteral("webhookDialog"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 84);
    refreshOthers();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_okButton = isEditing() ? m_buttons->addButton(QDialogButtonBox::Save)
                             : m_buttons->addButton(tr("&Add"), QDialogButtonBox::AcceptRole);
    m_okButton->setObjectName(QStringLiteral("ok"));
    m_okButton->setDefault(true);

    auto *root = new QVBoxLayout(this);
    root->addWidget(m_formPage = buildForm());
    root->addStretch(1);
    root->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &WebhookDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &WebhookDialog::reject);
    connect(m_watcher, &QFutureWatcher<Outcome>::finished, this, &WebhookDialog::onFinished);
    connect(m_readWatcher, &QFutureWatcher<Outcome>::finished, this, &WebhookDialog::onTokenRead);

    if (isEditing())
        readStoredToken();
    updateState();
}

WebhookDialog::~WebhookDialog()
{
    // Both are bounded (the keychain's timeout, one store commit); the store outlives the dialog.
    m_watcher->waitForFinished();
    m_readWatcher->waitForFinished();
}

QWidget *WebhookDialog::buildForm()
{
    auto *page = new QWidget(this);
    auto *intro = plainLabel(tr("Scripts, CI jobs and monitoring on this computer can add items to Focus Inbox "
                                "by posting JSON to a local port. Every request needs the webhook's token, "
                                "which is kept in the system keychain only."), page, true);

    m_name = new QLineEdit(m_original.name, page);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setToolTip(tr("How this webhook is shown in Focus Inbox (optional)"));

    m_port = new QSpinBox(page);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setAccessibleName(tr("Port"));
    m_port->setRange(1024, 65535);
    m_port->setGroupSeparatorShown(false);
    m_port->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_port->setToolTip(tr("The port on 127.0.0.1 the webhook listens on (1024–65535); only programs on "
                          "this computer can connect"));
    m_port->setValue(isEditing() ? portOf(m_original).value_or(kDefaultPort) : suggestedPort(m_others));

    m_endpoint = urlLabel("endpoint", page);
    m_endpoint->setAccessibleName(tr("Endpoint"));

    m_hint = plainLabel(QString(), page);  // quotes another source's name
    m_hint->setObjectName(QStringLiteral("hint"));

    m_statusIcon = new QLabel(page);
    m_statusIcon->setTextFormat(Qt::PlainText);
    m_statusIcon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_status = plainLabel(QString(), page);  // keychain and store errors
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setAccessibleName(tr("Status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusIcon);
    statusRow->addWidget(m_status, 1);

    auto *form = new QFormLayout;
    form->addRow(fieldLabel(tr("&Name:"), m_name, page), m_name);
    form->addRow(fieldLabel(tr("&Port:"), m_port, page), m_port);
    form->addRow(fieldLabel(tr("Endpoint:"), m_endpoint, page), m_endpoint);
    if (isEditing()) {
        m_tokenEdit = new QLineEdit(page);
        m_tokenEdit->setObjectName(QStringLiteral("token"));
        m_tokenEdit->setAccessibleName(tr("Token"));
        m_tokenEdit->setReadOnly(true);
        m_tokenEdit->setEchoMode(QLineEdit::Password);
        m_tokenEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_tokenEdit->setToolTip(tr("Scripts send it as \"Authorization: Bearer TOKEN\""));
        m_showToken = button(tr("S&how"), "showToken", tr("Show the token in clear text"), page);
        m_showToken->setCheckable(true);
        m_copyToken = button(tr("&Copy"), "copyToken", tr("Copy the token to the clipboard"), page);
        m_rotate = button(tr("&Rotate token…"), "rotateToken",
                          tr("Replace the token with a new one; scripts using the old one are refused"), page);
        // The field gets the whole width: the token (43 characters) fits when shown.
        auto *tokenButtons = new QHBoxLayout;
        tokenButtons->addWidget(m_showToken);
        tokenButtons->addWidget(m_copyToken);
        tokenButtons->addWidget(m_rotate);
        tokenButtons->addStretch(1);
        form->addRow(fieldLabel(tr("&Token:"), m_tokenEdit, page), m_tokenEdit);
        form->addRow(QString(), tokenButtons);

        connect(m_showToken, &QPushButton::toggled, this, [this](bool shown) {
            m_tokenEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
            m_showToken->setText(shown ? tr("&Hide") : tr("S&how"));
        });
        connect(m_copyToken, &QPushButton::clicked, this, [this] { copySecret(m_token, m_copyToken); });
        connect(m_rotate, &QPushButton::clicked, this, &WebhookDialog::rotateToken);
    }

    // The hint and the status wrap: below the form, whose rows do not grow with wrapped text.
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(QMargins());
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addLayout(statusRow);

    connect(m_port, &QSpinBox::valueChanged, this, &WebhookDialog::updateState);
    return page;
}

quint16 WebhookDialog::suggestedPort(const QList<SourceConfig> &sources)
{
    QSet<quint16> used;
    for (const SourceConfig &s : sources)
        if (s.kind == kindKey())
            if (const std::optional<quint16> port = portOf(s))
                used.insert(*port);
    quint32 port = kDefaultPort;
    while (used.contains(quint16(port)) && port < 65535)
        ++port;
    return quint16(port);
}

void WebhookDialog::refreshOthers()
{
    m_others.clear();
    if (!m_context.store)
        return;
    for (const SourceConfig &s : m_context.store->sources())
        if (s.kind == kindKey() && s.id != m_original.id)
            m_others.append(s);
}

QString WebhookDialog::conflictOf(quint16 port) const
{
    for (const SourceConfig &s : m_others)
        if (portOf(s) == port)
            return s.name;
    return {};
}

SourceConfig WebhookDialog::config() const
{
    const auto port = quint16(m_port->value());
    const SourceConfig fresh = configFor(port, QString(), m_name->text());
    if (!isEditing())
        return fresh;
    SourceConfig edited = m_original;  // id, enabled and settings (the tokenId) stay
    edited.name = fresh.name;
    edited.location = fresh.location;
    return edited;
}

bool WebhookDialog::isBusy() const { return m_watcher->isRunning() || m_readWatcher->isRunning(); }

bool WebhookDialog::isShowingResult() const { return m_resultPage != nullptr; }

void WebhookDialog::accept()
{
    if (isShowingResult()) {
        QDialog::accept();
        return;
    }
    if (m_watcher->isRunning())
        return;
    refreshOthers();  // another dialog may have taken the port meanwhile
    updateState();
    if (!conflictOf(quint16(m_port->value())).isEmpty()) {
        m_port->setFocus();
        return;
    }
    if (!m_context.store) {
        QDialog::accept();
        return;
    }
    ItemStore *store = m_context.store;
    if (isEditing()) {
        showStatus(Status::Busy, tr("Saving…"));
        run(Job::Save, [store, config = config()] {
            Outcome o;
            o.config = config;
            if (!store->updateSource(config).result())
                o.error = tr("The webhook could not be saved in the database.");
            return o;
        });
        return;
    }
    showStatus(Status::Busy, tr("Adding…"));
    run(Job::Add, [store, config = config()] {
        Outcome o;
        if (const auto added = addWithNewToken(*store, config, &o.error)) {
            o.config = added->config;
            o.token = added->token;
        }
        return o;
    });
}

void WebhookDialog::reject()
{
    if (m_watcher->isRunning())
        return;  // adding, saving or rotating: let it finish (it does not take long)
    if (isShowingResult())
        QDialog::accept();  // the webhook was added; closing is not cancelling
    else
        QDialog::reject();
}

void WebhookDialog::readStoredToken()
{
    m_tokenEdit->setPlaceholderText(tr("reading from the keychain…"));
    m_readWatcher->setFuture(QtConcurrent::run(workerPool(), [config = m_original] {
        Outcome o;
        QString why;
        if (const std::optional<QString> token = readToken(config, &why))
            o.token = *token;
        else
            o.error = why.isEmpty() ? tr("unknown error") : why;
        return o;
    }));
}

void WebhookDialog::onTokenRead()
{
    const Outcome o = m_readWatcher->future().resultCount() > 0 ? m_readWatcher->result()
                                                                 : Outcome{{}, {}, tr("interrupted")};
    if (o.error.isEmpty()) {
        showToken(o.token);
    } else {
        m_tokenEdit->setPlaceholderText(tr("not available"));
        showStatus(Status::Error, tr("The token could not be read from the system keychain: %1").arg(o.error) + u'\n'
                                      + tr("Rotate the token to give the webhook a new one."));
    }
    updateState();
    if (!o.error.isEmpty() && m_rotate->isEnabled())
        m_rotate->setFocus();
    Q_EMIT workFinished(o.error.isEmpty());
}

void WebhookDialog::rotateToken()
{
    if (!isEditing() || isBusy())
        return;
    QMessageBox *box = createPlainMessageBox(
        this, QMessageBox::Warning, tr("Rotate Token"),
        tr("Give \"%1\" a new token? Scripts that still send the old token will get 401 Unauthorized "
           "until they are given the new one.").arg(m_original.name),
        QMessageBox::Cancel, QMessageBox::Cancel);
    box->setObjectName(QStringLiteral("rotateConfirm"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *rotate = box->addButton(tr("&Rotate Token"), QMessageBox::DestructiveRole);
    rotate->setObjectName(QStringLiteral("confirmRotate"));
    connect(box, &QMessageBox::buttonClicked, this, [this, rotate](QAbstractButton *clicked) {
        if (clicked == rotate)
            startRotation();
    });
    box->open();
}

void WebhookDialog::startRotation()
{
    if (isBusy() || !m_context.store)
        return;
    showStatus(Status::Busy, tr("Making a new token…"));
    run(Job::Rotate, [store = m_context.store, old = m_original] {
        Outcome o;
        if (const auto rotated = webhook::rotateToken(*store, old, &o.error)) {
            o.config = rotated->config;
            o.token = rotated->token;
        }
        return o;
    });
}

void WebhookDialog::run(Job job, std::function<Outcome()> work)
{
    m_job = job;
    m_watcher->setFuture(QtConcurrent::run(workerPool(), std::move(work)));
    updateState();
}

void WebhookDialog::onFinished()
{
    const Job job = std::exchange(m_job, Job::None);
    const Outcome o = m_watcher->future().resultCount() > 0 ? m_watcher->result()
                                                             : Outcome{{}, {}, tr("The work was interrupted.")};
    const bool ok = o.error.isEmpty();
    if (!ok) {
        showStatus(Status::Error, o.error);  // says what failed; the dialog stays as it was
    } else if (job == Job::Add) {
        m_savedId = o.config.id;
        showResult(o.token, portOf(o.config).value_or(quint16(m_port->value())));
        if (m_context.saved)
            m_context.saved(m_savedId);
    } else if (job == Job::Rotate) {
        m_original.settings = o.config.settings;  // the new tokenId; the typed name and port stay unsaved
        showToken(o.token);
        showStatus(Status::Ok, tr("The webhook has a new token. Scripts using the old one are now refused."));
        if (m_context.saved)
            m_context.saved(m_original.id);  // the listener restarts with the new token
    } else if (job == Job::Save) {
        m_savedId = o.config.id;
        if (m_context.saved)
            m_context.saved(m_savedId);
        QDialog::accept();
    }
    updateState();
    Q_EMIT workFinished(ok);
}

void WebhookDialog::showToken(const QString &token)
{
    m_token = token;
    m_tokenEdit->setText(token);
    m_tokenEdit->setPlaceholderText(QString());
}

void WebhookDialog::showResult(const QString &token, quint16 port)
{
    m_formPage->hide();
    m_resultPage = new WebhookResultPage(token, port, this);
    static_cast<QVBoxLayout *>(layout())->insertWidget(0, m_resultPage);
    m_resultPage->show();
    // One way out: the webhook exists now.
    m_buttons->clear();
    m_okButton = m_buttons->addButton(QDialogButtonBox::Close);
    m_okButton->setObjectName(QStringLiteral("close"));
    m_okButton->setDefault(true);
    m_resultPage->findChild<QPushButton *>(QStringLiteral("doneCopy"))->setFocus();
    growToFit();
}

void WebhookDialog::growToFit()
{
    // A wrapped label that got longer needs more height than the top-level layout asks for
    // (its minimum ignores height-for-width): grow, never shrink what the user sized.
    for (QWidget *page : {m_formPage, m_resultPage})
        if (page && page->isVisibleTo(this))
            page->layout()->activate();  // then the dialog's layout sees the page's new size
    layout()->activate();
    const int need = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
    if (need > height())
        resize(width(), need);
}

void WebhookDialog::showStatus(Status status, const QString &text)
{
    QStyle::StandardPixmap icon = QStyle::SP_CustomBase;
    switch (status) {
    case Status::None: break;
    case Status::Busy: icon = QStyle::SP_BrowserReload; break;
    case Status::Ok: icon = QStyle::SP_DialogApplyButton; break;
    case Status::Error: icon = QStyle::SP_MessageBoxCritical; break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_statusIcon->setPixmap(icon == QStyle::SP_CustomBase ? QPixmap() : style()->standardIcon(icon).pixmap(size, size));
    m_status->setText(text);
}

void WebhookDialog::updateState()
{
    if (isShowingResult())
        return;
    const bool working = m_watcher->isRunning();
    const auto port = quint16(m_port->value());
    const QString conflict = conflictOf(port);
    m_hint->setText(conflict.isEmpty() ? QString()
                                       : tr("Port %1 is already used by the webhook \"%2\". Choose another port.")
                                             .arg(port)
                                             .arg(conflict));
    m_hint->setVisible(!conflict.isEmpty());
    m_endpoint->setText(endpointFor(port));
    m_name->setPlaceholderText(configFor(port, QString()).name);
    m_name->setReadOnly(working);
    m_port->setReadOnly(working);
    m_okButton->setEnabled(!working && conflict.isEmpty());
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!working);
    if (isEditing()) {
        m_showToken->setEnabled(!m_token.isEmpty());
        m_copyToken->setEnabled(!m_token.isEmpty());
        m_rotate->setEnabled(!isBusy());
    }
    if (isVisible())
        growToFit();
}

} // namespace fi::webhook
