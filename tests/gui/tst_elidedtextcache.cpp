// ElidedTextCache: lines drawn from the cache look like lines drawn by QPainter::drawText with
// the same elision, markup from strangers is drawn as characters, and a font change is noticed.
#include "elidedtextcache.h"

#include <QApplication>
#include <QFontMetrics>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace fi;

namespace {

QImage blank(QSize size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    return image;
}

/// Columns that hold a dark pixel, leftmost and rightmost; {-1, -1} for a blank image.
std::pair<int, int> inkColumns(const QImage &image)
{
    int first = -1;
    int last = -1;
    for (int x = 0; x < image.width(); ++x) {
        for (int y = 0; y < image.height(); ++y) {
            if (qGray(image.pixel(x, y)) < 128) {
                if (first < 0)
                    first = x;
                last = x;
                break;
            }
        }
    }
    return {first, last};
}

} // namespace

class TestElidedTextCache : public QObject {
    Q_OBJECT

    QFont m_font;

private Q_SLOTS:
    void initTestCase() { m_font = QApplication::font(); }

    void longTextIsElidedToTheRect()
    {
        ElidedTextCache cache;
        cache.setBaseFont(m_font);
        const QString text = QStringLiteral("Quarterly budget review for the platform team, with every line item");
        const QFontMetrics fm(m_font);
        const QRect rect(10, 0, fm.horizontalAdvance(text) / 3, fm.height());
        QImage image = blank({rect.right() + 40, rect.height()});
        QPainter painter(&image);
        painter.setFont(m_font);
        painter.setPen(Qt::black);
        const qreal drawn = cache.draw(&painter, 0, rect, text);
        painter.end();
        QVERIFY(drawn <= rect.width());
        QCOMPARE(qRound(drawn), fm.horizontalAdvance(fm.elidedText(text, Qt::ElideRight, rect.width())));
        const auto [first, last] = inkColumns(image);
        QVERIFY(first >= rect.left());
        QVERIFY2(last <= rect.right(), qPrintable(QString::number(last)));
    }

    void markupIsDrawnAsCharacters()
    {
        ElidedTextCache cache;
        cache.setBaseFont(m_font);
        const QString text = QStringLiteral("<b>Pay now</b> <img src=\"https://tracker.example/x.png\">");
        const QFontMetrics fm(m_font);
        QImage image = blank({fm.horizontalAdvance(text) + 20, fm.height()});
        QPainter painter(&image);
        painter.setFont(m_font);
        painter.setPen(Qt::black);
        const qreal drawn = cache.draw(&painter, 0, image.rect(), text);
        painter.end();
        QCOMPARE(qRound(drawn), fm.horizontalAdvance(text)); // every '<' and tag letter is there
    }

    void rightAlignedTextEndsAtTheRightEdge()
    {
        ElidedTextCache cache;
        cache.setBaseFont(m_font);
        const QFontMetrics fm(m_font);
        const QRect rect(0, 0, 300, fm.height());
        QImage image = blank(rect.size());
        QPainter painter(&image);
        painter.setFont(m_font);
        painter.setPen(Qt::black);
        cache.draw(&painter, 0, rect, QStringLiteral("3 h"), Qt::AlignRight);
        painter.end();
        const auto [first, last] = inkColumns(image);
        QVERIFY2(first > rect.width() / 2, qPrintable(QString::number(first)));
        QVERIFY2(last >= rect.right() - 3, qPrintable(QString::number(last)));
    }

    void sameLineIsLaidOutOnceAndAFontChangeForgetsIt()
    {
        ElidedTextCache cache;
        cache.setBaseFont(m_font);
        const QRect rect(0, 0, 200, 20);
        QImage image = blank(rect.size());
        QPainter painter(&image);
        painter.setFont(m_font);
        cache.draw(&painter, 0, rect, QStringLiteral("Ana Souza"));
        cache.draw(&painter, 0, rect, QStringLiteral("Ana Souza"));
        QCOMPARE(cache.size(), 1);
        cache.draw(&painter, 1, rect, QStringLiteral("Ana Souza")); // another font slot
        cache.draw(&painter, 0, rect.adjusted(0, 0, -50, 0), QStringLiteral("Ana Souza")); // narrower
        QCOMPARE(cache.size(), 3);
        painter.end();
        QFont bigger = m_font;
        bigger.setPointSizeF(m_font.pointSizeF() * 2);
        cache.setBaseFont(bigger);
        QCOMPARE(cache.size(), 0);
    }
};

QTEST_MAIN(TestElidedTextCache)
#include "tst_elidedtextcache.moc"
