#pragma once
/// @file githubreplayer.h
/// @brief Replays journaled triage of GitHub items at GitHub (the change journal, changereplayer.h).

#include "sources/changereplayer.h"
#include "sources/source.h"

#include <memory>

namespace fi::github {

/**
 * @brief The kind's replayer for one source:
 *  - Done → `PATCH /notifications/threads/{id}` (the item's locator): the thread is marked read.
 *    205/2xx/304 = Applied; 404 (the thread is gone) = Dropped; 401 stops the replay, not
 *    retryable ("Needs attention"); a rate limit, 5xx or network error = Failed, retried later.
 *    A Done that a later Reopen of the same item in the same replay undoes is Applied without a
 *    request (never marked read at all).
 *  - Mute → `DELETE /notifications/threads/{id}/subscription` (GitHub: "mutes all future
 *    notifications for a conversation until you comment on the thread or get an @mention");
 *    answered like Done.
 *  - Reopen → Applied without a request, with detail {"remote": "none"}: GitHub has no "unread"
 *    for a thread; it becomes unread by itself with new activity (recorded as such).
 *  - Anything else the kind journals (nothing today) → Applied without a request.
 * A thread URL outside the source's API origin is Dropped (the token is never sent elsewhere).
 * Blocking (HttpFetcher with a local event loop); runs on ChangeReplayService's worker thread.
 */
std::unique_ptr<ChangeReplayer> createReplayer(const SourceConfig &config);

/// Which changes reach GitHub: Done, Reopen and Mute (SourceKind::journals).
bool journals(const SourceConfig &config, ChangeKind kind);

} // namespace fi::github
