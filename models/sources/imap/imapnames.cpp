#include "sources/imap/imapnames.h"

#include "sources/imap/imaputf7.h"

#include <QCoreApplication>

namespace fi::imap {
namespace {

bool isControl(char16_t u) { return u < 0x20 || u == 0x7f; }

/// Stored in the legacy wire form: 7-bit, canonical modified UTF-7, with at least one shift.
bool isLegacyWireName(const QString &name)
{
    for (QChar c : name) {
        if (c.unicode() > 0x7e)
            return false;
    }
    if (!name.contains(u'&'))
        return false;
    return utf7::isCanonical(name.toLatin1());
}

} // namespace

QString checkUserName(const QString &user)
{
    if (user.isEmpty())
        return QCoreApplication::translate("fi::imap::Names", "The user name is empty.");
    for (QChar c : user) {
        if (isControl(c.unicode()))
            return QCoreApplication::translate("fi::imap::Names", "The user name contains a control character (such as a line break); "
                      "it cannot be sent to the server.");
        if (c.unicode() > 0x7e)
            return QCoreApplication::translate("fi::imap::Names", "The user name contains characters outside US-ASCII; IMAP LOGIN cannot "
                      "send it safely.");
    }
    return {};
}

QString checkPassword(const QString &password)
{
    for (QChar c : password) {
        const char16_t u = c.unicode();
        if (u == u'\r' || u == u'\n' || u == 0)
            return QCoreApplication::translate("fi::imap::Names", "The password contains a line break or NUL character, which IMAP LOGIN "
                      "cannot send.");
    }
    return {};
}

QString checkMailboxName(const QString &name)
{
    if (name.isEmpty())
        return QCoreApplication::translate("fi::imap::Names", "The folder name is empty.");
    const qsizetype n = name.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = name.at(i).unicode();
        if (isControl(u))
            return QCoreApplication::translate("fi::imap::Names", "The folder name \"%1\" contains a control character (such as a line "
                      "break); it cannot be sent to the server.")
                .arg(QString(name).replace(QChar(u'\r'), QStringLiteral("\\r"))
                         .replace(QChar(u'\n'), QStringLiteral("\\n"))
                         .replace(QChar(u'\0'), QStringLiteral("\\0")));
        if (QChar::isHighSurrogate(u) && i + 1 < n && QChar::isLowSurrogate(name.at(i + 1).unicode())) {
            ++i;
            continue;
        }
        if (QChar::isSurrogate(u))
            return QCoreApplication::translate("fi::imap::Names", "The folder name is not valid Unicode.");
    }
    return {};
}

QByteArray mailboxToWire(const QString &name)
{
    if (isLegacyWireName(name))
        return name.toLatin1();
    return utf7::encode(name);
}

std::optional<QString> mailboxFromWire(const QByteArray &wire)
{
    std::optional<QString> name = utf7::decode(wire);
    if (!name || !checkMailboxName(*name).isEmpty())
        return std::nullopt;
    return name;
}

QString displayMailboxName(const QString &name)
{
    if (!isLegacyWireName(name))
        return name;
    return utf7::decode(name.toLatin1()).value_or(name);
}

bool sameMailbox(const QString &a, const QString &b)
{
    const QByteArray wa = mailboxToWire(a), wb = mailboxToWire(b);
    if (wa.compare("INBOX", Qt::CaseInsensitive) == 0)
        return wb.compare("INBOX", Qt::CaseInsensitive) == 0;
    return wa == wb;
}

} // namespace fi::imap
