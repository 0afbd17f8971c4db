#pragma once
/// @file backoff.h
/// @brief Exponential backoff shared by sync retries and write-back retries.

#include <QtGlobal>

namespace fi {

/// Delay before retry number @p consecutiveFailures (≥ 1): @p baseMs · 2^(n−1), at most
/// @p maxMs (e.g. 30 s, 60 s, 2 min, … 30 min). In ms.
inline qint64 backoffDelayMs(int consecutiveFailures, qint64 baseMs, qint64 maxMs)
{
    qint64 delay = baseMs;
    for (int i = 1; i < consecutiveFailures && delay < maxMs; ++i)
        delay *= 2;
    return qMin(delay, maxMs);
}

} // namespace fi
