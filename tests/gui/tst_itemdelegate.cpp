// ItemDelegate: the due badge's text and colour per deadline state, rendered into images.

#include "deadlinebadge.h"
#include "inboxmodel.h"
#include "itemdelegate.h"

#include <QApplication>
#include <QImage>
#include <QListView>
#include <QPainter>
#include <QStandardItemModel>
#include <QTest>

using namespace fi;

namespace {

QStandardItem *makeRow(DeadlineState state, const QString &dueText, bool seen = true)
{
    auto *row = new QStandardItem;
    row->setData(QStringLiteral("Ada Lovelace"), InboxModel::SenderRole);
    row->setData(QStringLiteral("Analytical engine notes"), InboxModel::SubjectRole);
    row->setData(QStringLiteral("Please review the attached notes before Friday."), InboxModel::SnippetRole);
    row->setData(QStringLiteral("Work mail"), InboxModel::SourceRole);
    row->setData(QStringLiteral("3h"), InboxModel::AgeTextRole);
    row->setData(int(state), InboxModel::DeadlineStateRole);
    row->setData(dueText, InboxModel::DueTextRole);
    row->setData(seen, InboxModel::SeenRole);
    return row;
}

struct Rendered {
    QImage image;
    QRect badge; ///< In logical (device-independent) pixels.
};

Rendered render(QListView &view, ItemDelegate &delegate, const QModelIndex &index, qreal dpr)
{
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.widget = &view;
    option.font = view.font();
    option.fontMetrics = QFontMetrics(option.font);
    option.state = QStyle::State_Enabled | QStyle::State_Active;
    const QSize size = delegate.sizeHint(option, index).expandedTo(QSize(520, 0));
    option.rect = QRect(QPoint(0, 0), size);

    Rendered out;
    out.image = QImage(size * dpr, QImage::Format_ARGB32_Premultiplied);
    out.image.setDevicePixelRatio(dpr);
    out.image.fill(view.palette().color(QPalette::Base));
    QPainter painter(&out.image);
    delegate.paint(&painter, option, index);
    painter.end();
    out.badge = delegate.badgeRect(option, index);
    return out;
}

/// Colour just inside the pill's left end (before the text starts).
QColor badgeFillAt(const Rendered &r)
{
    const qreal dpr = r.image.devicePixelRatio();
    const QPoint p(qRound((r.badge.left() + 3) * dpr), qRound(r.badge.center().y() * dpr));
    return r.image.pixelColor(p);
}

bool near(const QColor &a, const QColor &b, int tolerance = 12)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
        && std::abs(a.blue() - b.blue()) <= tolerance;
}

} // namespace

class TestItemDelegate : public QObject {
    Q_OBJECT

    QStandardItemModel m_model;
    QListView m_view;
    ItemDelegate m_delegate;

private Q_SLOTS:
    void initTestCase()
    {
        m_model.appendRow(makeRow(DeadlineState::Overdue, QStringLiteral("overdue 1d 2h")));
        m_model.appendRow(makeRow(DeadlineState::DueSoon, QStringLiteral("due in 40m")));
        m_model.appendRow(makeRow(DeadlineState::OnTrack, QStringLiteral("due in 3h 20m")));
        m_model.appendRow(makeRow(DeadlineState::None, QString()));
        m_model.appendRow(makeRow(DeadlineState::Met, QStringLiteral("met")));
        m_view.setModel(&m_model);
        m_view.resize(520, 400);
    }

