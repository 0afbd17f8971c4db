#include "blockedimagesbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace fi {

BlockedImagesBar::BlockedImagesBar(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("blockedImagesBar"));
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);
    m_text = new QLabel(this);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_load = new QPushButton(tr("Load images from this feed"), this);
    m_load->setToolTip(tr("Show this feed's images now and in its other entries. "
                          "Loading an image tells its server that you read the entry."));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_load);
    connect(m_load, &QPushButton::clicked, this, &BlockedImagesBar::loadRequested);
    setVisible(false);
}

void BlockedImagesBar::setBlockedCount(int count)
{
    m_count = count;
    m_text->setText(tr("%n remote image(s) blocked to protect your privacy.", nullptr, count));
    setVisible(count > 0);
}

} // namespace fi
