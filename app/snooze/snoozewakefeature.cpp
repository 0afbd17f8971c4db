#include "snooze/snoozewakefeature.h"

#include "focus/focuscontroller.h"
#include "inboxmodel.h"
#include "snooze/snoozewaker.h"

#include <QDir>

namespace fi {

SnoozeWakeFeature::SnoozeWakeFeature(ItemStore *store, const QString &dataDir, FocusController *focus,
                                     InboxModel *inbox, QObject *parent)
    : QObject(parent),
      m_focus(focus),
      m_inbox(inbox),
      m_waker(std::make_unique<SnoozeWaker>(store, QDir(dataDir).filePath(QLatin1String(kStateFileName))))
{
    connect(m_waker.get(), &SnoozeWaker::woke, this, &SnoozeWakeFeature::onWoke);
}

SnoozeWakeFeature::~SnoozeWakeFeature() = default;

void SnoozeWakeFeature::start() { m_waker->start(); }

void SnoozeWakeFeature::onWoke(const QList<qint64> &ids)
{
    if (m_inbox)
        m_inbox->reload();  // the rows move from Snoozed back to their tier
    if (m_focus)
        m_focus->onWokenItems(ids);
}

} // namespace fi
