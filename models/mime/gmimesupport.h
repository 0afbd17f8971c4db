#pragma once
/// @file gmimesupport.h
/// @brief Internal RAII helpers over GMime 3 / GLib (not for use outside models/mime and the
/// sources that parse mail). Include only from .cpp files: it pulls in GMime's C headers.

#include "mime/charsetcache.h"

#include <gmime/gmime.h>

#include <memory>

namespace fi::mime {

/// Calls g_mime_init() exactly once per process (std::call_once; safe from any thread).
/// Never calls g_mime_shutdown(): other threads may still parse at exit.
void ensureGMimeInitialized();

/// Process-wide, read-only parser options: loose RFC 2047 / address / parameter compliance
/// and 8-bit fallback charsets UTF-8, Windows-1252, ISO-8859-1. Shared between threads
/// (never modified after creation). Owned by the process.
GMimeParserOptions *parserOptions();


/// keepCharsetLoaded() for the charset of every RFC 2047 encoded word ("=?cs?…") in @p raw.
void keepEncodedWordCharsetsLoaded(const char *raw);

/// Deleter for GObject-derived handles (g_object_unref).
struct GObjectDeleter {
    void operator()(void *object) const noexcept
    {
        if (object)
            g_object_unref(object);
    }
};
/// Owning handle of one GObject reference.
template <typename T>
using GObjectPtr = std::unique_ptr<T, GObjectDeleter>;

/// Deleter for strings and buffers allocated by GLib (g_free).
struct GFreeDeleter {
    void operator()(void *p) const noexcept { g_free(p); }
};
/// Owning handle of a GLib-allocated C string.
using GCharPtr = std::unique_ptr<char, GFreeDeleter>;

/// Deleter for GDateTime (g_date_time_unref).
struct GDateTimeDeleter {
    void operator()(GDateTime *dt) const noexcept
    {
        if (dt)
            g_date_time_unref(dt);
    }
};
using GDateTimePtr = std::unique_ptr<GDateTime, GDateTimeDeleter>;

} // namespace fi::mime
