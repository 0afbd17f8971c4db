#pragma once
/// @file elidedtextcache.h
/// @brief Single lines of plain text, elided to a width and laid out once (QStaticText), so a
/// list that repaints its visible rows does not shape the same strings again.

#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QString>

class QPainter;
class QRect;

namespace fi {

/**
 * @brief A bounded cache of elided, laid-out text lines for a delegate. GUI thread only.
 *
 * A repaint of a list (an undo that puts a row back, a scroll, a selection change) draws the same
 * sender, subject and snippet strings again. Eliding a string (QFontMetrics::elidedText) and
 * drawing it (QPainter::drawText) shape the whole string each time, which costs most of a row's
 * paint. Here each (font slot, width, text) is elided and laid out on first use and drawn from
 * the cache after that (QPainter::drawStaticText, which only re-lays out for another font or a
 * non-translating transform).
 *
 * Text is always Qt::PlainText: sender names and subjects come from strangers (never rich text).
 * The cache holds at most kMaxEntries lines; when full it starts over (a screen of rows needs a
 * few dozen). Fonts are named by a caller-chosen slot (0..255) and the cache forgets everything
 * when the base font given to setBaseFont() changes (a font or style change).
 */
class ElidedTextCache {
public:
    static constexpr int kMaxEntries = 4096;

    /// Forget every line when @p font differs from the base font of the cached lines.
    void setBaseFont(const QFont &font);

    /**
     * @brief Draw @p text on one line within @p rect, elided at the right to rect.width() px.
     * @param painter its font must already be the font of @p slot (the layout is made with it).
     * @param slot which of the caller's fonts is set (for example 0 = sender, 1 = bold sender).
     * @param alignment Qt::AlignLeft, Qt::AlignRight or Qt::AlignHCenter, always centred vertically.
     * @return the width in px of what was drawn.
     */
    qreal draw(QPainter *painter, int slot, const QRect &rect, const QString &text,
               Qt::Alignment alignment = Qt::AlignLeft);

    /// Lines held now (for tests).
    qsizetype size() const { return m_lines.size(); }

private:
    struct Key {
        QString text;
        int width = 0;
        int slot = 0;
        friend bool operator==(const Key &a, const Key &b)
        {
            return a.width == b.width && a.slot == b.slot && a.text == b.text;
        }
        friend size_t qHash(const Key &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.text, key.width, key.slot);
        }
    };
    QFont m_baseFont;
    QHash<Key, QStaticText> m_lines;
};

} // namespace fi
