#pragma once
/// @file htmlsanitizer.h
/// @brief Reduce untrusted HTML (a feed entry's content, later mail) to a safe subset that
/// QTextDocument renders and that loads nothing: parsed with libxml2's HTML parser (no network,
/// no entities from outside), rebuilt from an allow-list of elements and attributes.

#include <QList>
#include <QString>
#include <QUrl>

namespace fi::mime {

/// The sanitized document.
struct SanitizedHtml {
    /// Safe HTML: only allow-listed elements (p, br, a, b, i, em, strong, code, pre, blockquote,
    /// ul, ol, li, h1–h6, table rows/cells, img when allowed, …) and attributes (a href with
    /// http/https/mailto only, resolved absolute; img src/alt/width/height). No script, style,
    /// iframe, object, form, event handlers, style attributes, or javascript:/data:/file: URLs.
    QString html;
    /// Absolute http(s) URLs of the images that were left out (options.allowRemoteImages off)
    /// or kept (on), in document order, without duplicates.
    QList<QUrl> remoteImages;
    /// Whether anything was dropped besides remote images (scripts, frames, forms, bad URLs).
    bool removedActiveContent = false;
};

struct SanitizeOptions {
    QUrl baseUrl;                    ///< Base for relative links and images (the entry's link or the feed URL).
    /// Keep <img> with http(s) src (the user chose "load images from this feed"; the view loads
    /// them itself). Off: each image becomes its alt text in brackets. Never any other scheme.
    bool allowRemoteImages = false;
    qint64 maxInputChars = 4 * 1024 * 1024;  ///< Longer input is cut (then parsed, still safe).
};

/**
 * @brief Sanitize @p html. Never fails: unparsable input yields its escaped text.
 *
 * Bounds, so that QTextDocument lays the result out in bounded time: input cut at
 * options.maxInputChars; elements nested at most 48 deep (deeper content keeps only its text;
 * libxml2 itself stops parsing past 256 levels); at most 20000 elements and 200 images;
 * tables nested at most 3 deep, at most 64 columns a row and 2000 cells in all (spans counted
 * by area), else written as blocks of text; image sides and spans bounded (2048 px, 100).
 * Pure function: thread-safe (libxml2 initialised once), no I/O.
 */
SanitizedHtml sanitizeHtml(const QString &html, const SanitizeOptions &options);

} // namespace fi::mime
