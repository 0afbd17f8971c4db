#pragma once
/// @file instanceroute.h
/// @brief How a CLI command that writes reaches the store: through the running instance when
/// there is one (its views follow at once), else directly while holding the instance lock, so
/// no instance starts in between (triagecommand.cpp, pushcommand.cpp).

#include "cli/clicontext.h"
#include "focus/instancerequest.h"

#include <QJsonObject>

#include <functional>

namespace fi::cli {

enum class Route { Instance, Store, Failed };

/**
 * @brief Send @p request to the running instance and hand its reply to @p fromInstance; or, when
 * none runs, call @p local while holding the instance lock. Waits up to 30 s for an instance
 * that holds the lock but does not answer yet (starting, or busy); the caller's request must be
 * safe to send again after a lost answer (idempotent). Prints the reason and sets *exitCode on
 * failure (the lock cannot be created: StorageError; no answer in time: SourceFailed).
 */
Route routeToInstanceOrStore(Context &ctx, const InstanceRequest &request,
                             const std::function<void(const QJsonObject &reply)> &fromInstance,
                             const std::function<void()> &local, int *exitCode);

} // namespace fi::cli
