#pragma once
/// @file batchconversations.h
/// @brief Conversations inside a store batch (issue 18): mail/conversations.h's index over the
/// tables of migration 0016, on the writer thread, inside the batch's transaction.

#include "mail/conversations.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace fi {

class WriteContext;

/**
 * @brief mail::ConversationIndex on the write connection: conversation_ids,
 * conversation_subjects, conversation_merges and conversation_sequence (migration 0016).
 *
 * One per batch (it caches what it read and wrote during the batch). Statements are prepared once
 * per connection (WriteContext::prepared). A merge moves the stored items of the newer
 * conversation at once (their ids: movedItemIds()); the id and subject rows are read through
 * conversation_merges, which stays flat. A statement that fails sets ctx.error and failed(): the
 * caller must then roll back (the index answers "unknown" from there on).
 * Writer thread only.
 */
class BatchConversations final : public mail::ConversationIndex {
public:
    /// @param bySubject whether messages are recorded for, and may join by, the subject fallback
    ///        (StoreBatch::threadBySubject).
    BatchConversations(WriteContext &ctx, bool bySubject);

    /// Assigns @p message (mail::assignConversation) and records its base subject and time.
    /// @return the conversation id, or 0 after a failed statement.
    qint64 assign(const mail::ThreadingInput &message);
    /// @p conversation after the merges of this batch (an id handed out earlier may have merged).
    qint64 resolve(qint64 conversation) const;
    /// Writes what the batch deferred (the message ids' and subjects' rows, many per statement)
    /// and the next free id (conversation_sequence). Call once, after the last assign().
    bool finish();

    /**
     * @brief The user replied in @p conversation at @p atMs (UTC ms; a sent message's Date): the
     * reply meets every message of it that arrived before (received_ms <= atMs). Remembers the
     * reply (conversation_replies) and sets items.replied_ms to @p atMs where it was unset or
     * later. Row ids of the items it answered go to @p answered.
     */
    bool recordReply(qint64 conversation, qint64 atMs, QList<qint64> *answered);
    /// A new item (row id @p itemId, received at @p receivedMs) joined @p conversation: when the
    /// user had replied there at or after its arrival, it is answered by the earliest such reply
    /// (its id goes to @p answered). Conversations begun in this batch have no earlier reply.
    bool answerNewItem(qint64 itemId, qint64 conversation, qint64 receivedMs, QList<qint64> *answered);

    bool failed() const { return m_failed; }
    /// Items whose conversation a merge changed (row ids, possibly repeated).
    const QList<qint64> &movedItemIds() const { return m_moved; }

    std::optional<qint64> conversationOf(const QString &messageId) override;
    std::optional<qint64> conversationBySubject(const QString &base, qint64 fromMs, qint64 toMs) override;
    qint64 create() override;
    void own(const QString &messageId, qint64 conversation) override;
    void merge(qint64 from, qint64 into) override;

private:
    bool fail();
    /// Writes m_pendingOwners and m_pendingSubjects (kFlushRows rows per statement).
    bool flushPending();
    /// Rows written by one deferred INSERT; the rest of a batch goes one row at a time.
    static constexpr int kFlushRows = 64;
    struct PendingSubject {
        QString base;
        qint64 receivedMs = 0;
        qint64 conversation = 0;
    };

    WriteContext &m_ctx;
    bool m_bySubject;
    bool m_failed = false;
    qint64 m_nextId = 0;    // 0 = not read yet this batch
    bool m_nextIdUsed = false;
    /// message id → conversation (as stored, 0 = no row), for ids read or written in this batch.
    QHash<QString, qint64> m_owners;
    QHash<qint64, qint64> m_merged;  // from → into, flat
    QSet<qint64> m_created;          // conversations begun in this batch
    std::optional<bool> m_anyReplies;  // whether conversation_replies has a row (read once)
    QList<qint64> m_moved;
    /// Rows of conversation_ids and conversation_subjects written at finish(): every read of
    /// this batch sees them through m_owners and m_pendingSubjects first.
    QHash<QString, qint64> m_pendingOwners;
    QList<PendingSubject> m_pendingSubjects;
    QHash<QString, QList<qsizetype>> m_pendingSubjectsByBase;  ///< base → indexes in m_pendingSubjects
};

} // namespace fi
