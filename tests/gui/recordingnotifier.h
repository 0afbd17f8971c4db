#pragma once
/// @file recordingnotifier.h
/// @brief A Notifier double for the focus and notification tests: it records what would be posted
/// instead of talking to a daemon (the real daemon is tested in tests/integration/*_dunst).

#include "notify/notifier.h"

#include <QList>

namespace fitest {

/// Records every request; ids count up from 101. No Q_OBJECT: it adds no signals or slots.
class RecordingNotifier final : public fi::Notifier {
public:
    QList<fi::NotificationRequest> posted;
    quint32 notify(const fi::NotificationRequest &request) override
    {
        posted.append(request);
        return ++m_next;
    }
    QString kind() const override { return QStringLiteral("recording"); }

private:
    quint32 m_next = 100;
};

} // namespace fitest
