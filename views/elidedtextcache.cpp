#include "elidedtextcache.h"

#include <QFontMetrics>
#include <QPainter>
#include <QRect>

namespace fi {

void ElidedTextCache::setBaseFont(const QFont &font)
{
    if (font == m_baseFont && font.resolveMask() == m_baseFont.resolveMask())
        return;
    m_baseFont = font;
    m_lines.clear();
}

qreal ElidedTextCache::draw(QPainter *painter, int slot, const QRect &rect, const QString &text,
                            Qt::Alignment alignment)
{
    if (text.isEmpty() || rect.width() <= 0)
        return 0;
    Key key{text, rect.width(), slot};
    auto it = m_lines.find(key);
    if (it == m_lines.end()) {
        if (m_lines.size() >= kMaxEntries)
            m_lines.clear();
        const QFontMetrics fm(painter->font());
        QStaticText line(fm.elidedText(text, Qt::ElideRight, rect.width()));
        line.setTextFormat(Qt::PlainText); // text from strangers is text
        line.prepare(painter->transform(), painter->font());
        it = m_lines.insert(std::move(key), std::move(line));
    }
    const QSizeF size = it->size();
    qreal x = rect.left();
    if (alignment & Qt::AlignRight)
        x = rect.left() + rect.width() - size.width();
    else if (alignment & Qt::AlignHCenter)
        x = rect.left() + (rect.width() - size.width()) / 2;
    const qreal y = rect.top() + (rect.height() - size.height()) / 2;
    painter->drawStaticText(QPointF(x, y), *it);
    return size.width();
}

} // namespace fi
