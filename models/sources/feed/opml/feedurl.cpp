#include "sources/feed/opml/feedurl.h"

#include <QCoreApplication>

namespace fi::feed {

std::optional<QUrl> checkedFeedUrl(const QString &input, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<QUrl> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QString text = input.trimmed();
    if (text.isEmpty())
        return fail(QCoreApplication::translate("fi::feed::Opml", "The feed URL is empty."));
    // "feed:https://…" and "feed://host/…" (an old convention for "open in a feed reader").
    if (text.startsWith(QLatin1String("feed:"), Qt::CaseInsensitive)) {
        const QString rest = text.mid(5);
        if (rest.startsWith(QLatin1String("http:"), Qt::CaseInsensitive) || rest.startsWith(QLatin1String("https:"), Qt::CaseInsensitive))
            text = rest;
        else if (rest.startsWith(QLatin1String("//")))
            text = QStringLiteral("http:") + rest;
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return fail(QCoreApplication::translate("fi::feed::Opml", "\"%1\" is not a valid URL (%2).").arg(input.trimmed(), url.errorString()));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https")) {
        if (url.host().isEmpty())
            return fail(QCoreApplication::translate("fi::feed::Opml", "\"%1\" has no host name.").arg(input.trimmed()));
        return url;
    }
    if (scheme == QLatin1String("file")) {
        if (!url.host().isEmpty() && url.host() != QLatin1String("localhost"))
            return fail(QCoreApplication::translate("fi::feed::Opml", "\"%1\" names a file on another host; only local files can be read.").arg(input.trimmed()));
        if (!url.path().startsWith(u'/'))
            return fail(QCoreApplication::translate("fi::feed::Opml", "\"%1\" is not an absolute file path.").arg(input.trimmed()));
        return url;
    }
    if (scheme.isEmpty())
        return fail(QCoreApplication::translate("fi::feed::Opml", "\"%1\" is not a feed URL: it needs to start with http://, https:// or file://.").arg(input.trimmed()));
    return fail(QCoreApplication::translate("fi::feed::Opml", "\"%1\" is not a feed URL: the scheme \"%2\" is not supported (use http, https or file).").arg(input.trimmed(), scheme));
}

QString feedUrlKey(const QString &text)
{
    QUrl url(text.trimmed());
    if (!url.isValid())
        return text.trimmed();
    url.setFragment(QString());
    if ((url.scheme() == QLatin1String("http") && url.port() == 80) || (url.scheme() == QLatin1String("https") && url.port() == 443))
        url.setPort(-1);
    if (url.path().isEmpty() && !url.host().isEmpty())
        url.setPath(QStringLiteral("/"));
    return url.adjusted(QUrl::NormalizePathSegments).toString(QUrl::FullyEncoded);
}

} // namespace fi::feed
