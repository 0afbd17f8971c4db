#pragma once
/// @file shortcutoverlay.h
/// @brief Dialog listing every keyboard shortcut, generated from the window's menus and actions.

#include <QDialog>

class QMenu;

namespace fi {

/**
 * @brief "Keyboard shortcuts" overlay. Lists, per menu, each action that has a shortcut,
 * with all its key sequences in the platform's native text. Esc or ? closes it.
 */
class ShortcutOverlay : public QDialog {
    Q_OBJECT
public:
    /// @param menus read once at construction; the overlay does not keep them.
    explicit ShortcutOverlay(const QList<QMenu *> &menus, QWidget *parent = nullptr);

    /// The rows as shown: "Action text\tKey1 / Key2" (for tests and accessibility).
    QStringList entries() const { return m_entries; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QStringList m_entries;
};

} // namespace fi
