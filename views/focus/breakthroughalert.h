#pragma once
/// @file breakthroughalert.h
/// @brief The app's own alert for breakthrough items while the desktop's DND would hide them:
/// a small always-on-top window with the item and Open / Done / Snooze buttons.
///
/// It is shown without activation (Qt::WA_ShowWithoutActivating, no focus on show), so typing in
/// another application continues there; it takes the keyboard only when the user clicks it.
/// Several breakthroughs queue: the window shows the oldest and "+N more". Subject, sender and
/// source name are shown as plain text (never HTML). GUI thread only.

#include "domain/item.h"

#include <QWidget>

class QLabel;

namespace fi {

class BreakthroughAlert : public QWidget {
    Q_OBJECT
public:
    explicit BreakthroughAlert(QWidget *parent = nullptr);

    /// Queue @p item and show the window (without taking focus).
    void showItem(const Item &item);
    /// Ids of the queued items, the shown one first.
    QList<qint64> queuedIds() const;
    /// The window title the tests look for with xdotool.
    static QString windowTitleText();

Q_SIGNALS:
    void openRequested(qint64 id);
    void doneRequested(qint64 id);
    void snoozeRequested(qint64 id);

private:
    void act(int which);
    void refresh();

    QList<Item> m_queue;
    // Tier, source and sender; the subject; "+N more". Each is Qt::PlainText (makePlainLabel):
    // the texts come from strangers.
    QLabel *m_header = nullptr;
    QLabel *m_subject = nullptr;
    QLabel *m_more = nullptr;
};

} // namespace fi
