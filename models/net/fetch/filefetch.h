#pragma once
/// @file filefetch.h
/// @brief Reads a file:// feed with the fetcher's size limit, conditionally on its mtime.
/// Blocking: runs on the fetcher's worker thread.

#include "net/httpfetcher.h"

namespace fi::net::fetch {

/// Read the regular file @p request.url names. The file's mtime, as an HTTP-date, is the
/// response's lastModified; when @p request.lastModified equals it the outcome is NotModified.
/// Larger than request.maxBytes, missing, a directory, a FIFO or unreadable = Failed (not
/// retryable). Never reads more than maxBytes + 1 bytes.
FetchResponse fetchFile(const FetchRequest &request);

} // namespace fi::net::fetch
