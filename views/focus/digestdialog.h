#pragma once
/// @file digestdialog.h
/// @brief What a focus session held back: those items only, sorted by due (opened from the
/// digest notification). GUI thread only.

#include "domain/item.h"

#include <QDialog>

class QTreeWidget;

namespace fi {

class DigestDialog : public QDialog {
    Q_OBJECT
public:
    explicit DigestDialog(QWidget *parent = nullptr);
    /// Show @p items sorted by due (undated last); @p nowMs for the due column.
    void setItems(QList<Item> items, qint64 nowMs);
    QTreeWidget *list() const { return m_list; }

Q_SIGNALS:
    /// The user activated an item (Enter / double click).
    void itemActivated(qint64 id);

private:
    QTreeWidget *m_list = nullptr;
};

} // namespace fi
