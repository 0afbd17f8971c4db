/// @file bodyindex.cpp
/// @brief The body full-text index (bodyindex.h).

#include "storage/bodyindex.h"

#include "mime/htmltext.h"
#include "storage/itemrow.h"
#include "storage/itemstore_p.h"

namespace fi {

QString bodySearchText(const ItemRecord::InlineContent &content)
{
    const bool html = content.mimeType.isEmpty() || content.mimeType.contains(QLatin1String("html"), Qt::CaseInsensitive);
    // Cut before the reduction too: htmlToText() on megabytes is wasted work.
    const QString source = content.body.left(kMaxIndexedBodyChars * 4);
    return (html ? mime::htmlToText(source) : source).left(kMaxIndexedBodyChars);
}

bool writeBodyText(WriteContext &ctx, qint64 itemId, const QString &text)
{
    QSqlQuery *remove = ctx.prepared(QStringLiteral("DELETE FROM bodies_fts WHERE rowid = ?"));
    if (!remove)
        return false;
    remove->bindValue(0, itemId);
    if (!ctx.exec(*remove))
        return false;
    const QString cut = text.left(kMaxIndexedBodyChars);
    if (cut.trimmed().isEmpty())
        return true;
    QSqlQuery *insert = ctx.prepared(QStringLiteral("INSERT INTO bodies_fts (rowid, body) VALUES (?, ?)"));
    if (!insert)
        return false;
    insert->bindValue(0, itemId);
    insert->bindValue(1, rows::text(cut));
    return ctx.exec(*insert);
}

} // namespace fi
