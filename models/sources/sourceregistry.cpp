#include "sources/sourceregistry.h"

#include "sources/imap/imapaccountsave.h"
#include "sources/imap/imapbodyloader.h"
#include "sources/imap/imaplegacyqueue.h"
#include "sources/imap/imapreplayer.h"
#include "sources/imap/imapsource.h"
#include "sources/maildir/maildirbody.h"
#include "sources/maildir/maildirsource.h"

namespace fi {

SourceRegistry &SourceRegistry::instance()
{
    static SourceRegistry registry = [] {
        SourceRegistry r;
        r.registerKind({QStringLiteral("maildir"),
                        [](const SourceConfig &c) { return std::unique_ptr<Source>(std::make_unique<MaildirSource>(c)); },
                        [](const SourceConfig &s, const ItemRecord &rec, QString *error, const BodyCache *) {
                            return maildir::loadBody(s, rec, error);
                        },
                        /*writeBack=*/false, /*accountEditor=*/false, /*forgetSecret=*/{},
                        /*createReplayer=*/{}, /*journals=*/{}, /*migrateLegacy=*/{}});
        r.registerKind({QStringLiteral("imap"),
                        [](const SourceConfig &c) { return std::unique_ptr<Source>(std::make_unique<imap::ImapSource>(c)); },
                        &imap::loadBody,
                        /*writeBack=*/true, /*accountEditor=*/true, &imap::forgetAccountSecret,
                        &imap::createReplayer, &imap::journals, &imap::importLegacyQueue});
        return r;
    }();
    return registry;
}

void SourceRegistry::registerKind(SourceKind kind)
{
    const QString name = kind.name;
    m_kinds.insert(name, std::move(kind));
}

const SourceKind *SourceRegistry::kind(const QString &name) const
{
    const auto it = m_kinds.constFind(name);
    return it == m_kinds.constEnd() ? nullptr : &*it;
}

std::unique_ptr<Source> SourceRegistry::create(const SourceConfig &config) const
{
    const SourceKind *k = kind(config.kind);
    return k ? k->create(config) : nullptr;
}

QStringList SourceRegistry::kinds() const
{
    QStringList k = m_kinds.keys();
    k.sort();
    return k;
}

} // namespace fi
