#pragma once
/// @file webhookresultpage.h
/// @brief What WebhookDialog shows once a webhook was added (the endpoint, the token with a Copy
/// button, a ready-to-paste curl command), and the small widget helpers the dialog shares with it.
/// Every label made here shows its text literally (Qt::PlainText). GUI thread only.

#include <QWidget>

class QLabel;
class QPushButton;

namespace fi::webhook {

/// `curl -fsS -H 'Authorization: Bearer TOKEN' -H 'Content-Type: application/json'
/// -d '{"title":"Deploy finished","tier":2}' http://127.0.0.1:PORT/items` (one line).
QString curlExample(const QString &token, quint16 port);

/// Puts @p text on the clipboard marked as a secret ("x-kde-passwordManagerHint": clipboard
/// managers that honour it keep no history of it), and says "Copied" on @p button for 2 s.
void copySecret(const QString &text, QPushButton *button);

namespace widgets {
/// A wrapped label that shows @p text literally; muted (placeholder colour) for help text.
QLabel *plainLabel(const QString &text, QWidget *parent, bool muted = false);
/// A form label (a fixed text with a mnemonic) for @p buddy.
QLabel *fieldLabel(const QString &text, QWidget *buddy, QWidget *parent);
/// A push button named @p name.
QPushButton *button(const QString &text, const char *name, const QString &toolTip, QWidget *parent);
/// A selectable one-line label in a fixed-width font (a URL), named @p name.
QLabel *urlLabel(const char *name, QWidget *parent);
} // namespace widgets

/**
 * @brief The page a new webhook's dialog switches to: "doneEndpoint" (the URL), "doneToken" (a
 * read-only field) with "doneCopy", "curlExample" (a read-only QPlainTextEdit) with "copyCommand".
 * The token is only held by these widgets; nothing here logs or stores it.
 */
class WebhookResultPage : public QWidget {
    Q_OBJECT
public:
    WebhookResultPage(const QString &token, quint16 port, QWidget *parent = nullptr);
};

} // namespace fi::webhook
