#pragma once
/// @file pushrequest.h
/// @brief `focusinbox push`: one item for a webhook source, stored through SyncManager::deliver()
/// (tiers, deadline, notifications as for an item POSTed to the webhook). The running instance
/// answers the instance channel's "push" request with it; the CLI calls it itself when no
/// instance runs (holding the instance lock).

#include "focus/instancerequest.h"

#include <QJsonObject>

#include <functional>

namespace fi {

class ItemStore;
class SyncManager;

/// Outcome of a push, as the reply line carries it:
/// {"id": N, "created": true|false, "source": "NAME"} or {"error": "…", "status": S}.
struct PushOutcome {
    enum class Status { Ok, BadRequest, NoSource, StoreFailed };
    Status status = Status::Ok;
    QString error;      ///< Translated, when not Ok.
    qint64 id = 0;      ///< The stored item (Ok).
    bool created = false;  ///< A new item, rather than an update of the same remote_id (Ok).
    QString source;     ///< Name of the webhook source it went to (Ok).

    QJsonObject toJson() const;
    /// The reply of a running instance; a reply without "id" or "error" is a StoreFailed.
    static PushOutcome fromJson(const QJsonObject &reply);
};

/**
 * @brief Store @p request's item (InstanceRequest::Command::Push) in the webhook source it names
 * (webhook::pushTarget()), received at @p nowMs (UTC ms). @p done is called once, on the
 * caller's thread, after the commit (or at once for a bad request or a missing source).
 * GUI / main thread (where @p sync lives).
 */
void deliverPush(ItemStore &store, SyncManager &sync, const InstanceRequest &request, qint64 nowMs,
                 std::function<void(const PushOutcome &)> done);

} // namespace fi
