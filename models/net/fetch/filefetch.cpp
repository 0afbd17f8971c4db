#include "filefetch.h"

#include "fetcherrors.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTimeZone>

namespace fi::net::fetch {

FetchResponse fetchFile(const FetchRequest &request)
{
    const QString path = request.url.toLocalFile();
    const QFileInfo info(path);
    if (path.isEmpty() || !info.exists())
        return failedResponse(fileError(path, QCoreApplication::translate("fi::net::HttpFetcher", "no such file")));
    if (!info.isFile())  // a directory, FIFO or device would never end (or block the worker)
        return failedResponse(fileError(path, QCoreApplication::translate("fi::net::HttpFetcher", "not a regular file")));
    if (info.size() > request.maxBytes)
        return failedResponse(tooLargeError(request.maxBytes));

    FetchResponse r;
    r.finalUrl = request.url;
    r.lastModified = QLocale::c()
                         .toString(info.lastModified().toTimeZone(QTimeZone::utc()),
                                   QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                         .toLatin1();
    if (!request.lastModified.isEmpty() && request.lastModified == r.lastModified) {
        r.outcome = FetchResponse::Outcome::NotModified;
        return r;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failedResponse(fileError(path, file.errorString()));
    // Read to the end but never more than maxBytes + 1 (the file may have grown since stat()).
    QByteArray body;
    body.reserve(qsizetype(info.size()));
    for (;;) {
        const QByteArray chunk = file.read(qMin<qint64>(1 << 20, request.maxBytes + 1 - body.size()));
        if (chunk.isEmpty())
            break;
        body += chunk;
        if (body.size() > request.maxBytes)
            return failedResponse(tooLargeError(request.maxBytes));
    }
    if (file.error() != QFileDevice::NoError)
        return failedResponse(fileError(path, file.errorString()));
    r.outcome = FetchResponse::Outcome::Ok;
    r.body = std::move(body);
    return r;
}

} // namespace fi::net::fetch
