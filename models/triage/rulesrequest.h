#pragma once
/// @file rulesrequest.h
/// @brief `focusinbox rules apply|undo` (issue 14): re-tier the stored items by a configuration's
/// rules as one undoable batch, or undo a batch. The same call serves the running instance (for
/// a request from the CLI, app/rules/rulesfeature.cpp) and the CLI when no instance runs
/// (app/cli/rulescommand.cpp), so both behave alike. The reply carries counts and the batch id,
/// never the items (a batch may move 100,000): the CLI reads them with ItemStore::tierBatchChanges().

#include "config/appconfig.h"
#include "focus/instancerequest.h"

#include <QFuture>
#include <QJsonObject>

namespace fi {

class ItemStore;

/// What a rules request did; also the instance's reply (toJson()/fromJson()).
struct RulesResult {
    bool ok = false;      ///< The transaction committed (also when nothing changed).
    qint64 batchId = 0;   ///< The batch written (apply) or undone (undo); 0 = none.
    int changed = 0;      ///< Items whose placement changed.
    int moved = 0;        ///< Of those, items that changed tier.
    int skipped = 0;      ///< Undo: items changed since the batch, left as they are.
    QString error;        ///< Translated, when !ok.
    QJsonObject toJson() const;
    static RulesResult fromJson(const QJsonObject &json);
};

/// Apply @p config's rules to the stored open and snoozed items (RetierPlanner; items moved by
/// hand only with InstanceRequest::includeManual), or undo InstanceRequest::batchId (0 = the
/// newest batch not undone). @p request must have command Rules. The future finishes after the
/// commit, on the store's writer thread.
QFuture<RulesResult> runRulesRequest(ItemStore &store, const AppConfig &config, const InstanceRequest &request,
                                     qint64 nowMs);

} // namespace fi
