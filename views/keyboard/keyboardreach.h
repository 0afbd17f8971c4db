#pragma once
/// @file keyboardreach.h
/// @brief Every control of the main window reachable from the keyboard, with visible focus
/// (issue 12, "Rebinding and reach"). GUI thread only.
///
/// Tab is "Next tier" in the main window, so focus moves with other keys (rebindable actions
/// of MainActions): F6 / Shift+F6 go to the next / previous pane (inbox views and sources,
/// item list, reading pane, status bar) and Ctrl+Tab / Ctrl+Shift+Tab to the next / previous
/// control of the window's focus chain. The sidebar's lists, its "+" button and the reading
/// pane's body take keyboard focus (they took none, or only by click, before). A focus ring
/// (a 2 px outline in the palette's highlight colour) follows the focus widget, so where the
/// keys go is always visible, whatever the style draws for the widget itself.

#include <QObject>
#include <QPointer>
#include <QWidget>

namespace fi {

class MainWindow;

/// Draws the outline around the window's focus widget; transparent for the mouse.
class FocusRing : public QWidget {
    Q_OBJECT
public:
    /// @param window the top-level window whose focus it follows (also its parent).
    explicit FocusRing(QWidget *window);
    /// The widget outlined now (nullptr when the focus is outside the window).
    QWidget *target() const { return m_target; }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void follow(QWidget *widget);
    void place();

    QPointer<QWidget> m_target;
};

/// Connects the focus actions (nextPane, previousPane, nextControl, previousControl) of
/// @p window and adds the focus ring. Owned by the window.
class KeyboardReach : public QObject {
    Q_OBJECT
public:
    explicit KeyboardReach(MainWindow &window);

    /// The panes F6 visits, in order (visible ones only).
    QList<QWidget *> panes() const;
    /// Every control Ctrl+Tab visits, in focus-chain order (visible, enabled, TabFocus).
    QList<QWidget *> controls() const;
    /// Move the focus @p step panes / controls on (negative: back), wrapping around.
    void focusPane(int step);
    void focusControl(int step);
    FocusRing *ring() const { return m_ring; }

private:
    MainWindow &m_window;
    FocusRing *m_ring;
};

/// Creates the window's KeyboardReach (one line in MainWindow's constructor).
KeyboardReach *installKeyboardReach(MainWindow &window);

} // namespace fi
