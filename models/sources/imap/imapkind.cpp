#include "sources/imap/imapkind.h"

#include "sources/bodycache.h"
#include "sources/imap/imapaccount.h"
#include "sources/imap/imapaccountsave.h"
#include "sources/imap/imapbodyloader.h"
#include "sources/imap/imapidle.h"
#include "sources/imap/imaplegacyqueue.h"
#include "sources/imap/imapreplayer.h"
#include "sources/imap/imapsessionpool.h"
#include "sources/imap/imapsource.h"

namespace fi::imap {

QString kindKey() { return QStringLiteral("imap"); }

namespace {

constexpr int kDefaultPollSeconds = 120;  // Account::pollSeconds' default (issue 3)

QStringList validate(const SourceConfig &config)
{
    QString why;
    if (!Account::fromConfig(config, &why))
        return {why};
    return {};
}

std::unique_ptr<PushWatcher> createConnector(const SourceConfig &config)
{
    const auto account = Account::fromConfig(config);
    if (!account || account->folders.isEmpty())
        return nullptr;
    return std::make_unique<IdleWatcher>(*account, account->folders.constFirst());
}

} // namespace

SourceKind kind()
{
    using C = SourceKind::Capability;
    SourceKind k;
    k.key = kindKey();
    k.displayNameText = QT_TRANSLATE_NOOP("fi::SourceKind", "IMAP account");
    k.icon = QStringLiteral(":/sources/imap/imap.svg");
    k.capabilities = C::Remote | C::Push | C::WriteBack | C::OnDemandContent | C::NeedsSecret | C::Mail;
    k.defaultPollSeconds = kDefaultPollSeconds;
    k.pollSecondsOf = [](const SourceConfig &c) {
        const auto account = Account::fromConfig(c);
        return account ? account->pollSeconds : kDefaultPollSeconds;
    };
    k.validate = &validate;
    k.cleanup = [](const SourceConfig &removed, const QList<SourceConfig> &remaining, const BodyCache *cache) {
        if (cache)
            cache->removeSource(removed.id);
        forgetAccountSecret(removed, remaining);
    };
    k.createSync = [](const SourceConfig &c) { return std::unique_ptr<Source>(std::make_unique<ImapSource>(c)); };
    k.createConnector = &createConnector;
    k.loadContent = &loadBody;
    k.loadMessage = &loadMessage;
    k.createReplayer = &createReplayer;
    k.journals = &journals;
    k.migrateLegacy = &importLegacyQueue;
    k.keepConnections = &SessionPool::keep;
    return k;
}

} // namespace fi::imap
