#pragma once
/// @file safetextbrowser.h
/// @brief The reading pane's body view: shows sanitized HTML (mime::sanitizeHtml) or plain text
/// and loads nothing by itself.
///
/// It resolves no resource: loadResource() returns only images the view was handed
/// (addFetchedImage(), fetched by the pane after the user chose to load them) and a blank
/// placeholder for images it was told are on their way (expectImages()); anything else, local
/// or remote, yields an invalid QVariant. It never navigates: a clicked link goes to
/// opensource.h's openLink() (http, https and mailto only, in the desktop's browser or mail
/// client); hovering one shows its URL as a tooltip. GUI thread only.

#include <QHash>
#include <QImage>
#include <QSet>
#include <QTextBrowser>
#include <QUrl>

namespace fi {

class SafeTextBrowser final : public QTextBrowser {
    Q_OBJECT
public:
    explicit SafeTextBrowser(QWidget *parent = nullptr);

    /// Show @p html (already sanitized) as rich text; forgets the images of the previous
    /// document. @p expectedImages: its <img> URLs the pane is fetching, drawn blank until they
    /// arrive (so Qt never tries to read them some other way); only these can be added.
    void showSanitizedHtml(const QString &html, const QList<QUrl> &expectedImages = {});
    /// Show @p text as it is; forgets the images of the previous document.
    void showPlainText(const QString &text);
    /// An image the pane fetched for @p url: stored as the document's resource and shown.
    void addFetchedImage(const QUrl &url, const QImage &image);
    /// How many fetched images the current document holds.
    int fetchedImageCount() const { return int(m_fetched.size()); }

    QVariant loadResource(int type, const QUrl &name) override;

Q_SIGNALS:
    /// A link was clicked (before it is handed to openLink(); also for refused ones).
    void linkClicked(const QUrl &url);

protected:
    /// Never navigates (setSource() and history do nothing).
    void doSetSource(const QUrl &name, QTextDocument::ResourceType type) override;

private:
    void forgetImages();
    void expectImages(const QList<QUrl> &urls);

    QHash<QUrl, QImage> m_fetched;
    QSet<QUrl> m_expected;
};

} // namespace fi
