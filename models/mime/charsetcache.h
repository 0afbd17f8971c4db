#pragma once
/// @file charsetcache.h
/// @brief The bounded cache of open iconv descriptors that keeps glibc's gconv modules loaded
/// (internal to models/mime; plain C++, no GMime types, so tests can include it).

#include <cstddef>

namespace fi::mime {

/// At most this many charsets are kept loaded at once (least recently used closed first).
/// Mail names charsets freely ("=?x-anything?Q?…?=", and glibc accepts endless spellings of
/// one charset), so an unbounded cache would grow with every hostile message.
inline constexpr std::size_t kMaxLoadedCharsets = 32;

/**
 * @brief Keeps glibc's iconv (gconv) module for @p iconvCharset loaded while it is in use.
 *
 * glibc unloads a gconv module once its last descriptor is closed, and loading it again costs
 * ~45 µs (dlopen under the loader lock). GMime 3 and g_convert() open and close a descriptor
 * per conversion, so mail in alternating charsets reloaded modules all the time: as much CPU
 * as the parsing itself. One descriptor per recently used charset is kept open here: an LRU of
 * at most kMaxLoadedCharsets entries. Names iconv does not know are not cached at all.
 * Thread-safe (one mutex; a list splice on a hit). nullptr and "" are ignored.
 */
void keepCharsetLoaded(const char *iconvCharset);

/// Number of charsets currently kept loaded (≤ kMaxLoadedCharsets). Thread-safe.
std::size_t loadedCharsetCount();

} // namespace fi::mime
