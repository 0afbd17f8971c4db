#include "focus/breakthroughalert.h"

#include "domain/senderdisplay.h"
#include "plaintext.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace fi {

BreakthroughAlert::BreakthroughAlert(QWidget *parent)
    : QWidget(parent, Qt::Window | Qt::WindowStaysOnTopHint | Qt::CustomizeWindowHint | Qt::WindowTitleHint |
                          Qt::WindowCloseButtonHint)
{
    setWindowTitle(windowTitleText());
    setAttribute(Qt::WA_ShowWithoutActivating);
    setFocusPolicy(Qt::ClickFocus);
    // Subject, sender and source name come from strangers: every label is Qt::PlainText.
    m_header = new QLabel(this);
    makePlainLabel(m_header);
    QFont bold = m_header->font();
    bold.setBold(true);
    m_header->setFont(bold);
    m_subject = new QLabel(this);
    makePlainLabel(m_subject);
    m_subject->setWordWrap(true);
    m_more = new QLabel(this);
    makePlainLabel(m_more);
    auto *open = new QPushButton(tr("&Open"), this);
    auto *done = new QPushButton(tr("&Done"), this);
    auto *snooze = new QPushButton(tr("&Snooze 1 h"), this);
    for (QPushButton *b : {open, done, snooze}) {
        b->setFocusPolicy(Qt::ClickFocus);  // no focus chain that grabs keys on show
        b->setAutoDefault(false);
    }
    connect(open, &QPushButton::clicked, this, [this] { act(0); });
    connect(done, &QPushButton::clicked, this, [this] { act(1); });
    connect(snooze, &QPushButton::clicked, this, [this] { act(2); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_more, 1);
    buttons->addWidget(open);
    buttons->addWidget(done);
    buttons->addWidget(snooze);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_subject);
    layout->addLayout(buttons);
    setMinimumWidth(360);
}

QString BreakthroughAlert::windowTitleText() { return tr("Focus Inbox — Breakthrough"); }

void BreakthroughAlert::showItem(const Item &item)
{
    for (const Item &queued : std::as_const(m_queue)) {
        if (queued.id == item.id)
            return;
    }
    m_queue.append(item);
    refresh();
    if (!isVisible()) {
        adjustSize();
        if (const QScreen *screen = QGuiApplication::primaryScreen()) {
            const QRect area = screen->availableGeometry();
            move(area.right() - width() - 24, area.top() + 24);
        }
        show();  // WA_ShowWithoutActivating: the focused application keeps the keyboard
    }
}

QList<qint64> BreakthroughAlert::queuedIds() const
{
    QList<qint64> ids;
    for (const Item &i : m_queue)
        ids << i.id;
    return ids;
}

void BreakthroughAlert::act(int which)
{
    if (m_queue.isEmpty())
        return;
    const qint64 id = m_queue.takeFirst().id;
    if (which == 0)
        Q_EMIT openRequested(id);
    else if (which == 1)
        Q_EMIT doneRequested(id);
    else
        Q_EMIT snoozeRequested(id);
    if (m_queue.isEmpty())
        hide();
    else
        refresh();
}

void BreakthroughAlert::refresh()
{
    if (m_queue.isEmpty())
        return;
    const Item &item = m_queue.first();
    const QString sender = senderListName(item.record.from);
    m_header->setText(tr("Breakthrough — %1 · %2 · %3").arg(tierDisplayName(item.tier), item.sourceName, sender));
    m_subject->setText(item.record.subject);
    m_more->setText(m_queue.size() > 1 ? tr("+%n more", nullptr, int(m_queue.size() - 1)) : QString());
}

} // namespace fi
