/// @file batchconversations.cpp
/// @brief BatchConversations: the conversation tables of migration 0016 behind
/// mail::ConversationIndex (issue 18); see batchconversations.h.

#include "storage/batchconversations.h"

#include "storage/itemstore_p.h"

#include <QSqlQuery>

namespace fi {

namespace {

// An id or subject row may name a conversation that merged since: conversation_merges says where
// it went (kept flat, so one lookup is enough).
const QString kOwnerSql = QStringLiteral(
    "SELECT COALESCE(m.into_id, c.conversation_id) FROM conversation_ids c"
    " LEFT JOIN conversation_merges m ON m.from_id = c.conversation_id WHERE c.message_id = ?");
const QString kOwnSql = QStringLiteral(
    "INSERT INTO conversation_ids (message_id, conversation_id) VALUES (?, ?)"
    " ON CONFLICT (message_id) DO UPDATE SET conversation_id = excluded.conversation_id");
const QString kBySubjectSql = QStringLiteral(
    "SELECT COALESCE(m.into_id, s.conversation_id), s.received_ms FROM conversation_subjects s"
    " LEFT JOIN conversation_merges m ON m.from_id = s.conversation_id"
    " WHERE s.subject_key = ? AND s.received_ms BETWEEN ? AND ? ORDER BY s.received_ms DESC LIMIT 1");
const QString kRecordSubjectSql = QStringLiteral(
    "INSERT OR IGNORE INTO conversation_subjects (subject_key, received_ms, conversation_id) VALUES (?, ?, ?)");
const QString kMergeSql = QStringLiteral(
    "INSERT INTO conversation_merges (from_id, into_id) VALUES (?, ?)"
    " ON CONFLICT (from_id) DO UPDATE SET into_id = excluded.into_id");
const QString kFlattenSql = QStringLiteral("UPDATE conversation_merges SET into_id = ? WHERE into_id = ?");
const QString kMoveItemsSql = QStringLiteral(
    "UPDATE items SET conversation_id = ? WHERE conversation_id = ? RETURNING id");
const QString kMoveRepliesSql = QStringLiteral(
    "UPDATE OR IGNORE conversation_replies SET conversation_id = ? WHERE conversation_id = ?");
const QString kDropRepliesSql = QStringLiteral("DELETE FROM conversation_replies WHERE conversation_id = ?");
// After a merge: the moved items that a reply of the conversation they joined now meets.
const QString kAnswerMovedSql = QStringLiteral(
    "UPDATE items SET replied_ms = (SELECT MIN(r.replied_ms) FROM conversation_replies r"
    " WHERE r.conversation_id = items.conversation_id AND r.replied_ms >= items.received_ms)"
    " WHERE conversation_id = ? AND replied_ms IS NULL AND EXISTS (SELECT 1 FROM conversation_replies r"
    " WHERE r.conversation_id = items.conversation_id AND r.replied_ms >= items.received_ms) RETURNING id");
const QString kRememberReplySql = QStringLiteral(
    "INSERT OR IGNORE INTO conversation_replies (conversation_id, replied_ms) VALUES (?, ?)");
const QString kAnswerByReplySql = QStringLiteral(
    "UPDATE items SET replied_ms = ? WHERE conversation_id = ? AND received_ms <= ?"
    " AND (replied_ms IS NULL OR replied_ms > ?) RETURNING id");
const QString kAnyReplySql = QStringLiteral("SELECT EXISTS (SELECT 1 FROM conversation_replies)");
const QString kReplyAfterSql = QStringLiteral(
    "SELECT MIN(replied_ms) FROM conversation_replies WHERE conversation_id = ? AND replied_ms >= ?");
const QString kAnswerItemSql = QStringLiteral(
    "UPDATE items SET replied_ms = ? WHERE id = ? AND replied_ms IS NULL");
const QString kNextIdSql = QStringLiteral("SELECT next_id FROM conversation_sequence");
const QString kSetNextIdSql = QStringLiteral("UPDATE conversation_sequence SET next_id = ?");

} // namespace

BatchConversations::BatchConversations(WriteContext &ctx, bool bySubject)
    : m_ctx(ctx), m_bySubject(bySubject)
{
}

bool BatchConversations::fail()
{
    m_failed = true;
    return false;
}

qint64 BatchConversations::resolve(qint64 conversation) const
{
    return m_merged.value(conversation, conversation);
}

std::optional<qint64> BatchConversations::conversationOf(const QString &messageId)
{
    if (m_failed)
        return std::nullopt;
    if (const auto cached = m_owners.constFind(messageId); cached != m_owners.cend()) {
        if (*cached <= 0)
            return std::nullopt;
        return resolve(*cached);
    }
    QSqlQuery *q = m_ctx.prepared(kOwnerSql);
    if (!q)
        return fail(), std::nullopt;
    q->bindValue(0, messageId);
    if (!m_ctx.exec(*q))
        return fail(), std::nullopt;
    const qint64 owner = q->next() ? q->value(0).toLongLong() : 0;
    q->finish();
    m_owners.insert(messageId, owner);
    if (owner <= 0)
        return std::nullopt;
    return resolve(owner);
}

std::optional<qint64> BatchConversations::conversationBySubject(const QString &base, qint64 fromMs, qint64 toMs)
{
    if (m_failed || !m_bySubject)
        return std::nullopt;
    QSqlQuery *q = m_ctx.prepared(kBySubjectSql);
    if (!q)
        return fail(), std::nullopt;
    q->bindValue(0, base);
    q->bindValue(1, fromMs);
    q->bindValue(2, toMs);
    if (!m_ctx.exec(*q))
        return fail(), std::nullopt;
    std::optional<qint64> found;
    qint64 foundMs = 0;
    if (q->next()) {
        found = resolve(q->value(0).toLongLong());
        foundMs = q->value(1).toLongLong();
    }
    q->finish();
    // This batch's own subjects are not written yet: the latest in the window wins, as in SQL.
    for (const qsizetype index : m_pendingSubjectsByBase.value(base)) {
        const PendingSubject &pending = m_pendingSubjects.at(index);
        if (pending.receivedMs >= fromMs && pending.receivedMs <= toMs && (!found || pending.receivedMs > foundMs)) {
            found = resolve(pending.conversation);
            foundMs = pending.receivedMs;
        }
    }
    return found;
}

qint64 BatchConversations::create()
{
    if (m_failed)
        return 0;
    if (m_nextId <= 0) {
        QSqlQuery *q = m_ctx.prepared(kNextIdSql);
        if (!q || !m_ctx.exec(*q))
            return fail(), 0;
        m_nextId = q->next() ? q->value(0).toLongLong() : 0;
        q->finish();
        if (m_nextId <= 0) {
            m_ctx.error = QStringLiteral("conversation_sequence is empty");
            return fail(), 0;
        }
    }
    m_nextIdUsed = true;
    m_created.insert(m_nextId);
    return m_nextId++;
}

void BatchConversations::own(const QString &messageId, qint64 conversation)
{
    if (m_failed)
        return;
    if (const auto cached = m_owners.constFind(messageId);
        cached != m_owners.cend() && *cached > 0 && resolve(*cached) == conversation)
        return;  // already its row (possibly through a merge)
    m_pendingOwners.insert(messageId, conversation);  // written by finish()
    m_owners.insert(messageId, conversation);
}

void BatchConversations::merge(qint64 from, qint64 into)
{
    if (m_failed || from == into)
        return;
    QSqlQuery *record = m_ctx.prepared(kMergeSql);
    QSqlQuery *flatten = m_ctx.prepared(kFlattenSql);
    QSqlQuery *move = m_ctx.prepared(kMoveItemsSql);
    if (!record || !flatten || !move)
        return void(fail());
    record->bindValue(0, from);
    record->bindValue(1, into);
    flatten->bindValue(0, into);
    flatten->bindValue(1, from);
    move->bindValue(0, into);
    move->bindValue(1, from);
    if (!m_ctx.exec(*record) || !m_ctx.exec(*flatten) || !m_ctx.exec(*move))
        return void(fail());
    while (move->next())
        m_moved.append(move->value(0).toLongLong());
    move->finish();
    // The user's replies move along, and meet the moved messages that came before them.
    QSqlQuery *moveReplies = m_ctx.prepared(kMoveRepliesSql);
    QSqlQuery *dropReplies = m_ctx.prepared(kDropRepliesSql);
    QSqlQuery *answerMoved = m_ctx.prepared(kAnswerMovedSql);
    if (!moveReplies || !dropReplies || !answerMoved)
        return void(fail());
    moveReplies->bindValue(0, into);
    moveReplies->bindValue(1, from);
    dropReplies->bindValue(0, from);
    answerMoved->bindValue(0, into);
    if (!m_ctx.exec(*moveReplies) || !m_ctx.exec(*dropReplies) || !m_ctx.exec(*answerMoved))
        return void(fail());
    while (answerMoved->next())
        m_moved.append(answerMoved->value(0).toLongLong());
    answerMoved->finish();
    for (auto it = m_merged.begin(); it != m_merged.end(); ++it) {
        if (it.value() == from)
            it.value() = into;
    }
    m_merged.insert(from, into);
}

qint64 BatchConversations::assign(const mail::ThreadingInput &message)
{
    const qint64 conversation = mail::assignConversation(message, *this);
    if (m_failed || conversation <= 0)
        return 0;
    if (m_bySubject && message.receivedMs > 0) {
        const QString base = mail::baseSubject(message.subject);
        if (!base.isEmpty()) {  // written by finish()
            m_pendingSubjectsByBase[base].append(m_pendingSubjects.size());
            m_pendingSubjects.append({base, message.receivedMs, conversation});
        }
    }
    return conversation;
}

bool BatchConversations::recordReply(qint64 conversation, qint64 atMs, QList<qint64> *answered)
{
    if (m_failed)
        return false;
    QSqlQuery *remember = m_ctx.prepared(kRememberReplySql);
    QSqlQuery *answer = m_ctx.prepared(kAnswerByReplySql);
    if (!remember || !answer)
        return fail();
    remember->bindValue(0, conversation);
    remember->bindValue(1, atMs);
    answer->bindValue(0, atMs);
    answer->bindValue(1, conversation);
    answer->bindValue(2, atMs);
    answer->bindValue(3, atMs);
    if (!m_ctx.exec(*remember) || !m_ctx.exec(*answer))
        return fail();
    while (answer->next())
        answered->append(answer->value(0).toLongLong());
    answer->finish();
    m_anyReplies = true;
    return true;
}

bool BatchConversations::answerNewItem(qint64 itemId, qint64 conversation, qint64 receivedMs,
                                       QList<qint64> *answered)
{
    if (m_failed)
        return false;
    conversation = resolve(conversation);
    if (itemId <= 0 || m_created.contains(conversation))
        return true;
    if (!m_anyReplies) {
        // Without any reply on record (no sent folder) this costs one query per batch.
        QSqlQuery *any = m_ctx.prepared(kAnyReplySql);
        if (!any || !m_ctx.exec(*any))
            return fail();
        m_anyReplies = any->next() && any->value(0).toBool();
        any->finish();
    }
    if (!*m_anyReplies)
        return true;
    QSqlQuery *after = m_ctx.prepared(kReplyAfterSql);
    if (!after)
        return fail();
    after->bindValue(0, conversation);
    after->bindValue(1, receivedMs);
    if (!m_ctx.exec(*after))
        return fail();
    const QVariant replied = after->next() ? after->value(0) : QVariant();
    after->finish();
    if (replied.isNull())
        return true;
    QSqlQuery *answer = m_ctx.prepared(kAnswerItemSql);
    if (!answer)
        return fail();
    answer->bindValue(0, replied.toLongLong());
    answer->bindValue(1, itemId);
    if (!m_ctx.exec(*answer))
        return fail();
    if (answer->numRowsAffected() > 0)
        answered->append(itemId);
    return true;
}

bool BatchConversations::flushPending()
{
    // Many rows per statement: one statement per message and table cost more than the B-tree
    // work (bench/ingest_maildir). Full chunks share one prepared statement, the rest go alone.
    const auto rowsSql = [](const QString &head, const char *row, int rows, const char *tail) {
        QStringList values;
        values.fill(QLatin1String(row), rows);
        return head + values.join(QLatin1Char(',')) + QLatin1String(tail);
    };
    const QString ownHead = QStringLiteral("INSERT INTO conversation_ids (message_id, conversation_id) VALUES ");
    const char *ownTail = " ON CONFLICT (message_id) DO UPDATE SET conversation_id = excluded.conversation_id";
    const QString subjectHead = QStringLiteral(
        "INSERT OR IGNORE INTO conversation_subjects (subject_key, received_ms, conversation_id) VALUES ");
    std::vector<std::pair<QString, qint64>> owners;
    owners.reserve(std::size_t(m_pendingOwners.size()));
    for (auto it = m_pendingOwners.cbegin(); it != m_pendingOwners.cend(); ++it)
        owners.emplace_back(it.key(), it.value());
    for (std::size_t from = 0; from < owners.size();) {
        const int rows = owners.size() - from >= std::size_t(kFlushRows) ? kFlushRows : 1;
        QSqlQuery *q = m_ctx.prepared(rows == 1 ? kOwnSql : rowsSql(ownHead, "(?,?)", rows, ownTail));
        if (!q)
            return fail();
        for (int i = 0; i < rows; ++i) {
            q->bindValue(2 * i, owners[from + std::size_t(i)].first);
            q->bindValue(2 * i + 1, owners[from + std::size_t(i)].second);
        }
        if (!m_ctx.exec(*q))
            return fail();
        from += std::size_t(rows);
    }
    for (qsizetype from = 0; from < m_pendingSubjects.size();) {
        const int rows = m_pendingSubjects.size() - from >= kFlushRows ? kFlushRows : 1;
        QSqlQuery *q = m_ctx.prepared(rows == 1 ? kRecordSubjectSql : rowsSql(subjectHead, "(?,?,?)", rows, ""));
        if (!q)
            return fail();
        for (int i = 0; i < rows; ++i) {
            const PendingSubject &pending = m_pendingSubjects.at(from + i);
            q->bindValue(3 * i, pending.base);
            q->bindValue(3 * i + 1, pending.receivedMs);
            q->bindValue(3 * i + 2, pending.conversation);
        }
        if (!m_ctx.exec(*q))
            return fail();
        from += rows;
    }
    m_pendingOwners.clear();
    m_pendingSubjects.clear();
    m_pendingSubjectsByBase.clear();
    return true;
}

bool BatchConversations::finish()
{
    if (m_failed || !flushPending())
        return false;
    if (!m_nextIdUsed)
        return true;
    QSqlQuery *q = m_ctx.prepared(kSetNextIdSql);
    if (!q)
        return fail();
    q->bindValue(0, m_nextId);
    return m_ctx.exec(*q) || fail();
}

} // namespace fi
