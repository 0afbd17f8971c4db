#pragma once
/// @file sourceregistry.h
/// @brief Factory of source kinds (RSS Guard's service entry points, reduced to a map).

#include "sources/source.h"

#include <functional>
#include <memory>

namespace fi {

/// Maps a kind key ("maildir") to a factory. Kinds register themselves in registerBuiltinSources().
class SourceRegistry {
public:
    using Factory = std::function<std::unique_ptr<Source>(const SourceConfig &)>;

    /// The process-wide registry with the built-in kinds registered. Not thread-safe to mutate;
    /// all registration happens at start-up on the main thread.
    static SourceRegistry &instance();

    void registerKind(const QString &kind, Factory factory);
    /// @return nullptr for an unknown kind.
    std::unique_ptr<Source> create(const SourceConfig &config) const;
    QStringList kinds() const;

private:
    QHash<QString, Factory> m_factories;
};

} // namespace fi
