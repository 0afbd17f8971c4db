#pragma once
/// @file imapwriteback.h
/// @brief Durable queue of triage actions to mirror on the IMAP server (per account setting
/// Account::writeBack): "opened" sets \Seen; "done" sets \Seen and, with Account::archiveFolder,
/// MOVEs the message there (RFC 6851; COPY + EXPUNGE, RFC 4315, without MOVE).
///
/// Persistence: one JSON file per source in the data dir (e.g. <data>/imap-writeback-<id>.json),
/// rewritten atomically (QSaveFile) on every change, so an action survives a crash or a failed
/// flush and is retried on the next flush: never lost.
///
/// Threading: enqueue() from any thread (internally locked, never waits for the network);
/// flush() blocks on the network and must run on a worker thread (QtConcurrent::run), never on
/// the GUI thread; concurrent flushes are serialised.

#include "sources/imap/imapsession.h"

#include <QMutex>
#include <QString>

namespace fi::imap {

/// One pending action.
struct WriteBackOp {
    enum class Kind { Seen, Done };
    Kind kind = Kind::Seen;
    QString mailbox;        ///< IMAP mailbox name (ItemRecord::folder "" = INBOX).
    quint32 uidValidity = 0;
    quint32 uid = 0;
    int attempts = 0;       ///< Failed flushes so far.
};

class WriteBackQueue {
public:
    explicit WriteBackQueue(QString queueFile);

    /// Queue an action for the item with @p folder / @p locator (ItemRecord fields).
    /// @return false when the locator is not an IMAP one or the file cannot be written.
    bool enqueue(WriteBackOp::Kind kind, const QString &folder, const QString &locator);
    /// Queue one action for several items, (folder, locator) each, with one file rewrite.
    /// Items whose locator is not an IMAP one are skipped. @return how many were queued
    /// (0 when the file cannot be written).
    int enqueue(WriteBackOp::Kind kind, const QList<QPair<QString, QString>> &items);
    int pending() const;
    QList<WriteBackOp> ops() const;

    /**
     * @brief Connect, log in and apply every queued action in order; successful ones leave the
     * queue, failed ones stay (attempts + 1). Actions for a folder whose UIDVALIDITY changed
     * are dropped (the UID no longer names that message; the next sync re-reads its flags).
     * @return the number applied; @p error is set when a connection-level failure stopped it.
     * @p guard (optional) lets another thread stop the flush at once (StreamGuard::cancel());
     * the actions not applied stay queued.
     */
    int flush(const Account &account, const QString &password, Error *error,
              std::shared_ptr<StreamGuard> guard = {});

private:
    bool save(const QList<WriteBackOp> &ops);
    QList<WriteBackOp> load() const;
    QString m_file;
    mutable QMutex m_mutex;  ///< Guards the file.
    QMutex m_flushMutex;     ///< Serialises flush(); not held by enqueue().
};

} // namespace fi::imap
