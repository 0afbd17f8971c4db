#include "sources/webhook/webhookresultpage.h"

#include "sources/webhook/webhookkind.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace fi::webhook {

QString curlExample(const QString &token, quint16 port)
{
    return QStringLiteral("curl -fsS -H 'Authorization: Bearer ") + token
           + QStringLiteral("' -H 'Content-Type: application/json' -d '{\"title\":\"Deploy finished\",\"tier\":2}' ")
           + endpointFor(port);
}

void copySecret(const QString &text, QPushButton *button)
{
    auto *mime = new QMimeData;
    mime->setText(text);
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(mime);
    if (!button || button->property("copiedText").isValid())
        return;  // already saying "Copied"
    button->setProperty("copiedText", button->text());
    button->setText(WebhookResultPage::tr("Copied"));
    QTimer::singleShot(2000, button, [button] {
        button->setText(button->property("copiedText").toString());
        button->setProperty("copiedText", QVariant());
    });
}

namespace widgets {

QLabel *plainLabel(const QString &text, QWidget *parent, bool muted)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    if (muted)
        label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QLabel *fieldLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setBuddy(buddy);
    return label;
}

QPushButton *button(const QString &text, const char *name, const QString &toolTip, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    b->setToolTip(toolTip);
    return b;
}

QLabel *urlLabel(const char *name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setObjectName(QLatin1String(name));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return label;
}

} // namespace widgets

using namespace widgets;

WebhookResultPage::WebhookResultPage(const QString &token, quint16 port, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("resultPage"));
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    auto *heading = plainLabel(tr("The webhook is ready. Scripts can now post items to it."), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);

    auto *endpoint = urlLabel("doneEndpoint", this);
    endpoint->setText(endpointFor(port));
    endpoint->setAccessibleName(tr("Endpoint"));

    auto *tokenEdit = new QLineEdit(token, this);
    tokenEdit->setObjectName(QStringLiteral("doneToken"));
    tokenEdit->setAccessibleName(tr("Token"));
    tokenEdit->setReadOnly(true);
    tokenEdit->setFont(fixed);
    auto *copy = button(tr("&Copy"), "doneCopy", tr("Copy the token to the clipboard"), this);
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(tokenEdit, 1);
    tokenRow->addWidget(copy);

    auto *curl = new QPlainTextEdit(curlExample(token, port), this);
    curl->setObjectName(QStringLiteral("curlExample"));
    curl->setAccessibleName(tr("Example command"));
    curl->setReadOnly(true);
    curl->setFont(fixed);
    curl->setTabChangesFocus(true);
    const int margins = 2 * (curl->frameWidth() + int(curl->document()->documentMargin()));
    curl->setFixedHeight(QFontMetrics(fixed).lineSpacing() * 5 + margins);  // the command wraps to 3–4 lines

    auto *secret = plainLabel(tr("Keep the token secret: whoever has it can add items. It is stored in the system "
                                 "keychain; \"Webhook settings…\" shows it again."), this, true);
    auto *copyCurl = button(tr("Copy co&mmand"), "copyCommand",
                            tr("Copy the example command (it contains the token) to the clipboard"), this);
    auto *bottom = new QHBoxLayout;  // wrapped text outside the form (its rows ignore height-for-width)
    bottom->addWidget(secret, 1);
    bottom->addWidget(copyCurl, 0, Qt::AlignTop);

    auto *form = new QFormLayout;
    form->addRow(fieldLabel(tr("Endpoint:"), endpoint, this), endpoint);
    form->addRow(fieldLabel(tr("&Token:"), tokenEdit, this), tokenRow);
    form->addRow(fieldLabel(tr("&Example:"), curl, this), curl);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(QMargins());
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addLayout(bottom);

    connect(copy, &QPushButton::clicked, this, [copy, token] { copySecret(token, copy); });
    connect(copyCurl, &QPushButton::clicked, this, [copyCurl, curl] { copySecret(curl->toPlainText(), copyCurl); });
}

} // namespace fi::webhook
