/// @file itemstore_bodies.cpp
/// @brief ItemStore's body search index writes (resources/sql/0008_body_search.sql):
/// indexBody() for opened mail bodies, indexInlineBodies() for content stored before schema 8.

#include "storage/bodyindex.h"
#include "storage/itemrow.h"
#include "storage/itemstore.h"
#include "storage/itemstore_p.h"

namespace fi {

QFuture<bool> ItemStore::indexBody(qint64 id, const QString &text)
{
    if (!d->writer)
        return Private::finished(false);
    const QString cut = text.left(kMaxIndexedBodyChars);
    return d->writer->transact<bool>(
        [id, cut](WriteContext &ctx, bool &ok) {
            QSqlQuery *known = ctx.prepared(QStringLiteral(
                "SELECT EXISTS (SELECT 1 FROM items WHERE id = ?), EXISTS (SELECT 1 FROM bodies_fts WHERE rowid = ?)"));
            if (!known)
                return false;
            known->bindValue(0, id);
            known->bindValue(1, id);
            if (!ctx.exec(*known) || !known->next())
                return false;
            const bool exists = known->value(0).toBool();
            const bool indexed = known->value(1).toBool();
            known->finish();
            ok = true;
            return !exists || indexed || writeBodyText(ctx, id, cut);
        },
        [](bool &ok, const QString &error) {
            ok = false;
            qWarning("ItemStore::indexBody failed: %s", qUtf8Printable(error));
        });
}

QFuture<bool> ItemStore::indexInlineBodies()
{
    if (!d->writer)
        return Private::finished(false);
    return d->writer->transact<bool>(
        [](WriteContext &ctx, bool &ok) {
            QSqlQuery *missing = ctx.prepared(QStringLiteral(
                "SELECT item_id, mime_type, body FROM item_content"
                " WHERE item_id NOT IN (SELECT rowid FROM bodies_fts)"));
            if (!missing || !ctx.exec(*missing))
                return false;
            QList<QPair<qint64, QString>> texts;
            while (missing->next()) {
                ItemRecord::InlineContent content;
                content.mimeType = missing->value(1).toString();
                content.body = missing->value(2).toString();
                texts.append({missing->value(0).toLongLong(), bodySearchText(content)});
            }
            missing->finish();
            for (const auto &[id, text] : std::as_const(texts))
                if (!writeBodyText(ctx, id, text))
                    return false;
            ok = true;
            return true;
        },
        [](bool &ok, const QString &error) {
            ok = false;
            qWarning("ItemStore::indexInlineBodies failed: %s", qUtf8Printable(error));
        });
}

} // namespace fi
