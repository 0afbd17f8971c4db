#include "sources/imap/imapsyncstate.h"

#include <QCryptographicHash>
#include <QStringList>

namespace fi::imap {

QByteArray FolderState::encode() const
{
    const QByteArray head = QByteArray::number(uidValidity) + ' ' + QByteArray::number(uidNext) + ' '
        + QByteArray::number(highestModSeq);
    if (!knownUids)
        return "v1 " + head;
    const QByteArray uids = knownUids->encode();
    return "v2 " + head + ' ' + (uids.isEmpty() ? QByteArray("-") : uids);
}

FolderState FolderState::decode(const QByteArray &bytes)
{
    const QList<QByteArray> parts = bytes.split(' ');
    FolderState s;
    const bool v1 = parts.size() == 4 && parts[0] == "v1";
    const bool v2 = parts.size() == 5 && parts[0] == "v2";
    if (!v1 && !v2)
        return s;
    bool ok1 = false, ok2 = false, ok3 = false;
    s.uidValidity = parts[1].toUInt(&ok1);
    s.uidNext = parts[2].toUInt(&ok2);
    s.highestModSeq = parts[3].toULongLong(&ok3);
    if (!ok1 || !ok2 || !ok3 || s.uidNext == 0)
        return {};
    if (v2) {
        s.knownUids = parts[4] == "-" ? std::optional<UidSet>(UidSet{}) : UidSet::decode(parts[4]);
        // A set that does not parse, or holds UIDs at or above UIDNEXT, is not trusted: the next
        // sync rebuilds it (what a "v1" state gets).
        if (s.knownUids && !s.knownUids->isEmpty() && s.knownUids->ranges().last().second >= s.uidNext)
            s.knownUids.reset();
    }
    return s;
}

QString remoteIdForMessageId(const QString &folder, const QString &messageId)
{
    return folder + QStringLiteral("#<") + messageId + u'>';
}

QString remoteIdForHeader(const QString &folder, const QByteArray &rawHeader)
{
    const QByteArray sum = QCryptographicHash::hash(rawHeader, QCryptographicHash::Sha1).toHex();
    return folder + QStringLiteral("#sum:") + QString::fromLatin1(sum);
}

QString remoteIdForUid(const QString &folder, quint32 uidValidity, quint32 uid)
{
    return folder + QStringLiteral("#uid:%1:%2").arg(uidValidity).arg(uid);
}

QString folderOfRemoteId(const QString &remoteId)
{
    qsizetype i = remoteId.indexOf(QLatin1String("#<"));
    if (i < 0)
        i = remoteId.lastIndexOf(QLatin1String("#sum:"));
    if (i < 0)
        i = remoteId.lastIndexOf(QLatin1String("#uid:"));
    return i < 0 ? QString() : remoteId.left(i);
}

QString fingerprintOf(quint32 uidValidity, quint32 uid, const ItemFlags &flags)
{
    QString f;
    if (flags.seen)
        f += u's';
    if (flags.flagged)
        f += u'f';
    if (flags.answered)
        f += u'a';
    return QStringLiteral("%1:%2:%3").arg(uidValidity).arg(uid).arg(f);
}

std::optional<UidRef> parseFingerprint(const QString &fingerprint)
{
    const QStringList parts = fingerprint.split(u':');
    if (parts.size() < 2)
        return std::nullopt;
    bool ok1 = false, ok2 = false;
    UidRef ref;
    ref.uidValidity = parts[0].toUInt(&ok1);
    ref.uid = parts[1].toUInt(&ok2);
    if (!ok1 || !ok2)
        return std::nullopt;
    const QString f = parts.value(2);
    ref.flags.seen = f.contains(u's');
    ref.flags.flagged = f.contains(u'f');
    ref.flags.answered = f.contains(u'a');
    return ref;
}

QString locatorOf(quint32 uidValidity, quint32 uid)
{
    return QStringLiteral("%1:%2").arg(uidValidity).arg(uid);
}

std::optional<UidRef> parseLocator(const QString &locator)
{
    return parseFingerprint(locator);
}

QString recordFolder(const QString &mailbox)
{
    return mailbox.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0 ? QString() : mailbox;
}

QString mailboxOf(const QString &folder)
{
    return folder.isEmpty() ? QStringLiteral("INBOX") : folder;
}

} // namespace fi::imap
