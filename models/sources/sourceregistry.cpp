#include "sources/sourceregistry.h"

#include <QCoreApplication>

namespace fi {

QString SourceKind::displayName() const
{
    return displayNameText ? QCoreApplication::translate("fi::SourceKind", displayNameText) : key;
}

int SourceKind::pollSeconds(const SourceConfig &config) const
{
    return qMax(0, pollSecondsOf ? pollSecondsOf(config) : defaultPollSeconds);
}

QStringList SourceKind::problems(const SourceConfig &config) const
{
    return validate ? validate(config) : QStringList{};
}

SourceRegistry &SourceRegistry::instance()
{
    static SourceRegistry registry = [] {
        SourceRegistry r;
        registerBuiltinKinds(r);
        return r;
    }();
    return registry;
}

void SourceRegistry::registerKind(SourceKind kind)
{
    Q_ASSERT(!kind.key.isEmpty() && (kind.createSync || kind.has(SourceKind::Capability::Inbound)));
    const QString key = kind.key;
    m_kinds.insert(key, std::move(kind));
}

bool SourceRegistry::unregisterKind(const QString &key)
{
    return m_kinds.remove(key) > 0;
}

const SourceKind *SourceRegistry::kind(const QString &key) const
{
    const auto it = m_kinds.constFind(key);
    return it == m_kinds.constEnd() ? nullptr : &*it;
}

std::unique_ptr<Source> SourceRegistry::createSync(const SourceConfig &config) const
{
    const SourceKind *k = kind(config.kind);
    return k && k->createSync ? k->createSync(config) : nullptr;
}

bool deliversMail(const QString &kindKey)
{
    const SourceKind *kind = SourceRegistry::instance().kind(kindKey);
    return kind && kind->has(SourceKind::Capability::Mail);
}

QStringList SourceRegistry::kinds() const
{
    QStringList k = m_kinds.keys();
    k.sort();
    return k;
}

} // namespace fi
