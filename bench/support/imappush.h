#pragma once
// bench/support/imappush.h: how long one message APPENDed to the server takes to reach the
// inbox list through IMAP IDLE (issue 17: ≤ 100 ms), measured through the app's own path:
// SyncScheduler (IdleWatcher push) → SyncManager → ItemStore → InboxModel.

#include <QList>
#include <QString>

namespace fi {
class ItemStore;
class SyncManager;
} // namespace fi
namespace fi::test {
class DovecotServer;
}

struct PushFigures {
    QList<double> ms;   ///< APPEND sent → its row in an InboxModel, one per push.
    /// APPEND sent → the server's IDLE notification, seen by a second IDLE client of the bench
    /// (-1 when it came after the row): the server's share of ms.
    QList<double> notifiedMs;
    QString error;      ///< Empty on success.
};

/// Appends @p pushes messages to INBOX one by one (waiting for each to show) while a
/// SyncScheduler with its IDLE watcher runs over @p sync / @p store (one IMAP source).
/// @p templateFile: a corpus message whose headers the pushed messages reuse (new Subject and
/// Message-ID). Waits at most 10 s for each.
PushFigures measurePushes(fi::test::DovecotServer &server, fi::SyncManager &sync, fi::ItemStore &store,
                          const QString &templateFile, int pushes);
