#pragma once
/// @file feedparsetest.h
/// @brief Helpers of the feed parser tests (tst_feedparser, tst_feedencodings): parse bytes as if
/// fetched from a fixed URL at a fixed time, and build documents in legacy encodings.

#include "sources/feed/feedparser.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

#include <iconv.h>

namespace fi::test {

/// parseFeed of @p bytes as served with @p contentType from @p url, "now" 2026-12-02 04:00 UTC.
inline feed::FeedParseResult parseBytes(const QByteArray &bytes, const QByteArray &contentType = {},
                      const QUrl &url = QUrl(QStringLiteral("https://example.org/feeds/main.xml")))
{
    feed::FeedParseInput in;
    in.bytes = bytes;
    in.contentType = contentType;
    in.url = url;
    in.nowMs = QDateTime(QDate(2026, 12, 2), QTime(4, 0), Qt::UTC).toMSecsSinceEpoch();
    return feed::parseFeed(in);
}

/// @p text in @p charset (glibc iconv), for building documents in legacy encodings.
inline QByteArray encode(const QString &text, const char *charset)
{
    const QByteArray utf8 = text.toUtf8();
    iconv_t cd = iconv_open(charset, "UTF-8");
    if (cd == iconv_t(-1))
        qFatal("iconv does not know %s", charset);
    QByteArray out(utf8.size() * 4 + 16, '\0');
    char *in = const_cast<char *>(utf8.constData());
    size_t inLeft = size_t(utf8.size());
    char *o = out.data();
    size_t oLeft = size_t(out.size());
    if (iconv(cd, &in, &inLeft, &o, &oLeft) == size_t(-1))
        qFatal("cannot encode in %s", charset);
    iconv_close(cd);
    out.resize(out.size() - qsizetype(oLeft));
    return out;
}

/// A one-item RSS 2.0 document with these titles (written as given: markup stays markup).
inline QByteArray rssWithTitles(const QString &feedTitle, const QString &itemTitle)
{
    return (QStringLiteral("<rss version=\"2.0\"><channel><title>") + feedTitle
            + QStringLiteral("</title><item><title>") + itemTitle
            + QStringLiteral("</title><guid>1</guid></item></channel></rss>"))
        .toUtf8();
}

} // namespace fi::test
