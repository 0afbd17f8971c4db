#pragma once
/// @file bodyindex.h
/// @brief Internal: the body full-text index (resources/sql/0008_body_search.sql, bodies_fts),
/// written on the writer connection inside a transaction. Not part of the public API; see
/// ItemStore::indexBody() and ItemStore::indexInlineBodies().

#include "domain/item.h"

#include <QString>

namespace fi {

class WriteContext;

/// At most this many characters of a body are indexed (a search needs no more; it bounds the
/// index for a hostile 50 MB feed entry).
inline constexpr qsizetype kMaxIndexedBodyChars = 200'000;

/// The text to index for inline content: HTML reduced to text (mime/htmltext.h), other types
/// as they are; cut at kMaxIndexedBodyChars.
QString bodySearchText(const ItemRecord::InlineContent &content);

/// Replace the indexed body of item @p itemId by @p text (already plain text; cut at
/// kMaxIndexedBodyChars). An empty text removes it. False with ctx.error set on an SQL error.
bool writeBodyText(WriteContext &ctx, qint64 itemId, const QString &text);

} // namespace fi
