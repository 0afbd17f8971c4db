#pragma once
/// @file feedfetchtest.h
/// @brief Helpers of the net::HttpFetcher tests (tst_feedfetcher, tst_feedfetchertls): fetch and wait
/// for the callback, a plain request, a generated RSS document.

#include "net/httpfetcher.h"

#include <QByteArray>
#include <QEventLoop>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <optional>

namespace fi::test {

using net::HttpFetcher;
using net::FetchRequest;
using net::FetchResponse;

/// Fetch and wait (event loop running) for the callback. nullopt = no callback within @p waitMs.
inline std::optional<net::FetchResponse> fetchAndWait(net::HttpFetcher &fetcher, const net::FetchRequest &request, int waitMs = 15000)
{
    QObject context;
    std::optional<net::FetchResponse> out;
    QEventLoop loop;
    fetcher.fetch(request, &context, [&](const net::FetchResponse &r) {
        out = r;
        loop.quit();
    });
    QTimer::singleShot(waitMs, &loop, &QEventLoop::quit);
    if (!out)
        loop.exec();
    return out;
}

/// A request for @p url with the default limits.
inline net::FetchRequest requestFor(const QUrl &url)
{
    net::FetchRequest r;
    r.url = url;
    return r;
}

/// An RSS 2.0 document with @p items entries (about 150 bytes each).
inline QByteArray rss(int items, const QByteArray &title = "Team blog")
{
    QByteArray doc = "<?xml version='1.0' encoding='utf-8'?>\n<rss version='2.0'><channel><title>" + title
                     + "</title><link>https://example.org/</link>\n";
    for (int i = 0; i < items; ++i)
        doc += "<item><title>Entry " + QByteArray::number(i) + "</title><link>https://example.org/e/"
               + QByteArray::number(i) + "</link><guid>urn:e:" + QByteArray::number(i)
               + "</guid><description>Some text that repeats a lot, a lot, a lot.</description></item>\n";
    return doc + "</channel></rss>\n";
}

} // namespace fi::test
