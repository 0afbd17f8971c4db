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

} // namespace fi
