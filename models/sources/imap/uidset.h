#pragma once
/// @file uidset.h
/// @brief A set of IMAP UIDs kept as ranges (issue 17): the UIDs a folder held at the last sync,
/// stored in the folder's sync state instead of being read back from the items table.
///
/// The ranges are sorted, disjoint and never adjacent, so a folder whose UIDs run without gaps
/// costs one range whatever its size (mbsync keeps its per-folder state the same way). The text
/// form is the sequence-set syntax of RFC 3501 §9 without "*": "1:500,502,504:20000"; the empty
/// set is "". Not thread-safe; a value type.

#include <QByteArray>
#include <QList>

#include <optional>
#include <utility>

namespace fi::imap {

class UidSet {
public:
    using Range = std::pair<quint32, quint32>;  ///< [first, last], first ≤ last, both ≥ 1.

    /// Add @p uid (0 is not a UID and is ignored). O(1) when UIDs arrive in increasing order,
    /// O(ranges) otherwise.
    void insert(quint32 uid);
    /// Remove @p uid (splitting its range if needed). O(ranges) at worst.
    void remove(quint32 uid);
    bool contains(quint32 uid) const;  ///< O(log ranges).
    quint64 count() const { return m_count; }  ///< Number of UIDs in the set.
    bool isEmpty() const { return m_count == 0; }
    const QList<Range> &ranges() const { return m_ranges; }
    /// Keep only the UIDs below @p uid.
    void removeFrom(quint32 uid);

    /// The RFC 3501 sequence-set text ("" for the empty set).
    QByteArray encode() const;
    /// Parse encode()'s text. nullopt for anything else: "*", 0, ranges out of order,
    /// overlapping or adjacent, a number above 2^32-1, or other characters.
    static std::optional<UidSet> decode(const QByteArray &text);

    bool operator==(const UidSet &) const = default;

private:
    QList<Range> m_ranges;
    quint64 m_count = 0;
};

} // namespace fi::imap
