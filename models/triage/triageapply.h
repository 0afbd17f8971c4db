#pragma once
/// @file triageapply.h
/// @brief Applies a triage request (the shell's `focusinbox done|reopen|seen|unseen|tier|snooze
/// ID...`) to the store, the same writes the window's triage makes: ItemStore::setState(),
/// setTier() (reason "manual", due and policy kept, as views/triage SetTierCommand does) and
/// setSeen(). The store journals them for the items' sources in the same transactions, and
/// every view of the store follows through its change signals.
///
/// Used by the running instance for a request from the CLI (app/application.cpp) and by the CLI
/// itself when no instance runs (app/cli/triagecommand.cpp), so both paths behave the same.

#include "focus/instancerequest.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace fi {

class ItemStore;

/// What applyTriage() did; also the instance's reply (toJson()/fromJson()).
struct TriageResult {
    enum class Status {
        Ok,           ///< Every item has the requested state now (changed lists those that were not so).
        UnknownIds,   ///< Some ids name no item (unknown): nothing was changed.
        BadRequest,   ///< Not a triage request, or a snooze time not after now: nothing changed.
        StoreFailed,  ///< A write failed (rolled back; error says so). Earlier ones may have committed.
    };
    Status status = Status::Ok;
    QList<qint64> ids;       ///< The request's ids without duplicates, in order.
    QList<qint64> changed;   ///< Ok: ids whose state, snooze time, tier or seen flag changed.
    QList<qint64> unknown;   ///< UnknownIds: the ids that name no item.
    QString error;           ///< Translated, when status is not Ok.

    /// Reply line object: {"ok":true,"ids":[…],"changed":[…]} or
    /// {"error":"…","status":"unknown-ids"|"bad-request"|"store-failed","unknown":[…]}.
    QJsonObject toJson() const;
    /// Inverse of toJson(). A reply without "ok" and without a known "status" (an instance that
    /// does not know triage answers {"error":"bad request: …"}) becomes BadRequest with its error.
    static TriageResult fromJson(const QJsonObject &reply);
};

/// Apply @p request (command Triage) to @p store and wait until the writes committed.
/// Validates first — every id must name an item (any state), a snooze time must be after
/// @p nowMs (UTC ms) — and changes nothing when that fails. Blocks the calling thread for the
/// writes (one transaction per write; tier moves one per item, each keeping its due and policy).
/// Call on the store's owner thread (the GUI thread in the app), never from a slot of a store
/// future.
TriageResult applyTriage(ItemStore &store, const InstanceRequest &request, qint64 nowMs);

} // namespace fi
