#include "sources/bodyloader.h"

#include "sources/sourceregistry.h"

#include <QCoreApplication>

namespace fi {

std::optional<ParsedMessage> loadItemBody(const SourceConfig &src, const ItemRecord &rec,
                                          QString *error, const BodyCache *cache)
{
    const SourceKind *kind = SourceRegistry::instance().kind(src.kind);
    if (!kind || !kind->loadContent) {
        if (error)
            *error = QCoreApplication::translate("fi::BodyLoader",
                                                 "Loading message bodies from \"%1\" sources is not supported.")
                         .arg(src.kind);
        return std::nullopt;
    }
    return kind->loadContent(src, rec, error, cache);
}

std::optional<QByteArray> loadItemMessage(const SourceConfig &src, const ItemRecord &rec, QString *error,
                                          const BodyCache *cache)
{
    const SourceKind *kind = SourceRegistry::instance().kind(src.kind);
    if (!kind || !kind->loadMessage) {
        if (error)
            *error = QCoreApplication::translate("fi::BodyLoader", "Items of \"%1\" sources have no message to open.")
                         .arg(src.kind);
        return std::nullopt;
    }
    return kind->loadMessage(src, rec, error, cache);
}

bool hasItemMessage(const QString &kindKey)
{
    const SourceKind *kind = SourceRegistry::instance().kind(kindKey);
    return kind && kind->loadMessage;
}

} // namespace fi
