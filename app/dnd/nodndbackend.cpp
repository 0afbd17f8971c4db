// The no-op DND backend: used where no known notification server is on the bus (and on
// Windows/macOS). The UI shows "Desktop Do Not Disturb: not supported here".
#include "dnd/dndbackend.h"

#include <QCoreApplication>

namespace fi {

namespace {

class NoDndBackend final : public DndBackend {
public:
    QString id() const override { return QStringLiteral("none"); }
    QString displayName() const override { return QCoreApplication::translate("fi::DndBackend", "not supported here"); }
    bool isFunctional() const override { return false; }
    std::optional<bool> isEnabled() override { return std::nullopt; }
    bool setEnabled(bool) override { return false; }
    bool showsCriticalDuringDnd() const override { return true; }
};

} // namespace

std::unique_ptr<DndBackend> noDndBackend() { return std::make_unique<NoDndBackend>(); }

} // namespace fi
