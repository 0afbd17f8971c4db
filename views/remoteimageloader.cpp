#include "remoteimageloader.h"

#include <QBuffer>
#include <QImageReader>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace fi {

namespace {

bool isHttp(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return (scheme == QLatin1String("http") || scheme == QLatin1String("https")) && !url.host().isEmpty();
}

/// A jar that neither keeps nor hands out cookies: an image request is not a tracking channel.
class NoCookies final : public QNetworkCookieJar {
public:
    using QNetworkCookieJar::QNetworkCookieJar;
    QList<QNetworkCookie> cookiesForUrl(const QUrl &) const override { return {}; }
    bool setCookiesFromUrl(const QList<QNetworkCookie> &, const QUrl &) override { return false; }
};

} // namespace

RemoteImageLoader::RemoteImageLoader(QObject *parent) : QObject(parent), m_nam(new QNetworkAccessManager(this))
{
    m_nam->setCookieJar(new NoCookies(m_nam));
}

RemoteImageLoader::~RemoteImageLoader()
{
    abort();
}

void RemoteImageLoader::abort()
{
    const QList<QNetworkReply *> replies = std::exchange(m_replies, {});
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void RemoteImageLoader::fetch(const QList<QUrl> &urls)
{
    abort();
    int started = 0;
    for (const QUrl &url : urls) {
        if (!isHttp(url) || started >= kMaxImages)
            continue;
        ++started;
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
        request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
        request.setMaximumRedirectsAllowed(5);
        request.setTransferTimeout(kTimeoutMs);
        QNetworkReply *reply = m_nam->get(request);
        m_replies.append(reply);
        connect(reply, &QNetworkReply::redirected, this, [reply](const QUrl &target) {
            if (isHttp(target))
                Q_EMIT reply->redirectAllowed();
            else
                reply->abort();
        });
        connect(reply, &QNetworkReply::downloadProgress, this, [reply](qint64 received, qint64 total) {
            if (received > kMaxImageBytes || total > kMaxImageBytes)
                reply->abort();
        });
        connect(reply, &QNetworkReply::finished, this, [this, reply, url] { finished(reply, url); });
    }
}

void RemoteImageLoader::finished(QNetworkReply *reply, const QUrl &url)
{
    m_replies.removeOne(reply);
    reply->deleteLater();
    if (reply->error() != QNetworkReply::NoError)
        return;
    QByteArray data = reply->read(kMaxImageBytes + 1);
    if (data.size() > kMaxImageBytes)
        return;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > kMaxImageSide || size.height() > kMaxImageSide))
        return;
    const QImage image = reader.read();
    if (!image.isNull())
        Q_EMIT imageLoaded(url, image);
}

} // namespace fi
