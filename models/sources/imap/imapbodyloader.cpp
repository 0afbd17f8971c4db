#include "sources/imap/imapbodyloader.h"

#include "sources/imap/imapaccount.h"
#include "sources/imap/imapsession.h"
#include "sources/imap/imapsource.h"
#include "sources/imap/imapsyncstate.h"

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

} // namespace fi::imap
