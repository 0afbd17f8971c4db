#include "palette/palettelistmodel.h"

namespace fi {

PaletteListModel::PaletteListModel(QObject *parent) : QAbstractListModel(parent) {}

void PaletteListModel::setEntries(QList<PaletteEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_ranked = rankPaletteEntries(m_query, m_entries, m_recent);
    endResetModel();
}

void PaletteListModel::setQuery(const QString &query, const QStringList &recentIds)
{
    beginResetModel();
    m_query = query;
    m_recent = recentIds;
    m_ranked = rankPaletteEntries(m_query, m_entries, m_recent);
    endResetModel();
}

int PaletteListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ranked.size());
}

const PaletteEntry &PaletteListModel::entryAt(int row) const
{
    return m_entries.at(m_ranked.at(row).index);
}

QVariant PaletteListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= m_ranked.size())
        return {};
    const PaletteEntry &entry = entryAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return entry.text;
    case Qt::ToolTipRole:
        return entry.detail.isEmpty() ? QVariant() : QVariant(entry.detail);
    case Qt::AccessibleTextRole: {
        QStringList parts{entry.text};
        for (const QString &part : {entry.category, entry.shortcut, entry.detail}) {
            if (!part.isEmpty())
                parts << part;
        }
        return parts.join(QStringLiteral(", "));
    }
    case IdRole:
        return entry.id;
    case CategoryRole:
        return entry.category;
    case ShortcutRole:
        return entry.shortcut;
    case DetailRole:
        return entry.detail;
    case PositionsRole:
        return QVariant::fromValue(m_ranked.at(index.row()).positions);
    default:
        return {};
    }
}

QHash<int, QByteArray> PaletteListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(CategoryRole, "category");
    names.insert(ShortcutRole, "shortcut");
    names.insert(DetailRole, "detail");
    names.insert(PositionsRole, "positions");
    return names;
}

} // namespace fi
