#include "syncstatuswidget.h"

#include "plaintext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace fi {

SyncStatusWidget::SyncStatusWidget(QWidget *parent) : QWidget(parent)
{
    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 4, 0);
    m_layout->setSpacing(12);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
}

void SyncStatusWidget::setProgress(qint64 sourceId, const QString &sourceName, int done, int total)
{
    QWidget *entry = m_entries.value(sourceId);
    if (!entry) {
        entry = new QWidget(this);
        entry->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
        auto *row = new QHBoxLayout(entry);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(6);
        auto *label = new QLabel(entry);
        label->setObjectName(QStringLiteral("name"));
        makePlainLabel(label);  // Qt::PlainText: the source name may be a feed's title
        auto *bar = new QProgressBar(entry);
        bar->setObjectName(QStringLiteral("bar"));
        bar->setFixedWidth(120);
        bar->setMaximumHeight(label->sizeHint().height());
        bar->setTextVisible(false);
        row->addWidget(label);
        row->addWidget(bar);
        m_layout->addWidget(entry);
        m_entries.insert(sourceId, entry);
    }
    auto *label = entry->findChild<QLabel *>(QStringLiteral("name"));
    auto *bar = entry->findChild<QProgressBar *>(QStringLiteral("bar"));
    label->setText(total > 0 ? tr("Syncing %1 · %2/%3").arg(sourceName).arg(done).arg(total)
                             : tr("Syncing %1…").arg(sourceName));
    bar->setRange(0, std::max(0, total));
    bar->setValue(std::clamp(done, 0, std::max(0, total)));
    entry->setToolTip(plainToolTip(label->text()));
}

void SyncStatusWidget::setFinished(qint64 sourceId)
{
    if (QWidget *entry = m_entries.take(sourceId))
        entry->deleteLater();
}

} // namespace fi
