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
    m_engaged = m_backend->setEnabled(true);
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
