#include "sources/knownitems.h"

namespace fi {

KnownItemsProvider::KnownItemsProvider(KnownItems items) : m_shared(std::make_shared<Shared>())
{
    m_shared->items = std::move(items);
    std::call_once(m_shared->once, [] {});  // nothing left to load
    m_shared->loaded = true;
}

KnownItemsProvider::KnownItemsProvider(std::function<KnownItems()> load, Lookup lookup, LocatorLookup atLocators)
    : m_shared(std::make_shared<Shared>())
{
    m_shared->load = std::move(load);
    m_shared->lookup = std::move(lookup);
    m_shared->atLocators = std::move(atLocators);
}

std::optional<KnownItems> KnownItemsProvider::findAt(const QString &folder, const QStringList &locators) const
{
    if (m_shared && !m_shared->loaded && m_shared->atLocators)
        return m_shared->atLocators(folder, locators);
    return std::nullopt;
}

KnownItems KnownItemsProvider::find(const QStringList &remoteIds) const
{
    if (m_shared && !m_shared->loaded && m_shared->lookup)
        return m_shared->lookup(remoteIds);
    const KnownItems &all = items();
    KnownItems out;
    for (const QString &id : remoteIds) {
        const auto it = all.constFind(id);
        if (it != all.constEnd())
            out.insert(it.key(), it.value());
    }
    return out;
}

const KnownItems &KnownItemsProvider::items() const
{
    static const KnownItems none;
    if (!m_shared)
        return none;
    Shared &s = *m_shared;
    std::call_once(s.once, [&s] {
        if (s.load)
            s.items = s.load();
        s.loaded = true;
    });
    return s.items;
}

bool KnownItemsProvider::wasLoaded() const { return m_shared && m_shared->loaded; }

} // namespace fi
