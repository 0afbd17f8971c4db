#include "sources/sourceregistry.h"

#include "sources/imap/imapsource.h"
#include "sources/maildir/maildirsource.h"

namespace fi {

SourceRegistry &SourceRegistry::instance()
{
    static SourceRegistry registry = [] {
        SourceRegistry r;
        r.registerKind(QStringLiteral("maildir"), [](const SourceConfig &c) {
            return std::unique_ptr<Source>(std::make_unique<MaildirSource>(c));
        });
        r.registerKind(QStringLiteral("imap"), [](const SourceConfig &c) {
            return std::unique_ptr<Source>(std::make_unique<imap::ImapSource>(c));
        });
        return r;
    }();
    return registry;
}

void SourceRegistry::registerKind(const QString &kind, Factory factory)
{
    m_factories.insert(kind, std::move(factory));
}

std::unique_ptr<Source> SourceRegistry::create(const SourceConfig &config) const
{
    const auto it = m_factories.constFind(config.kind);
    if (it == m_factories.constEnd())
        return nullptr;
    return (*it)(config);
}

QStringList SourceRegistry::kinds() const
{
    QStringList k = m_factories.keys();
    k.sort();
    return k;
}

} // namespace fi
