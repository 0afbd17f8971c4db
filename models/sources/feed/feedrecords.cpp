#include "sources/feed/feedrecords.h"

#include "mime/htmltext.h"
#include "sources/feed/feedkind.h"

#include <QCryptographicHash>
#include <QSet>

namespace fi::feed {

namespace {

QString sha1Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex());
}

/// Appends @p text as a length-prefixed field, so that field boundaries cannot shift.
void addField(QByteArray &into, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    into += QByteArray::number(utf8.size());
    into += ':';
    into += utf8;
}

void addField(QByteArray &into, qint64 value) { addField(into, QString::number(value)); }

void addPerson(QByteArray &into, const FeedPerson &p)
{
    addField(into, p.name);
    addField(into, p.email);
    addField(into, p.uri);
}

} // namespace

QString entryIdentity(const FeedEntry &entry)
{
    QString identity = entry.id.trimmed();
    if (identity.isEmpty())
        identity = entry.link.trimmed();
    if (identity.isEmpty()) {
        QByteArray basis;
        addField(basis, entry.title);
        addField(basis, entry.publishedMs > 0 ? entry.publishedMs : entry.updatedMs);
        if (entry.title.isEmpty() && entry.publishedMs <= 0 && entry.updatedMs <= 0) {
            // Nothing but text: let the text tell such entries apart.
            addField(basis, entry.summary);
            addField(basis, entry.contentHtml);
        }
        return QStringLiteral("hash:") + sha1Hex(basis);
    }
    if (identity.size() > kMaxIdentityChars)
        return QStringLiteral("hash:") + sha1Hex(identity.toUtf8());
    return identity;
}

QString entryFingerprint(const FeedEntry &entry, const QString &settingsKey, qint64 receivedMs)
{
    QByteArray basis;
    addField(basis, entry.id);
    addField(basis, entry.title);
    addField(basis, entry.link);
    addPerson(basis, entry.author);
    addField(basis, entry.contributors.size());
    for (const FeedPerson &p : entry.contributors)
        addPerson(basis, p);
    addField(basis, entry.publishedMs);
    addField(basis, entry.updatedMs);
    addField(basis, entry.summary);
    addField(basis, entry.contentHtml);
    addField(basis, entry.categories.size());
    for (const QString &c : entry.categories)
        addField(basis, c);
    addField(basis, settingsKey);
    return sha1Hex(basis) + u':' + QString::number(receivedMs);
}

qint64 receivedOfFingerprint(const QString &fingerprint)
{
    const qsizetype colon = fingerprint.lastIndexOf(u':');
    if (colon < 0)
        return 0;
    bool ok = false;
    const qint64 ms = fingerprint.mid(colon + 1).toLongLong(&ok);
    return ok && ms > 0 ? ms : 0;
}

namespace {

ItemRecord makeRecord(const FeedEntry &entry, const FeedDocument &document, const RecordSettings &settings,
                      qint64 receivedMs, QString identity, QString fingerprint)
{
    ItemRecord r;
    r.remoteId = std::move(identity);
    r.fingerprint = std::move(fingerprint);
    r.url = entry.link;
    r.locator = entry.link;
    r.receivedMs = receivedMs;
    r.activityMs = entry.updatedMs > 0 ? entry.updatedMs : 0;

    const QString contentText = entry.contentHtml.isEmpty() ? QString() : mime::htmlToText(entry.contentHtml);
    const QString bodyText = entry.summary.trimmed().isEmpty() ? contentText : entry.summary;
    r.subject = mime::foldSnippet(entry.title, kMaxSubjectChars);
    if (r.subject.isEmpty())
        r.subject = mime::foldSnippet(bodyText, kUntitledSubjectChars);
    r.snippet = mime::foldSnippet(bodyText, kSnippetChars);

    const FeedPerson &author = entry.author;
    r.from.name = !author.name.trimmed().isEmpty()    ? author.name.trimmed()
                  : !author.email.trimmed().isEmpty() ? author.email.trimmed()
                                                      : document.title.trimmed();
    r.from.handle = author.uri;

    if (!settings.category.isEmpty())
        r.attributes.insert(QString::fromLatin1(kCategoryAttribute), settings.category);
    if (!entry.contentHtml.isEmpty()) {
        r.content.mimeType = QStringLiteral("text/html");
        r.content.body = entry.contentHtml;
    }
    return r;
}

} // namespace

ItemRecord recordOf(const FeedEntry &entry, const FeedDocument &document, const RecordSettings &settings,
                    qint64 receivedMs)
{
    return makeRecord(entry, document, settings, receivedMs, entryIdentity(entry),
                      entryFingerprint(entry, settings.settingsKey, receivedMs));
}

FeedRecords recordsFor(const FeedDocument &document, const KnownItems &known, const RecordSettings &settings,
                       qint64 nowMs)
{
    FeedRecords out;
    QSet<QString> seen;
    seen.reserve(document.entries.size());
    for (const FeedEntry &entry : document.entries) {
        const QString id = entryIdentity(entry);
        if (seen.contains(id))
            continue;  // a second entry with the same identity: the first one (newest) wins
        seen.insert(id);
        const auto stored = known.constFind(id);
        qint64 received = entry.publishedMs > 0 ? entry.publishedMs : entry.updatedMs;
        if (received <= 0) {
            // Undated: the time it was first seen, kept from the stored item on later updates.
            const qint64 firstSeen = stored == known.constEnd() ? 0 : receivedOfFingerprint(*stored);
            received = firstSeen > 0 ? firstSeen : nowMs;
        }
        const QString fingerprint = entryFingerprint(entry, settings.settingsKey, received);
        if (stored != known.constEnd() && *stored == fingerprint) {
            ++out.unchanged;
            continue;
        }
        ++(stored == known.constEnd() ? out.added : out.updated);
        out.records.append(makeRecord(entry, document, settings, received, id, fingerprint));
    }
    return out;
}

} // namespace fi::feed
