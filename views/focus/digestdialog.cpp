#include "focus/digestdialog.h"

#include "domain/senderdisplay.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace fi {

DigestDialog::DigestDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("While you focused"));
    m_list = new QTreeWidget(this);
    m_list->setHeaderLabels({tr("Due"), tr("Tier"), tr("From"), tr("Subject")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setStretchLastSection(true);
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *row, int) { Q_EMIT itemActivated(row->data(0, Qt::UserRole).toLongLong()); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(640, 360);
}

void DigestDialog::setItems(QList<Item> items, qint64 nowMs)
{
    std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        if (a.dueMs.has_value() != b.dueMs.has_value())
            return a.dueMs.has_value();
        return a.dueMs.value_or(0) < b.dueMs.value_or(0);
    });
    m_list->clear();
    for (const Item &item : items) {
        QString due = tr("—");
        if (item.dueMs) {
            due = QLocale().toString(QDateTime::fromMSecsSinceEpoch(*item.dueMs).toLocalTime(), QLocale::ShortFormat);
            if (*item.dueMs < nowMs && !item.isAnswered())
                due = tr("overdue (%1)").arg(due);
        }
        const QString from = senderListName(item.record.from);
        auto *row = new QTreeWidgetItem(m_list, {due, tierDisplayName(item.tier), from, item.record.subject});
        row->setData(0, Qt::UserRole, item.id);
    }
    m_list->resizeColumnToContents(0);
}

} // namespace fi
