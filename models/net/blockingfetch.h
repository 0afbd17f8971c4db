#pragma once
/// @file blockingfetch.h
/// @brief One HttpFetcher request, waited for: for worker threads (change replayers) and the CLI.

#include "net/httpfetcher.h"

#include <atomic>

namespace fi::net {

/**
 * @brief Send @p request through HttpFetcher::instance() and wait for its answer in a local
 * event loop on the calling thread (any thread with or without its own loop; never the GUI
 * thread, which would stop repainting).
 * @param cancel when it becomes true the request is cancelled within about 100 ms and a Failed
 * response with a translated "cancelled" error comes back (may be null).
 * @return the response; request.timeoutMs bounds the wait.
 */
FetchResponse fetchAndWait(const FetchRequest &request, const std::atomic_bool *cancel = nullptr);

} // namespace fi::net
