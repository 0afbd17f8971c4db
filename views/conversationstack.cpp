#include "conversationstack.h"

#include "deadlines/conversationsummary.h"
#include "domain/senderdisplay.h"

#include <QDateTime>
#include <QKeyEvent>
#include <QLocale>

#include <algorithm>

namespace fi {

namespace {
constexpr int kMaxVisibleLines = 6;

bool isStackKey(const QKeyEvent *key)
{
    if (key->modifiers() & ~Qt::KeypadModifier)
        return false;
    switch (key->key()) {
    case Qt::Key_J:
    case Qt::Key_K:
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Escape:
        return true;
    default:
        return false;
    }
}
} // namespace

ConversationStack::ConversationStack(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("conversationStack"));
    setAccessibleName(tr("Messages of this conversation"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformItemSizes(true);
    setTextElideMode(Qt::ElideRight);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    connect(this, &QListWidget::itemClicked, this, [this](QListWidgetItem *line) { expandRow(row(line)); });
    setVisible(false);
}

void ConversationStack::setMessages(QList<Item> messages, qint64 expandedId)
{
    sortOldestFirst(messages);
    const bool sameMessages = std::equal(messages.cbegin(), messages.cend(), m_messages.cbegin(), m_messages.cend(),
                                         [](const Item &a, const Item &b) { return a.id == b.id; });
    m_messages = std::move(messages);
    if (sameMessages && !m_messages.isEmpty()) {
        // Shown again (a reload): the lines stay, and so does the cursor among them.
        updateLines();
        const auto kept = std::find_if(m_messages.cbegin(), m_messages.cend(),
                                       [this](const Item &item) { return item.id == m_expanded; });
        if (kept != m_messages.cend())
            Q_EMIT expanded(*kept);
        return;
    }
    const auto kept = std::find_if(m_messages.cbegin(), m_messages.cend(),
                                   [expandedId](const Item &item) { return item.id == expandedId; });
    const int row = kept != m_messages.cend() ? int(kept - m_messages.cbegin()) : int(m_messages.size()) - 1;
    clear();
    for (qsizetype i = 0; i < m_messages.size(); ++i)
        addItem(QString());
    setVisible(!m_messages.isEmpty());
    setFixedHeight(sizeHint().height());
    if (row >= 0)
        expandRow(row);
}

void ConversationStack::clearMessages()
{
    m_messages.clear();
    m_expanded = 0;
    clear();
    setVisible(false);
}

QList<qint64> ConversationStack::messageIds() const
{
    QList<qint64> ids;
    for (const Item &item : m_messages)
        ids << item.id;
    return ids;
}

void ConversationStack::expandRow(int row)
{
    if (row < 0 || row >= m_messages.size())
        return;
    m_expanded = m_messages.at(row).id;
    setCurrentRow(row);
    updateLines();
    Q_EMIT expanded(m_messages.at(row));
}

void ConversationStack::updateLines()
{
    // Plain text lines (QListWidget never reads markup): sender, date, snippet.
    for (int i = 0; i < count(); ++i) {
        const Item &message = m_messages.at(i);
        const ItemRecord &rec = message.record;
        const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(rec.receivedMs).toLocalTime(),
                                                QLocale::ShortFormat);
        const bool open = message.id == m_expanded;
        QListWidgetItem *line = item(i);
        line->setText(tr("%1 %2 · %3 · %4", "a message of a conversation: marker, sender, date, snippet")
                          .arg(open ? QStringLiteral("▾") : QStringLiteral("▸"), senderListName(rec.from), when,
                               rec.snippet.simplified()));
        QFont font = this->font();
        font.setBold(open);
        line->setFont(font);
        line->setToolTip(open ? tr("Shown below") : tr("Press Enter or click to read this message"));
    }
}

QSize ConversationStack::sizeHint() const
{
    const int lines = std::min(int(count()), kMaxVisibleLines);
    const int line = count() > 0 ? sizeHintForRow(0) : fontMetrics().height();
    return {QListWidget::sizeHint().width(), lines * line + 2 * frameWidth()};
}

bool ConversationStack::event(QEvent *event)
{
    // The window binds J, K and Enter to the list: take them first while the stack has the focus.
    if (event->type() == QEvent::ShortcutOverride && isStackKey(static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    return QListWidget::event(event);
}

void ConversationStack::keyPressEvent(QKeyEvent *event)
{
    if (!isStackKey(event)) {
        QListWidget::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_J: setCurrentRow(std::min(currentRow() + 1, count() - 1)); break;
    case Qt::Key_K: setCurrentRow(std::max(currentRow() - 1, 0)); break;
    case Qt::Key_Escape: Q_EMIT leaveRequested(); break;
    default: expandRow(currentRow()); break;
    }
    event->accept();
}

} // namespace fi
