#pragma once
/// @file focusindicator.h
/// @brief The main window's focus indicator (status bar): "Focusing — 42 min left · 3 held back"
/// or "Not focusing", plus a note when the desktop's DND cannot be switched here. GUI thread only.

#include <QLabel>

namespace fi {

class FocusIndicator : public QLabel {
    Q_OBJECT
public:
    explicit FocusIndicator(QWidget *parent = nullptr);

    /// @param remainingMs time left (ms) when @p focusing; @param held items held back so far.
    void setState(bool focusing, qint64 remainingMs, int held);
    /// Name of the desktop DND backend; @p functional false shows "Desktop Do Not Disturb: not supported here".
    void setDndBackend(const QString &displayName, bool functional);
    bool isFocusing() const { return m_focusing; }

    /// "42 min" / "1 h 05 min" for @p remainingMs (rounded up to the minute).
    static QString remainingText(qint64 remainingMs);

private:
    void render();

    bool m_focusing = false;
    qint64 m_remainingMs = 0;
    int m_held = 0;
    QString m_dndNote;
};

} // namespace fi
