#pragma once
/// @file webhookeditor.h
/// @brief The webhook kind's editor (views/sources/sourceeditors.h): File ▸ Add webhook… and the
/// source list's "Webhook settings…" open WebhookDialog, which makes the token (system keychain)
/// and stores the source on a worker thread, then shows the endpoint, the token and a curl example.

#include "sources/sourceeditors.h"

namespace fi::webhook {

/// The editor of the webhook kind (registered in builtineditors.cpp, after the GitHub editor).
SourceEditor editor();

} // namespace fi::webhook
