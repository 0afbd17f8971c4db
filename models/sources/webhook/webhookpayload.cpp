#include "sources/webhook/webhookpayload.h"

#include "sources/webhook/webhookkind.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUrl>
#include <QUuid>

namespace fi::webhook {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("fi::webhook", text); }

constexpr int kSnippetChars = 300;

/// Runs of whitespace (including line breaks) become one space; ends trimmed.
QString folded(const QString &text) { return text.simplified(); }

bool fail(QString *error, const QString &reason)
{
    if (error)
        *error = reason;
    return false;
}

/// A string member: absent → true with *out empty and *present false; wrong type → false.
bool stringMember(const QJsonObject &object, const char *name, QString *out, bool *present, QString *error)
{
    const QJsonValue value = object.value(QLatin1String(name));
    *present = !value.isUndefined() && !value.isNull();
    if (!*present)
        return true;
    if (!value.isString())
        return fail(error, tr("\"%1\" must be a string.").arg(QLatin1String(name)));
    *out = value.toString();
    return true;
}

/// Characters the reading pane or a log would misread: C0/C1 controls other than tab/newline.
bool hasControl(const QString &text, bool allowNewlines)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (allowNewlines && (u == u'\n' || u == u'\r' || u == u'\t'))
            continue;
        if (u < 0x20 || (u >= 0x7f && u < 0xa0))
            return true;
    }
    return false;
}

std::optional<qint64> parseDue(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    QDateTime when = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(trimmed, Qt::ISODate);
    // A date alone or a time without its offset would be read in whatever zone this machine has.
    if (!when.isValid() || !trimmed.contains(u'T') || when.timeSpec() == Qt::LocalTime) {
        fail(error, tr("\"due\" must be an ISO 8601 date-time with its offset, such as 2026-12-03T17:00:00Z or "
                       "2026-12-03T14:00:00-03:00."));
        return std::nullopt;
    }
    const qint64 ms = when.toMSecsSinceEpoch();
    if (ms <= 0) {
        fail(error, tr("\"due\" is before 1970."));
        return std::nullopt;
    }
    return ms;
}

/// addr-spec-looking sender ("ops@example.com"): no spaces, one '@' inside.
bool looksLikeAddress(const QString &sender)
{
    const qsizetype at = sender.indexOf(u'@');
    return at > 0 && at == sender.lastIndexOf(u'@') && at < sender.size() - 1 && !sender.contains(u' ')
        && !sender.contains(u'<') && !sender.contains(u'>');
}

} // namespace

bool nestsDeeperThan(const QByteArray &body, int maxDepth)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : body) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > maxDepth)
                return true;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return false;
}

std::optional<ItemRecord> parseItem(const QByteArray &body, qint64 nowMs, QString *error)
{
    if (body.trimmed().isEmpty()) {
        fail(error, tr("The body is empty; send a JSON object such as {\"title\": \"…\"}."));
        return std::nullopt;
    }
    if (nestsDeeperThan(body, kMaxJsonDepth)) {
        fail(error, tr("The JSON is nested deeper than %1 levels.").arg(kMaxJsonDepth));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(error, tr("The body is not valid JSON: %1 at byte %2.").arg(parseError.errorString()).arg(parseError.offset));
        return std::nullopt;
    }
    if (!document.isObject()) {
        fail(error, tr("The body must be a JSON object such as {\"title\": \"…\"}."));
        return std::nullopt;
    }
    return itemFromJson(document.object(), nowMs, error);
}

