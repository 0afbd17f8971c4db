#pragma once
/// @file webhooktokens.h
/// @brief Adding a webhook source with a fresh token, and rotating its token: keychain and store
/// in the right order, undone on failure. Shared by the dialog (views/sources/webhook/) and the
/// CLI (app/cli/webhookcommand.cpp). Blocking (keychain over D-Bus, a store write waited for):
/// call on a worker thread in the app.

#include "sources/source.h"

#include <optional>

namespace fi {
class ItemStore;
}

namespace fi::webhook {

/// A webhook source as stored, and its token (show it once; it is only in the keychain).
struct ProvisionedSource {
    SourceConfig config;
    QString token;
};

/**
 * @brief Store @p config (not yet stored) with a new token: the token goes to the keychain first,
 * then the source to @p store; if the store refuses, the keychain entry is deleted again.
 * @return the stored source (with its id) and the token, or nullopt with *error (translated).
 */
std::optional<ProvisionedSource> addWithNewToken(ItemStore &store, SourceConfig config, QString *error);

/**
 * @brief Give the stored source @p old a new token: the new keychain entry, then the source with
 * its new tokenId (the running listener restarts with it), then the old entry is deleted (the old
 * token stops working). On failure nothing changes (a new entry written is deleted again).
 * @return the updated source and the new token, or nullopt with *error (translated).
 */
std::optional<ProvisionedSource> rotateToken(ItemStore &store, const SourceConfig &old, QString *error);

} // namespace fi::webhook