    void badgeColoursFollowState_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<qreal>("dpr");
        for (qreal dpr : {1.0, 2.0}) {
            const QByteArray suffix = dpr > 1 ? " @2x" : " @1x";
            QTest::newRow(QByteArray("overdue" + suffix).constData()) << 0 << dpr;
            QTest::newRow(QByteArray("due soon" + suffix).constData()) << 1 << dpr;
            QTest::newRow(QByteArray("on track" + suffix).constData()) << 2 << dpr;
        }
    }

    void badgeColoursFollowState()
    {
        QFETCH(int, row);
        QFETCH(qreal, dpr);
        const QModelIndex index = m_model.index(row, 0);
        const Rendered r = render(m_view, m_delegate, index, dpr);
        QVERIFY(!r.badge.isNull());
        QVERIFY(QRect(QPoint(0, 0), r.image.deviceIndependentSize().toSize()).contains(r.badge));
        const QColor fill = badgeFillAt(r);
        const auto state = DeadlineState(index.data(InboxModel::DeadlineStateRole).toInt());
        QVERIFY2(near(fill, deadlineBadgeStyle(state, m_view.palette()).fill),
                 qPrintable(fill.name()));
        switch (state) {
        case DeadlineState::Overdue: // red
            QVERIFY2(fill.red() > fill.green() + 80 && fill.red() > fill.blue() + 80, qPrintable(fill.name()));
            break;
        case DeadlineState::DueSoon: // amber: red and green high, blue low
            QVERIFY2(fill.red() > fill.blue() + 80 && fill.green() > fill.blue() + 40
                         && fill.red() >= fill.green(), qPrintable(fill.name()));
            break;
        case DeadlineState::OnTrack: // green tint
            QVERIFY2(fill.green() > fill.red() && fill.green() > fill.blue(), qPrintable(fill.name()));
            break;
        default:
            QFAIL("unexpected row");
        }
    }

    void noDeadlineDrawsNoBadge()
    {
        const Rendered r = render(m_view, m_delegate, m_model.index(3, 0), 1.0);
        QVERIFY(r.badge.isNull());
        // The right end of the subject line stays background: nothing painted there.
        const Rendered overdue = render(m_view, m_delegate, m_model.index(0, 0), 1.0);
        const QPoint probe(overdue.badge.left() + 3, overdue.badge.center().y());
        QVERIFY(near(r.image.pixelColor(probe), m_view.palette().color(QPalette::Base), 4));
    }

    void badgeWidthFollowsText()
    {
        QStyleOptionViewItem option;
        option.initFrom(&m_view);
        option.rect = QRect(0, 0, 520, 80);
        const QRect longBadge = m_delegate.badgeRect(option, m_model.index(0, 0));  // "overdue 1d 2h"
        const QRect shortBadge = m_delegate.badgeRect(option, m_model.index(4, 0)); // "met"
        QVERIFY(longBadge.width() > shortBadge.width());
        QCOMPARE(longBadge.right(), shortBadge.right()); // right-aligned
    }

    void stylesAreDistinctAndPaletteAware()
    {
        QPalette light;
        light.setColor(QPalette::Window, Qt::white);
        light.setColor(QPalette::WindowText, Qt::black);
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::WindowText, QColor(0xEE, 0xEE, 0xEE));
        QVERIFY(!isDarkPalette(light));
        QVERIFY(isDarkPalette(dark));
        for (const QPalette &palette : {light, dark}) {
            const QColor overdue = deadlineBadgeStyle(DeadlineState::Overdue, palette).fill;
            const QColor soon = deadlineBadgeStyle(DeadlineState::DueSoon, palette).fill;
            const QColor onTrack = deadlineBadgeStyle(DeadlineState::OnTrack, palette).fill;
            QVERIFY(overdue != soon && soon != onTrack && overdue != onTrack);
            QVERIFY(!deadlineBadgeStyle(DeadlineState::None, palette).fill.isValid());
        }
        // On-track green is a light tint on light palettes and a dark one on dark palettes.
        QVERIFY(deadlineBadgeStyle(DeadlineState::OnTrack, light).fill.lightness() > 180);
        QVERIFY(deadlineBadgeStyle(DeadlineState::OnTrack, dark).fill.lightness() < 100);
    }

    void rowHeightScalesWithFont()
    {
        QStyleOptionViewItem small;
        small.initFrom(&m_view);
        small.font.setPointSize(9);
        QStyleOptionViewItem large = small;
        large.font.setPointSize(18);
        QVERIFY(m_delegate.sizeHint(large, m_model.index(0, 0)).height()
                > m_delegate.sizeHint(small, m_model.index(0, 0)).height() * 3 / 2);
    }
};

QTEST_MAIN(TestItemDelegate)
#include "tst_itemdelegate.moc"
