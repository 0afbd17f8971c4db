#include "safetextbrowser.h"

#include "opensource.h"
#include "plaintext.h"

#include <QAbstractTextDocumentLayout>

namespace fi {

namespace {

/// The key an <img src> of the sanitizer's output is looked up by (it writes FullyEncoded).
QUrl resourceKey(const QUrl &url)
{
    return QUrl(url.toString(QUrl::FullyEncoded));
}

} // namespace

SafeTextBrowser::SafeTextBrowser(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setUndoRedoEnabled(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        Q_EMIT linkClicked(url);
        openLink(url);
    });
    // Where a link goes, before it is clicked (as plain text: the URL is the author's).
    connect(this, qOverload<const QUrl &>(&QTextBrowser::highlighted), this, [this](const QUrl &url) {
        viewport()->setToolTip(url.isEmpty() ? QString() : plainToolTip(url.toDisplayString()));
    });
}

void SafeTextBrowser::forgetImages()
{
    m_fetched.clear();
    m_expected.clear();
}

void SafeTextBrowser::showSanitizedHtml(const QString &html, const QList<QUrl> &expectedImages)
{
    forgetImages();
    document()->clear();  // drops the previous document's resources too
    expectImages(expectedImages);
    setHtml(html);
}

void SafeTextBrowser::showPlainText(const QString &text)
{
    forgetImages();
    document()->clear();
    setPlainText(text);
}

void SafeTextBrowser::expectImages(const QList<QUrl> &urls)
{
    for (const QUrl &url : urls)
        m_expected.insert(resourceKey(url));
}

void SafeTextBrowser::addFetchedImage(const QUrl &url, const QImage &image)
{
    const QUrl key = resourceKey(url);
    if (image.isNull() || !m_expected.contains(key))
        return;
    m_fetched.insert(key, image);
    document()->addResource(QTextDocument::ImageResource, key, image);
    // Lay the document out again so the image gets its size.
    document()->markContentsDirty(0, document()->characterCount());
    viewport()->update();
}

QVariant SafeTextBrowser::loadResource(int type, const QUrl &name)
{
    if (type != QTextDocument::ImageResource)
        return {};
    const QUrl key = resourceKey(name);
    if (const auto it = m_fetched.constFind(key); it != m_fetched.constEnd())
        return *it;
    if (m_expected.contains(key)) {
        QImage blank(1, 1, QImage::Format_ARGB32);
        blank.fill(Qt::transparent);
        return blank;
    }
    return {};
}

void SafeTextBrowser::doSetSource(const QUrl &, QTextDocument::ResourceType) {}

} // namespace fi
