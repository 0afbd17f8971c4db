#pragma once
/// @file journalwriter.h
/// @brief Writes rows of the change journal (pending_changes) inside ItemStore's writer
/// transactions (setState, setSeen, setTier), so a triage change and the record that it must
/// reach its source commit together or not at all. Private to storage/; writer thread only.

#include "sources/changereplayer.h"

#include <QHash>
#include <QSet>
#include <QVariantMap>

namespace fi {

class WriteContext;

/**
 * @brief One per write call. load() reads the sources table once and asks each source's kind
 * (SourceKind::journals) which changes it journals; record() then inserts one row per change
 * with one prepared INSERT … SELECT that copies the item's location (folder, remote_id, locator)
 * as it is at that moment. Sources whose kind journals nothing cost nothing per item.
 */
class JournalWriter {
public:
    /// Reads the sources (only if some registered kind journals anything).
    /// @return false (ctx.error set) on an SQL error: the caller rolls back.
    bool load(WriteContext &ctx);
    /// Whether any source journals @p kind (false: the caller can skip the per-item work).
    bool any(ChangeKind kind) const { return (m_anyMask & bit(kind)) != 0; }
    /// Whether items of @p sourceId journal @p kind.
    bool journals(qint64 sourceId, ChangeKind kind) const { return (m_masks.value(sourceId) & bit(kind)) != 0; }
    /// Journal @p kind for @p itemId (of @p sourceId) if its source's kind wants it; a no-op
    /// otherwise. @p detail is the change's value ("tier", "until"), @p atMs its time (UTC ms).
    /// @return false (ctx.error set) on an SQL error.
    bool record(WriteContext &ctx, qint64 sourceId, qint64 itemId, ChangeKind kind,
                const QVariantMap &detail, qint64 atMs);
    /// Sources that got at least one row (for ItemStore::changesJournaled after COMMIT).
    const QSet<qint64> &journaledSources() const { return m_journaled; }

private:
    static unsigned bit(ChangeKind kind) { return 1u << unsigned(kind); }
    QHash<qint64, unsigned> m_masks;  ///< source id → bits of the ChangeKinds it journals
    unsigned m_anyMask = 0;
    QSet<qint64> m_journaled;
};

} // namespace fi
