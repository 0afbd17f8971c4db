#pragma once
/// @file htmltext.h
/// @brief Reduce HTML to readable plain text and fold text into snippets (no QtGui needed).

#include <QString>

namespace fi::mime {

/**
 * @brief Plain text of an HTML document or fragment.
 *
 * Removes tags, comments, <head>/<title>, <script> and <style> contents; block-level tags
 * (p, div, br, li, tr, h1–h6, …) become line breaks; character references are decoded
 * (numeric, hex and the common named entities of HTML 5). Tolerates broken markup
 * (unclosed tags, stray '<'). Runs in linear time. Thread-safe.
 */
QString htmlToText(const QString &html);

/**
 * @brief Collapse every run of whitespace (Unicode White_Space, incl. NBSP) and control
 * characters to one space, trim, and cut to at most @p maxChars UTF-16 units without
 * splitting a surrogate pair; unpaired surrogates become U+FFFD. @p maxChars <= 0 returns an
 * empty string.
 */
QString foldSnippet(const QString &text, int maxChars);

} // namespace fi::mime
