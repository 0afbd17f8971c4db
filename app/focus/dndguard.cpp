#include "focus/dndguard.h"

#include <QCoreApplication>

namespace fi {

DndGuard::DndGuard(std::unique_ptr<DndBackend> backend) : m_backend(std::move(backend))
{
    if (!m_backend)
        m_backend = noDndBackend();
}

void DndGuard::resume(const QJsonObject &persisted, bool stillFocusing)
{
    if (!persisted.value(QStringLiteral("engaged")).toBool())
        return;
    const bool previous = persisted.value(QStringLiteral("previous")).toBool();
    const QString id = persisted.value(QStringLiteral("backend")).toString();
    if (stillFocusing && id == m_backend->id()) {
        m_previous = previous;
        m_engaged = m_backend->setEnabled(true);
        return;
    }
    // Restore through the backend that engaged it (the desktop may differ now; then it fails quietly).
    std::unique_ptr<DndBackend> engagedBy = dndBackendById(id);
    engagedBy->setEnabled(previous);
    m_engaged = false;
    if (stillFocusing)
        engage();
}

void DndGuard::engage()
{
    if (m_engaged || !m_backend->isFunctional())
        return;
    m_previous = m_backend->isEnabled().value_or(false);
    // Record first, switch second (issue 9): a crash in between leaves a record that resume()
    // acts on — restoring "previous" is harmless if DND never went on.
    const QJsonObject record{{QStringLiteral("backend"), m_backend->id()},
                             {QStringLiteral("previous"), m_previous},
                             {QStringLiteral("engaged"), true}};
    if (m_persist && !m_persist(record)) {
        qWarning("Focus Inbox: the desktop's DND state cannot be recorded; not switching DND on");
        return;
    }
    m_engaged = m_backend->setEnabled(true);
    if (!m_engaged && m_persist)
        m_persist(QJsonObject());  // nothing to restore after all
}

void DndGuard::release()
{
    if (!m_engaged)
        return;
    m_backend->setEnabled(m_previous);
    m_engaged = false;
}

QJsonObject DndGuard::toJson() const
{
    if (!m_engaged)
        return {};
    return QJsonObject{{QStringLiteral("backend"), m_backend->id()},
                       {QStringLiteral("previous"), m_previous},
                       {QStringLiteral("engaged"), true}};
}

QString testDesktopDnd(DndBackend &backend)
{
    if (!backend.isFunctional())
        return QCoreApplication::translate("fi::DndGuard", "No desktop Do Not Disturb found");
    const QString name = backend.displayName();
    if (backend.isEnabled().value_or(false))  // switching it off afterwards would undo someone else's choice
        return QCoreApplication::translate("fi::DndGuard", "%1: Do Not Disturb is already on; left as it is").arg(name);
    if (!backend.setEnabled(true))
        return QCoreApplication::translate("fi::DndGuard", "%1: the desktop did not let Do Not Disturb be turned on").arg(name);
    const std::optional<bool> readBack = backend.isEnabled();
    const bool restored = backend.setEnabled(false);
    QString result;
    if (readBack == true)
        result = QCoreApplication::translate("fi::DndGuard", "%1: Do Not Disturb turned on and off again").arg(name);
    else if (!readBack)
        result = QCoreApplication::translate("fi::DndGuard", "%1: Do Not Disturb was switched, but its state could not be read back").arg(name);
    else
        result = QCoreApplication::translate("fi::DndGuard", "%1: Do Not Disturb was switched on, but the desktop still says it is off").arg(name);
    if (!restored)
        result += QLatin1Char(' ') + QCoreApplication::translate("fi::DndGuard", "(it could not be turned off again)");
    return result;
}

} // namespace fi
