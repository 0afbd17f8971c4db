#include "settings/triagepage.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace fi {

TriagePage::TriagePage(const AppConfig &config, QWidget *parent) : QWidget(parent)
{
    auto *box = new QGroupBox(tr("After an action"), this);
    m_next = new QRadioButton(tr("Select the &next item (below)"), box);
    m_next->setObjectName(QStringLiteral("afterNext"));
    m_previous = new QRadioButton(tr("Select the &previous item (above)"), box);
    m_previous->setObjectName(QStringLiteral("afterPrevious"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_next);
    group->addButton(m_previous);
    (config.afterTriage == AppConfig::AfterTriage::Previous ? m_previous : m_next)->setChecked(true);

    auto *hint = new QLabel(tr("Done, snooze, a tier, read/unread and flag move the selection on by themselves, "
                               "so triage never needs a second key. At the end of the list the other "
                               "neighbour is selected."),
                            box);
    hint->setWordWrap(true);
    hint->setTextFormat(Qt::PlainText);

    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(m_next);
    boxLayout->addWidget(m_previous);
    boxLayout->addWidget(hint);
    // Issue 18: one row per conversation (the default), or one per message.
    auto *listBox = new QGroupBox(tr("List"), this);
    m_conversations = new QCheckBox(tr("Group messages into &conversations"), listBox);
    m_conversations->setObjectName(QStringLiteral("conversations"));
    m_conversations->setChecked(config.conversations);
    auto *listHint = new QLabel(tr("One row per conversation, with one deadline: a reply of yours meets every "
                                   "message before it. Done, snooze and a tier act on the whole conversation."),
                                listBox);
    listHint->setWordWrap(true);
    listHint->setTextFormat(Qt::PlainText);
    auto *listLayout = new QVBoxLayout(listBox);
    listLayout->addWidget(m_conversations);
    listLayout->addWidget(listHint);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(box);
    layout->addWidget(listBox);
    layout->addStretch();
}

AppConfig::AfterTriage TriagePage::afterTriage() const
{
    return m_previous->isChecked() ? AppConfig::AfterTriage::Previous : AppConfig::AfterTriage::Next;
}

AppConfig TriagePage::applyTo(AppConfig config) const
{
    config.afterTriage = afterTriage();
    config.conversations = m_conversations->isChecked();
    return config;
}

} // namespace fi
