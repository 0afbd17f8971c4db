#pragma once
/// @file conversationstack.h
/// @brief The reading pane's stack of a conversation's messages (issue 18): one line per message,
/// oldest first, the expanded one marked; the pane shows the expanded message in full below.

#include "domain/item.h"

#include <QListWidget>

namespace fi {

/**
 * @brief A conversation as a stack of messages. Each message is one collapsed line ("sender ·
 * date · snippet", plain text); exactly one is expanded, the newest when the conversation is
 * first shown. With the focus on the stack, J and K move through it and Enter expands the
 * message under the cursor (a click does too); Escape hands the focus back (leaveRequested()).
 * It takes those keys before the window's shortcuts (the list's j/k/Enter) while it has the
 * focus. GUI thread only.
 */
class ConversationStack : public QListWidget {
    Q_OBJECT
public:
    explicit ConversationStack(QWidget *parent = nullptr);

    /**
     * @brief Shows @p messages (one conversation, any order: sorted oldest first here).
     * @param expandedId the message to expand when it is among them; else the newest is.
     * The same messages again (a reload) keep their lines, the cursor and the expanded message.
     * Emits expanded() for the message expanded.
     */
    void setMessages(QList<Item> messages, qint64 expandedId = 0);
    /// Clears the stack (no conversation shown).
    void clearMessages();
    /// Item::conversationId of the messages shown (0 = none).
    qint64 conversationId() const { return m_messages.isEmpty() ? 0 : m_messages.first().conversationId; }
    /// The store id of the expanded message (0 = none).
    qint64 expandedId() const { return m_expanded; }
    /// The messages' store ids, oldest first.
    QList<qint64> messageIds() const;
    /// Expands the message in @p row (0 = oldest); emits expanded().
    void expandRow(int row);

    QSize sizeHint() const override;

Q_SIGNALS:
    /// @p item is the expanded message now: the pane shows it in full.
    void expanded(const fi::Item &item);
    /// Escape: the focus goes back to the list.
    void leaveRequested();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateLines();

    QList<Item> m_messages;
    qint64 m_expanded = 0;
};

} // namespace fi
