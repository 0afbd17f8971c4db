#pragma once
/// @file palettelistmodel.h
/// @brief The command palette's list: the entries the providers gave, filtered and ranked for
/// the typed query (paletteentry.h). GUI thread (owned by the palette).

#include "palette/paletteentry.h"

#include <QAbstractListModel>

namespace fi {

class PaletteListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,  ///< QString: PaletteEntry::id.
        CategoryRole,               ///< QString: PaletteEntry::category.
        ShortcutRole,               ///< QString: PaletteEntry::shortcut (native text; chords joined by ", ").
        DetailRole,                 ///< QString: PaletteEntry::detail.
        PositionsRole,              ///< QList<int>: matched characters of the text (highlighted).
    };
    Q_ENUM(Role)

    explicit PaletteListModel(QObject *parent = nullptr);

    /// Replace the entries (a model reset); the current query and recent ids apply to them.
    void setEntries(QList<PaletteEntry> entries);
    /// Filter and rank for @p query with @p recentIds (most recent first). A model reset.
    void setQuery(const QString &query, const QStringList &recentIds);

    int rowCount(const QModelIndex &parent = {}) const override;
    /// DisplayRole: the text. AccessibleTextRole: "text, category, shortcut". Plus Role.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The entry shown in @p row (must be valid).
    const PaletteEntry &entryAt(int row) const;

private:
    QList<PaletteEntry> m_entries;
    QList<RankedEntry> m_ranked;
    QString m_query;
    QStringList m_recent;
};

} // namespace fi
