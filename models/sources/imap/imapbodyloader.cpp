#include "sources/imap/imapbodyloader.h"

#include "sources/imap/imapaccount.h"
#include "sources/imap/imapsession.h"
#include "sources/imap/imapsource.h"
#include "sources/imap/imapsyncstate.h"
#include "sources/bodycache.h"

#include <QCoreApplication>

namespace fi::imap {

std::optional<QByteArray> fetchFullMessage(const SourceConfig &source, const ItemRecord &record, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<QByteArray> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QString why;
    const std::optional<Account> account = Account::fromConfig(source, &why);
    if (!account)
        return fail(why);
    const std::optional<UidRef> ref = parseLocator(record.locator);
    if (!ref)
        return fail(QCoreApplication::translate("fi::imap::BodyLoader", "The item has no IMAP UID (\"%1\").")
                        .arg(record.locator));
    const std::optional<QString> password = ImapSource::passwordFor(*account, &why);
    if (!password)
        return fail(why);
    Session session;
    Error e;
    if (!session.connect(*account, &e) || !session.login(account->user, *password, &e))
        return fail(e.message);
    const QString mailbox = mailboxOf(record.folder);
    const std::optional<MailboxStatus> status = session.select(mailbox, &e);
    if (!status)
        return fail(e.message);
    if (status->uidValidity != ref->uidValidity)
        return fail(QCoreApplication::translate("fi::imap::BodyLoader",
                                                "The folder %1 changed on the server; sync to see this message again.")
                        .arg(mailbox));
    const auto fetched = session.uidFetch({{ref->uid, ref->uid}}, FetchWhat::Full, &e);
    session.logout();
    if (!fetched)
        return fail(e.message);
    if (fetched->isEmpty() || fetched->first().full.isEmpty())
        return fail(QCoreApplication::translate("fi::imap::BodyLoader", "The message is no longer in %1 on the server.")
                        .arg(mailbox));
    return fetched->first().full;
}

std::optional<QByteArray> loadMessage(const SourceConfig &src, const ItemRecord &rec, QString *error,
                                      const BodyCache *cache)
{
    std::optional<QByteArray> raw = cache ? cache->get(src.id, rec.folder, rec.locator) : std::nullopt;
    if (raw)
        return raw;
    raw = fetchFullMessage(src, rec, error);
    if (raw && cache && !cache->put(src.id, rec.folder, rec.locator, *raw))
        qWarning("Cannot write the message cache in %s", qPrintable(cache->dir()));
    return raw;
}

std::optional<ParsedMessage> loadBody(const SourceConfig &src, const ItemRecord &rec, QString *error,
                                      const BodyCache *cache)
{
    auto fail = [error](const QString &why) -> std::optional<ParsedMessage> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QString why;
    const std::optional<QByteArray> raw = loadMessage(src, rec, &why, cache);
    if (!raw)
        return fail(why);
    ParseOptions opt;
    opt.fullBody = true;
    // IMAP sends CRLF (RFC 3501 §4.3); show the text with local line ends like the Maildir copy.
    QByteArray message = *raw;
    message.replace("\r\n", "\n");
    auto parsed = parseMessage(message, opt, &why);
    if (!parsed)
        return fail(why);
    return parsed;
}

} // namespace fi::imap
