#include "focus/dndguard.h"

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

} // namespace fi
