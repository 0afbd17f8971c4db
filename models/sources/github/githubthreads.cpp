#include "sources/github/githubthreads.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace fi::github {

namespace {

/// updated_at and last_read_at: ISO 8601 in UTC ("2014-11-07T22:01:45Z"); 0 when not a date.
qint64 isoMs(const QJsonValue &value)
{
    if (!value.isString())
        return 0;
    const QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODate);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

/// An http(s) URL with a host, else empty: a page the app may open (text from a server).
QString webUrl(const QJsonValue &value)
{
    const QUrl url(value.toString(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return {};
    return url.toString(QUrl::FullyEncoded);
}

/// The thread of @p object, or the reason it cannot be one.
std::optional<Thread> threadOf(const QJsonObject &object, QString *problem)
{
    Thread t;
    const QJsonValue id = object.value(QLatin1String("id"));
    // The API sends ids as strings; accept a whole number too (some servers re-encode).
    if (id.isString() && !id.toString().isEmpty())
        t.id = id.toString();
    else if (id.isDouble() && id.toDouble() >= 0 && id.toDouble() == double(qint64(id.toDouble())))
        t.id = QString::number(qint64(id.toDouble()));
    if (t.id.isEmpty() || t.id.size() > 64) {
        *problem = QStringLiteral("id is missing or not a string");
        return std::nullopt;
    }
    t.updatedMs = isoMs(object.value(QLatin1String("updated_at")));
    if (t.updatedMs <= 0) {
        *problem = QStringLiteral("updated_at is not a date");
        return std::nullopt;
    }
    const QJsonObject subject = object.value(QLatin1String("subject")).toObject();
    const QJsonValue title = subject.value(QLatin1String("title"));
    if (!title.isString()) {
        *problem = QStringLiteral("subject.title is missing or not a string");
        return std::nullopt;
    }
    const QJsonObject repository = object.value(QLatin1String("repository")).toObject();
    const QJsonValue fullName = repository.value(QLatin1String("full_name"));
    if (!fullName.isString() || fullName.toString().isEmpty()) {
        *problem = QStringLiteral("repository.full_name is missing or not a string");
        return std::nullopt;
    }
    t.title = title.toString().left(kMaxTitleChars);
    t.type = subject.value(QLatin1String("type")).toString();
    t.subjectApiUrl = webUrl(subject.value(QLatin1String("url")));
    t.reason = object.value(QLatin1String("reason")).toString();
    t.unread = object.value(QLatin1String("unread")).toBool(false);
    t.lastReadMs = isoMs(object.value(QLatin1String("last_read_at")));
    t.apiUrl = webUrl(object.value(QLatin1String("url")));
    t.repository = fullName.toString();
    t.repositoryWebUrl = webUrl(repository.value(QLatin1String("html_url")));
    return t;
}

} // namespace

std::optional<ThreadPage> parseThreads(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray()) {
        if (error) {
            *error = parseError.error != QJsonParseError::NoError
                ? QCoreApplication::translate("fi::github", "GitHub sent notifications that are not valid JSON (%1 at byte %2).")
                      .arg(parseError.errorString())
                      .arg(parseError.offset)
                : QCoreApplication::translate("fi::github", "GitHub sent something other than a list of notifications.");
        }
        return std::nullopt;
    }
    ThreadPage page;
    const QJsonArray array = document.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString problem = QStringLiteral("not an object");
        std::optional<Thread> thread;
        if (array.at(i).isObject())
            thread = threadOf(array.at(i).toObject(), &problem);
        if (thread)
            page.threads << std::move(*thread);
        else
            page.problems << QStringLiteral("thread %1: %2").arg(i + 1).arg(problem);
    }
    return page;
}

QUrl threadWebUrl(const Thread &thread)
{
    if (thread.repositoryWebUrl.isEmpty())
        return {};
    const QString repo = thread.repositoryWebUrl.endsWith(QLatin1Char('/')) ? thread.repositoryWebUrl.chopped(1)
                                                                           : thread.repositoryWebUrl;
    if (thread.subjectApiUrl.isEmpty()) {
        if (thread.type == QLatin1String("CheckSuite"))
            return QUrl(repo + QStringLiteral("/actions"));
        if (thread.type == QLatin1String("Discussion"))
            return QUrl(repo + QStringLiteral("/discussions"));
        return QUrl(repo);
    }
    // …/repos/OWNER/NAME/<collection>/<id> on api.github.com or HOST/api/v3.
    static const QRegularExpression apiPath(
        QStringLiteral("/repos/([^/]+/[^/]+)/(pulls|issues|commits|discussions|releases)/([^/?#]+)$"));
    const QRegularExpressionMatch m = apiPath.match(QUrl(thread.subjectApiUrl).path());
    if (!m.hasMatch() || m.captured(1).compare(thread.repository, Qt::CaseInsensitive) != 0)
        return QUrl(repo);
    const QString collection = m.captured(2);
    const QString id = m.captured(3);
    if (collection == QLatin1String("pulls"))
        return QUrl(repo + QStringLiteral("/pull/") + id);
    if (collection == QLatin1String("commits"))
        return QUrl(repo + QStringLiteral("/commit/") + id);
    if (collection == QLatin1String("releases"))
        return QUrl(repo + QStringLiteral("/releases")); // the API names a release by id, the web by tag
    return QUrl(repo + QLatin1Char('/') + collection + QLatin1Char('/') + id);
}

