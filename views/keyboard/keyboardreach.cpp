#include "keyboard/keyboardreach.h"

#include "inboxlistview.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "readingpane.h"
#include "tiersidebar.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QPainter>
#include <QStatusBar>
#include <QTextEdit>

namespace fi {

namespace {

/// Lists, buttons and text views under @p container that the keyboard could not reach.
void makeReachable(QWidget *container)
{
    QList<QWidget *> widgets;
    for (auto *view : container->findChildren<QAbstractItemView *>())
        widgets << view;
    for (auto *button : container->findChildren<QAbstractButton *>())
        widgets << button;
    for (auto *text : container->findChildren<QTextEdit *>())
        widgets << text;
    for (QWidget *widget : widgets)
        if (!(widget->focusPolicy() & Qt::TabFocus))
            widget->setFocusPolicy(Qt::StrongFocus);  // Tab itself stays "Next tier": a shortcut comes first
}

bool isAncestorOrSelf(const QWidget *ancestor, const QWidget *widget)
{
    for (; widget; widget = widget->parentWidget())
        if (widget == ancestor)
            return true;
    return false;
}

} // namespace

FocusRing::FocusRing(QWidget *window) : QWidget(window)
{
    setObjectName(QStringLiteral("focusRing"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    hide();
    window->installEventFilter(this);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { follow(now); });
    follow(QApplication::focusWidget());
}

void FocusRing::follow(QWidget *widget)
{
    if (m_target)
        m_target->removeEventFilter(this);
    m_target = (widget && widget != parentWidget() && widget->window() == parentWidget()) ? widget : nullptr;
    if (m_target)
        m_target->installEventFilter(this);
    place();
}

void FocusRing::place()
{
    if (!m_target || !m_target->isVisible()) {
        hide();
        return;
    }
    setGeometry(QRect(m_target->mapTo(parentWidget(), QPoint(0, 0)), m_target->size()));
    raise();
    show();
    update();
}

bool FocusRing::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Move:
    case QEvent::Resize:
    case QEvent::Show:
    case QEvent::Hide:
    case QEvent::LayoutRequest:
        if (watched == m_target || watched == parentWidget())
            place();
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void FocusRing::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(palette().color(QPalette::Active, QPalette::Highlight), 2);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 3, 3);
}

KeyboardReach::KeyboardReach(MainWindow &window) : QObject(&window), m_window(window)
{
    setObjectName(QStringLiteral("keyboardReach"));
    makeReachable(window.sidebar());
    makeReachable(window.readingPane());
    const MainActions &a = window.actions();
    connect(a.nextPane, &QAction::triggered, this, [this] { focusPane(1); });
    connect(a.previousPane, &QAction::triggered, this, [this] { focusPane(-1); });
    connect(a.nextControl, &QAction::triggered, this, [this] { focusControl(1); });
    connect(a.previousControl, &QAction::triggered, this, [this] { focusControl(-1); });
    m_ring = new FocusRing(&window);
}

QList<QWidget *> KeyboardReach::controls() const
{
    QList<QWidget *> result;
    QWidget *window = &m_window;
    for (QWidget *w = window->nextInFocusChain(); w && w != window; w = w->nextInFocusChain()) {
        if (w->window() == window && w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)
            && !w->focusProxy() && !result.contains(w))
            result << w;
    }
    return result;
}

QList<QWidget *> KeyboardReach::panes() const
{
    QList<QWidget *> result;
    const QList<QWidget *> all = controls();
    for (QWidget *container : {static_cast<QWidget *>(m_window.sidebar()), static_cast<QWidget *>(m_window.itemList()),
                               static_cast<QWidget *>(m_window.readingPane()),
                               static_cast<QWidget *>(m_window.statusBar())}) {
        const bool reachable = std::any_of(all.begin(), all.end(),
                                           [container](QWidget *w) { return isAncestorOrSelf(container, w); });
        if (container->isVisible() && reachable)
            result << container;
    }
    return result;
}

void KeyboardReach::focusPane(int step)
{
    const QList<QWidget *> list = panes();
    if (list.isEmpty())
        return;
    const QWidget *focus = QApplication::focusWidget();
    qsizetype index = -1;
    for (qsizetype i = 0; i < list.size(); ++i)
        if (isAncestorOrSelf(list.at(i), focus))
            index = i;
    const qsizetype n = list.size();
    const qsizetype next = index < 0 ? (step > 0 ? 0 : n - 1) : ((index + step) % n + n) % n;
    QWidget *pane = list.at(next);
    // The pane's first control (the views list, the item list, the message body, …).
    for (QWidget *control : controls()) {
        if (isAncestorOrSelf(pane, control)) {
            control->setFocus(step > 0 ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            return;
        }
    }
}

void KeyboardReach::focusControl(int step)
{
    const QList<QWidget *> list = controls();
    if (list.isEmpty())
        return;
    const QWidget *focus = QApplication::focusWidget();
    qsizetype index = -1;
    for (qsizetype i = 0; i < list.size(); ++i)
        if (isAncestorOrSelf(list.at(i), focus))
            index = i;
    const qsizetype n = list.size();
    const qsizetype next = index < 0 ? (step > 0 ? 0 : n - 1) : ((index + step) % n + n) % n;
    list.at(next)->setFocus(step > 0 ? Qt::TabFocusReason : Qt::BacktabFocusReason);
}

KeyboardReach *installKeyboardReach(MainWindow &window)
{
    return new KeyboardReach(window);
}

} // namespace fi
