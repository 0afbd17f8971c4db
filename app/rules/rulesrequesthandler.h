#pragma once
/// @file rulesrequesthandler.h
/// @brief `focusinbox rules apply|undo` in the running instance (issue 14): reads config.json
/// again (the CLI applies "the rules in config.json"), adopts it for new items, and re-tiers or
/// undoes through the store (models/triage/rulesrequest.h). GUI thread only.

#include "config/appconfig.h"
#include "focus/instancerequest.h"

#include <QJsonObject>

#include <functional>

class QObject;

namespace fi {

class ItemStore;

/// Handle @p request (command Rules). @p adopt gets the configuration read from @p configPath
/// before an apply (the app's rules, deadlines and sync follow it); @p reply gets the answer
/// (RulesResult::toJson()) after the commit, on @p context's thread. A config.json whose rules
/// do not all load is refused: a skipped rule would move items the user meant to keep.
void handleRulesRequest(ItemStore &store, const QString &configPath, const InstanceRequest &request, QObject *context,
                        const std::function<void(const AppConfig &)> &adopt,
                        std::function<void(const QJsonObject &)> reply);

} // namespace fi
