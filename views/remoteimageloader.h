#pragma once
/// @file remoteimageloader.h
/// @brief Fetches the remote images of one shown entry, after the user allowed them for its feed.
///
/// Only http and https (redirects too, at most 5); no cookies sent or kept; each image at most
/// kMaxImageBytes (bigger ones are aborted while they arrive), at most kMaxImages per entry,
/// each request limited to kTimeoutMs; decoded with QImageReader up to kMaxImageSide pixels a
/// side. GUI thread only (its QNetworkAccessManager lives there).

#include <QImage>
#include <QList>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace fi {

class RemoteImageLoader final : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 kMaxImageBytes = 5 * 1024 * 1024;
    static constexpr int kMaxImages = 50;
    static constexpr int kTimeoutMs = 20000;
    static constexpr int kMaxImageSide = 8192;

    explicit RemoteImageLoader(QObject *parent = nullptr);
    ~RemoteImageLoader() override;

    /// Aborts what is still loading, then fetches @p urls (the first kMaxImages http(s) ones).
    void fetch(const QList<QUrl> &urls);
    /// Aborts every request still running; no imageLoaded() follows for them.
    void abort();
    /// Requests still running.
    int pending() const { return int(m_replies.size()); }

Q_SIGNALS:
    /// @p url (as passed to fetch()) arrived and decoded.
    void imageLoaded(const QUrl &url, const QImage &image);

private:
    void finished(QNetworkReply *reply, const QUrl &url);

    QNetworkAccessManager *m_nam;
    QList<QNetworkReply *> m_replies;
};

} // namespace fi