namespace {

/// Whether the link-params of one link ("; rel=\"prev next\"; title=…") name rel next.
bool isNext(const QString &params)
{
    for (const QString &param : params.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = param.indexOf(QLatin1Char('='));
        if (eq < 0 || param.left(eq).trimmed().compare(QLatin1String("rel"), Qt::CaseInsensitive) != 0)
            continue;
        QString value = param.mid(eq + 1).trimmed();
        if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
            value = value.mid(1, value.size() - 2);
        // rel may hold several relation types separated by spaces (RFC 8288 section 3.3).
        for (const QString &type : value.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (type.compare(QLatin1String("next"), Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

QUrl nextPageUrl(const QByteArray &linkHeader)
{
    // Link: <https://api.github.com/notifications?page=2>; rel="next", <…?page=5>; rel="last"
    static const QRegularExpression link(QStringLiteral("<([^>]*)>([^<]*)"));
    auto it = link.globalMatch(QString::fromLatin1(linkHeader));
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QString params = m.captured(2).trimmed();
        if (params.endsWith(QLatin1Char(',')))
            params.chop(1);
        if (!isNext(params))
            continue;
        const QUrl url(m.captured(1).trimmed(), QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (url.isValid() && !url.host().isEmpty()
            && (scheme == QLatin1String("https") || scheme == QLatin1String("http")))
            return url;
    }
    return {};
}

QString reasonText(const QString &reason)
{
    struct Phrase {
        const char *reason;
        const char *text;
    };
    // GitHub's documented notification reasons, said the way its web page says them.
    static const Phrase phrases[] = {
        {"review_requested", QT_TRANSLATE_NOOP("fi::github", "Your review was requested.")},
        {"mention", QT_TRANSLATE_NOOP("fi::github", "You were @mentioned.")},
        {"team_mention", QT_TRANSLATE_NOOP("fi::github", "A team you belong to was @mentioned.")},
        {"assign", QT_TRANSLATE_NOOP("fi::github", "You were assigned.")},
        {"author", QT_TRANSLATE_NOOP("fi::github", "You opened this thread.")},
        {"comment", QT_TRANSLATE_NOOP("fi::github", "You commented on this thread.")},
        {"security_alert", QT_TRANSLATE_NOOP("fi::github", "GitHub found a security vulnerability in this repository.")},
        {"subscribed", QT_TRANSLATE_NOOP("fi::github", "You are watching this repository.")},
        {"state_change", QT_TRANSLATE_NOOP("fi::github", "You changed the thread's state (for example, closed an issue).")},
        {"ci_activity", QT_TRANSLATE_NOOP("fi::github", "A GitHub Actions workflow run you triggered finished.")},
        {"manual", QT_TRANSLATE_NOOP("fi::github", "You subscribed to this thread.")},
        {"approval_requested", QT_TRANSLATE_NOOP("fi::github", "Your approval was requested for a deployment.")},
        {"invitation", QT_TRANSLATE_NOOP("fi::github", "You were invited to contribute to this repository.")},
    };
    for (const Phrase &p : phrases) {
        if (reason == QLatin1String(p.reason))
            return QCoreApplication::translate("fi::github", p.text);
    }
    return QCoreApplication::translate("fi::github", "GitHub's reason: %1.").arg(reason);
}

ItemRecord recordOf(const Thread &thread)
{
    ItemRecord r;
    r.remoteId = thread.id;
    r.locator = thread.apiUrl;
    r.fingerprint = QStringLiteral("%1:%2").arg(thread.updatedMs).arg(thread.unread ? 1 : 0);
    r.subject = thread.title;
    r.from.name = thread.repository;
    r.receivedMs = thread.updatedMs;
    r.activityMs = thread.updatedMs;
    r.flags.seen = !thread.unread;
    r.url = threadWebUrl(thread).toString(QUrl::FullyEncoded);
    r.snippet = thread.repository + QStringLiteral(" · ") + thread.type;
    r.attributes.insert(QStringLiteral("github.reason"), thread.reason);
    r.attributes.insert(QStringLiteral("github.repository"), thread.repository);
    r.attributes.insert(QStringLiteral("github.type"), thread.type);
    // What the reading pane shows (plain text: GitHub sends no body with a notification).
    r.content.mimeType = QStringLiteral("text/plain");
    r.content.body = QCoreApplication::translate("fi::github", "%1 in %2\n\n%3\n\n%4")
                         .arg(thread.type, thread.repository, reasonText(thread.reason), r.url);
    return r;
}

} // namespace fi::github