std::optional<ItemRecord> itemFromJson(const QJsonObject &object, qint64 nowMs, QString *error)
{
    static const QStringList known = {QStringLiteral("title"), QStringLiteral("body"),      QStringLiteral("url"),
                                      QStringLiteral("sender"), QStringLiteral("tier"),     QStringLiteral("remote_id"),
                                      QStringLiteral("due")};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key())) {
            fail(error, tr("Unknown member \"%1\"; a payload has title, body, url, sender, tier, remote_id and due.")
                            .arg(it.key().left(60)));
            return std::nullopt;
        }
    }
    QString title, body, url, sender, remoteId, due;
    bool hasTitle = false, hasBody = false, hasUrl = false, hasSender = false, hasRemoteId = false, hasDue = false;
    if (!stringMember(object, "title", &title, &hasTitle, error) || !stringMember(object, "body", &body, &hasBody, error)
        || !stringMember(object, "url", &url, &hasUrl, error) || !stringMember(object, "sender", &sender, &hasSender, error)
        || !stringMember(object, "remote_id", &remoteId, &hasRemoteId, error)
        || !stringMember(object, "due", &due, &hasDue, error))
        return std::nullopt;

    title = folded(title);
    sender = folded(sender);
    if (!hasTitle || title.isEmpty()) {
        fail(error, tr("\"title\" is required and must not be empty."));
        return std::nullopt;
    }
    if (title.size() > kMaxTitleChars) {
        fail(error, tr("\"title\" is longer than %1 characters.").arg(kMaxTitleChars));
        return std::nullopt;
    }
    if (hasControl(title, false) || hasControl(sender, false)) {
        fail(error, tr("\"title\" and \"sender\" must not contain control characters."));
        return std::nullopt;
    }
    if (hasControl(body, true)) {
        fail(error, tr("\"body\" contains control characters."));
        return std::nullopt;
    }
    if (sender.size() > kMaxSenderChars) {
        fail(error, tr("\"sender\" is longer than %1 characters.").arg(kMaxSenderChars));
        return std::nullopt;
    }
    if (hasRemoteId && (remoteId.isEmpty() || remoteId.size() > kMaxRemoteIdChars || hasControl(remoteId, false))) {
        fail(error, tr("\"remote_id\" must be 1 to %1 characters without control characters.").arg(kMaxRemoteIdChars));
        return std::nullopt;
    }

    ItemRecord record;
    if (hasUrl && !url.trimmed().isEmpty()) {
        const QUrl parsed(url.trimmed(), QUrl::StrictMode);
        const QString scheme = parsed.scheme().toLower();
        if (url.size() > kMaxUrlChars || !parsed.isValid() || parsed.host().isEmpty()
            || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
            fail(error, tr("\"url\" must be an absolute http or https address."));
            return std::nullopt;
        }
        record.url = parsed.toString(QUrl::FullyEncoded);
    }
    const QJsonValue tier = object.value(QLatin1String("tier"));
    if (!tier.isUndefined() && !tier.isNull()) {
        const double value = tier.toDouble(-1);
        if (!tier.isDouble() || (value != 1 && value != 2 && value != 3)) {
            fail(error, tr("\"tier\" must be 1 (Reference), 2 (Async) or 3 (Now)."));
            return std::nullopt;
        }
        record.attributes.insert(QLatin1String(kTierAttribute), QString::number(int(value)));
    }
    if (hasDue && !due.trimmed().isEmpty()) {
        const std::optional<qint64> dueMs = parseDue(due, error);
        if (!dueMs)
            return std::nullopt;
        record.requestedDueMs = *dueMs;
    }

    record.remoteId = hasRemoteId ? remoteId : QStringLiteral("push-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.subject = title;
    if (!sender.isEmpty()) {
        if (looksLikeAddress(sender))
            record.from.address = sender;
        else
            record.from.name = sender;
    }
    record.snippet = folded(body).left(kSnippetChars);
    if (!body.isEmpty())
        record.content = {QStringLiteral("text/plain"), body};
    record.receivedMs = nowMs;
    record.activityMs = nowMs;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &part : {title, body, record.url, sender, record.attributes.value(QLatin1String(kTierAttribute)),
                                QString::number(record.requestedDueMs)}) {
        hash.addData(part.toUtf8());
        hash.addData(QByteArrayView("\0", 1));
    }
    record.fingerprint = QString::fromLatin1(hash.result().toHex().left(32));
    return record;
}

} // namespace fi::webhook
