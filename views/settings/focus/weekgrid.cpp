#include "settings/focus/weekgrid.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace fi {

namespace {

constexpr int kDayMinutes = 24 * 60;
constexpr int kWeekMinutes = 7 * kDayMinutes;
constexpr int kStep = 15;        ///< Snapping and keyboard step, minutes.
constexpr double kEdgePx = 4.0;  ///< How close to a block's top/bottom a press resizes it.

int minutesOf(QTime t) { return t.hour() * 60 + t.minute(); }

/// Minute of the day (any integer; wrapped into 0…1439) as a wall-clock time.
QTime timeOf(int minute)
{
    const int m = ((minute % kDayMinutes) + kDayMinutes) % kDayMinutes;
    return QTime(m / 60, m % 60);
}

/// std::clamp that tolerates lo > hi (then lo wins), for blocks read from config.json that are
/// not on the 15-minute grid.
int clampTo(int value, int lo, int hi) { return std::max(lo, std::min(value, hi)); }

/// Start and end of @p block in minutes from its start day's midnight; end in (start, start + 1440].
std::pair<int, int> spanOf(const FocusBlock &block)
{
    const int s = minutesOf(block.start);
    int e = minutesOf(block.end);
    if (e <= s)
        e += kDayMinutes;
    return {s, e};
}

} // namespace

WeekGrid::WeekGrid(QWidget *parent) : QWidget(parent), m_zone(QTimeZone::systemTimeZone())
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Weekly focus schedule"));
    setAccessibleDescription(tr("No focus blocks"));
}

void WeekGrid::setSchedule(const FocusSchedule &schedule)
{
    m_zone = schedule.zone();
    m_blocks = schedule.blocks();
    m_blocks.removeIf([](const FocusBlock &b) { return b.days.isEmpty() || !b.start.isValid() || !b.end.isValid(); });
    m_selBlock = -1;
    m_selDay = 0;
    m_drag = Drag::None;
    blocksChanged();
}

FocusSchedule WeekGrid::schedule() const { return FocusSchedule(m_zone, m_blocks); }

QSize WeekGrid::sizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    return {fm.horizontalAdvance(QStringLiteral("00:00")) + 12 + 7 * 84, fm.height() + 8 + 24 * 18};
}

QSize WeekGrid::minimumSizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    return {fm.horizontalAdvance(QStringLiteral("00:00")) + 12 + 7 * 36, fm.height() + 8 + 24 * 10};
}

// --- geometry ---------------------------------------------------------------------------------

QRectF WeekGrid::gridRect() const
{
    const QFontMetrics fm = fontMetrics();
    const double gutter = fm.horizontalAdvance(QStringLiteral("00:00")) + 12;
    const double header = fm.height() + 8;
    return QRectF(gutter, header, std::max(7.0, width() - gutter - 1), std::max(24.0, height() - header - 1));
}

double WeekGrid::columnWidth() const { return gridRect().width() / 7.0; }

double WeekGrid::yForMinute(double minute) const
{
    const QRectF g = gridRect();
    return g.top() + minute * g.height() / kDayMinutes;
}

int WeekGrid::minuteAt(double y) const
{
    const QRectF g = gridRect();
    const double minute = (y - g.top()) * kDayMinutes / g.height();
    return std::clamp(int(std::lround(minute / kStep)) * kStep, 0, kDayMinutes);
}

int WeekGrid::columnAt(double x) const
{
    const QRectF g = gridRect();
    return std::clamp(int(std::floor((x - g.left()) / columnWidth())), 0, 6);
}

QPoint WeekGrid::pointForMinute(int dayOfWeek, int minuteOfDay) const
{
    const QRectF g = gridRect();
    const double x = g.left() + (std::clamp(dayOfWeek, 1, 7) - 0.5) * columnWidth();
    return QPointF(x, yForMinute(std::clamp(minuteOfDay, 0, kDayMinutes))).toPoint();
}

QPoint WeekGrid::pointFor(int dayOfWeek, QTime time) const { return pointForMinute(dayOfWeek, minutesOf(time)); }

QList<WeekGrid::Segment> WeekGrid::segments() const
{
    QList<Segment> out;
    const QRectF g = gridRect();
    const double w = columnWidth();
    for (int i = 0; i < m_blocks.size(); ++i) {
        const auto [s, e] = spanOf(m_blocks.at(i));
        for (int day : m_blocks.at(i).days) {
            const double x = g.left() + (day - 1) * w + 2;
            const double top = yForMinute(s);
            out.append({i, day, QRectF(x, top, w - 4, yForMinute(std::min(e, kDayMinutes)) - top), true,
                        e <= kDayMinutes});
            if (e > kDayMinutes) {  // past midnight: the rest on the next day's column (Sunday → Monday)
                const double x2 = g.left() + (day % 7) * w + 2;
                out.append({i, day, QRectF(x2, g.top(), w - 4, yForMinute(e - kDayMinutes) - g.top()), false, true});
            }
        }
    }
    return out;
}

std::optional<WeekGrid::Hit> WeekGrid::hitAt(QPointF pos) const
{
    const QList<Segment> all = segments();
    for (auto it = all.crbegin(); it != all.crend(); ++it) {  // the last painted is on top
        const double edge = std::min(kEdgePx, it->rect.height() / 3);
        if (!it->rect.adjusted(0, -edge, 0, edge).contains(pos))
            continue;
        Part part = Part::Body;
        if (it->first && pos.y() <= it->rect.top() + edge)
            part = Part::Top;
        else if (it->last && pos.y() >= it->rect.bottom() - edge)
            part = Part::Bottom;
        return Hit{it->block, it->day, part};
    }
    return std::nullopt;
}

// --- editing ----------------------------------------------------------------------------------

int WeekGrid::isolate(int index, int day)
{
    FocusBlock &block = m_blocks[index];
    if (block.days.size() <= 1)
        return index;
    block.days.removeAll(day);
    m_blocks.append(FocusBlock{{day}, block.start, block.end});
    return int(m_blocks.size()) - 1;
}

QList<std::pair<int, int>> WeekGrid::ordered() const
{
    QList<std::pair<int, int>> refs;
    for (int i = 0; i < m_blocks.size(); ++i) {
        for (int day : m_blocks.at(i).days)
            refs.append({i, day});
    }
    std::sort(refs.begin(), refs.end(), [this](const auto &a, const auto &b) {
        const int sa = (a.second - 1) * kDayMinutes + minutesOf(m_blocks.at(a.first).start);
        const int sb = (b.second - 1) * kDayMinutes + minutesOf(m_blocks.at(b.first).start);
        return sa != sb ? sa < sb : a.first < b.first;
    });
    return refs;
}

void WeekGrid::select(int blockIndex, int dayOfWeek)
{
    if (blockIndex >= 0 && blockIndex < m_blocks.size() && m_blocks.at(blockIndex).days.contains(dayOfWeek)) {
        m_selBlock = blockIndex;
        m_selDay = dayOfWeek;
    } else {
        m_selBlock = -1;
        m_selDay = 0;
    }
    update();
}

void WeekGrid::selectStep(int step)
{
    const QList<std::pair<int, int>> refs = ordered();
    if (refs.isEmpty())
        return;
    const qsizetype at = refs.indexOf(std::pair{m_selBlock, m_selDay});
    qsizetype next = 0;
    if (at < 0)
        next = step > 0 ? 0 : refs.size() - 1;
    else
        next = ((at + step) % refs.size() + refs.size()) % refs.size();
    select(refs.at(next).first, refs.at(next).second);
}

void WeekGrid::deleteSelected()
{
    if (m_selBlock < 0 || m_selBlock >= m_blocks.size())
        return;
    FocusBlock &block = m_blocks[m_selBlock];
    block.days.removeAll(m_selDay);
    if (block.days.isEmpty())
        m_blocks.removeAt(m_selBlock);
    m_selBlock = -1;
    m_selDay = 0;
    blocksChanged();
}

void WeekGrid::nudgeSelected(int startBy, int endBy)
{
    if (m_selBlock < 0 || m_selBlock >= m_blocks.size())
        return;
    const FocusBlock &current = m_blocks.at(m_selBlock);
    const FocusBlock old{{m_selDay}, current.start, current.end};
    const auto [s0, e0] = spanOf(old);
    int day = m_selDay;
    int s = s0;
    int e = e0;
    if (startBy == endBy) {  // move, possibly across midnight into the next/previous day
        const int abs = (((day - 1) * kDayMinutes + s0 + startBy) % kWeekMinutes + kWeekMinutes) % kWeekMinutes;
        day = abs / kDayMinutes + 1;
        s = abs % kDayMinutes;
        e = s + (e0 - s0);
    } else {
        s = clampTo(s0 + startBy, std::max(0, e0 - kDayMinutes), std::min(e0, kDayMinutes) - kStep);
        e = clampTo(e0 + endBy, s + kStep, s + kDayMinutes);
    }
    const FocusBlock moved{{day}, timeOf(s), timeOf(e)};
    if (moved == old)
        return;
    m_selBlock = isolate(m_selBlock, m_selDay);
    m_blocks[m_selBlock] = moved;
    m_selDay = day;
    blocksChanged();
}

void WeekGrid::dragTo(QPointF pos)
{
    if (m_drag == Drag::Create) {
        const int to = minuteAt(pos.y());
        if (to != m_createTo) {
            m_createTo = to;
            update();
        }
        return;
    }
    const auto [s0, e0] = spanOf(m_dragOriginal);
    const int day0 = m_dragOriginal.days.value(0, 1);
    int day = day0;
    int s = s0;
    int e = e0;
    switch (m_drag) {
    case Drag::ResizeTop:
        s = clampTo(minuteAt(pos.y()), std::max(0, e0 - kDayMinutes), std::min(e0, kDayMinutes) - kStep);
        break;
    case Drag::ResizeBottom: {
        // The next day's column continues the start day past midnight.
        const bool nextDay = (columnAt(pos.x()) - (day0 - 1) + 7) % 7 == 1;
        e = clampTo((nextDay ? kDayMinutes : 0) + minuteAt(pos.y()), s0 + kStep, s0 + kDayMinutes);
        break;
    }
    case Drag::Move: {
        const int by = minuteAt(pos.y()) - minuteAt(m_pressPos.y())
                       + (columnAt(pos.x()) - columnAt(m_pressPos.x())) * kDayMinutes;
        const int abs = (((day0 - 1) * kDayMinutes + s0 + by) % kWeekMinutes + kWeekMinutes) % kWeekMinutes;
        day = abs / kDayMinutes + 1;
        s = abs % kDayMinutes;
        e = s + (e0 - s0);
        break;
    }
    case Drag::None:
    case Drag::Create:
        return;
    }
    const FocusBlock moved{{day}, timeOf(s), timeOf(e)};
    if (!m_isolated) {
        if (moved == m_dragOriginal)
            return;  // a click, not (yet) an edit: a multi-day block stays whole
        m_selBlock = isolate(m_selBlock, m_selDay);
        m_isolated = true;
    }
    if (m_blocks.at(m_selBlock) == moved)
        return;
    m_blocks[m_selBlock] = moved;
    m_selDay = day;
    blocksChanged();
}

void WeekGrid::blocksChanged()
{
    const QString text = summary();
    setAccessibleDescription(text.isEmpty() ? tr("No focus blocks") : text);
    update();
    Q_EMIT changed();
}

QString WeekGrid::rangeText(QTime start, QTime end)
{
    //: A focus block's time range, e.g. "09:00–11:00".
    return tr("%1–%2").arg(start.toString(QStringLiteral("HH:mm")), end.toString(QStringLiteral("HH:mm")));
}

QString WeekGrid::summary() const
{
    QStringList parts;
    const QLocale locale;
    for (const auto &[index, day] : ordered()) {
        const FocusBlock &b = m_blocks.at(index);
        //: One block in the schedule summary: weekday and time range, e.g. "Tue 09:00–11:00".
        parts << tr("%1 %2").arg(locale.dayName(day, QLocale::ShortFormat), rangeText(b.start, b.end));
    }
    return parts.join(QStringLiteral("; "));
}

// --- events -----------------------------------------------------------------------------------

void WeekGrid::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    const QPointF pos = event->position();
    m_pressPos = pos;
    m_beforeDrag = m_blocks;
    m_isolated = false;
    if (const auto hit = hitAt(pos)) {
        select(hit->block, hit->day);
        const FocusBlock &b = m_blocks.at(hit->block);
        m_dragOriginal = FocusBlock{{hit->day}, b.start, b.end};
        m_drag = hit->part == Part::Top ? Drag::ResizeTop : hit->part == Part::Bottom ? Drag::ResizeBottom : Drag::Move;
    } else if (gridRect().contains(pos)) {
        select(-1, 0);
        m_drag = Drag::Create;
        m_createDay = columnAt(pos.x()) + 1;
        m_createFrom = m_createTo = minuteAt(pos.y());
    }
    event->accept();
}

void WeekGrid::mouseMoveEvent(QMouseEvent *event)
{
    if (m_drag != Drag::None) {
        dragTo(event->position());
        return;
    }
    const auto hit = hitAt(event->position());
    if (!hit)
        unsetCursor();
    else if (hit->part == Part::Body)
        setCursor(Qt::SizeAllCursor);
    else
        setCursor(Qt::SizeVerCursor);
}

void WeekGrid::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_drag == Drag::None) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    dragTo(event->position());
    const Drag drag = m_drag;
    m_drag = Drag::None;
    if (drag == Drag::Create) {
        if (m_createFrom != m_createTo) {
            const int s = std::min(m_createFrom, m_createTo);
            const int e = std::max(m_createFrom, m_createTo);
            m_blocks.append(FocusBlock{{m_createDay}, timeOf(s), timeOf(e)});
            m_selBlock = int(m_blocks.size()) - 1;
            m_selDay = m_createDay;
            blocksChanged();
        }
        update();
    }
}

void WeekGrid::keyPressEvent(QKeyEvent *event)
{
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    switch (event->key()) {
    case Qt::Key_Escape:
        if (m_drag == Drag::None)
            break;
        m_drag = Drag::None;
        if (m_blocks != m_beforeDrag) {
            m_blocks = m_beforeDrag;
            m_selBlock = -1;
            m_selDay = 0;
            blocksChanged();
        }
        update();
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (m_selBlock < 0)
            break;
        deleteSelected();
        return;
    case Qt::Key_Up:
    case Qt::Key_Down: {
        const int step = event->key() == Qt::Key_Up ? -kStep : kStep;
        if (shift && m_selBlock >= 0)
            nudgeSelected(0, step);
        else if (ctrl && m_selBlock >= 0)
            nudgeSelected(step, step);
        else
            selectStep(step > 0 ? 1 : -1);
        return;
    }
    case Qt::Key_Left:
    case Qt::Key_Right:
        selectStep(event->key() == Qt::Key_Left ? -1 : 1);
        return;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void WeekGrid::contextMenuEvent(QContextMenuEvent *event)
{
    if (event->reason() != QContextMenuEvent::Keyboard) {
        const auto hit = hitAt(event->pos());
        select(hit ? hit->block : -1, hit ? hit->day : 0);
    }
    QMenu menu(this);
    QAction *remove = menu.addAction(tr("Delete block"));
    remove->setEnabled(m_selBlock >= 0);
    connect(remove, &QAction::triggered, this, &WeekGrid::deleteSelected);
    menu.exec(event->globalPos());
}

void WeekGrid::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
}

void WeekGrid::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

// --- painting ---------------------------------------------------------------------------------

void WeekGrid::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette pal = palette();
    const QFontMetrics fm = fontMetrics();
    const QRectF g = gridRect();
    const double w = columnWidth();
    const double hourH = g.height() / 24;

    p.fillRect(rect(), pal.color(QPalette::Window));
    p.fillRect(g, pal.color(QPalette::Base));

    // Day names above the columns, hour labels in the gutter.
    p.setPen(pal.color(QPalette::WindowText));
    const QLocale locale;
    for (int day = 1; day <= 7; ++day) {
        const QRectF cell(g.left() + (day - 1) * w, 0, w, g.top());
        p.drawText(cell, Qt::AlignCenter, fm.elidedText(locale.dayName(day, QLocale::ShortFormat), Qt::ElideRight, int(w)));
    }
    int labelEvery = 12;
    for (int step : {1, 2, 3, 4, 6, 12}) {
        if (step * hourH >= fm.height()) {
            labelEvery = step;
            break;
        }
    }
    for (int hour = 0; hour < 24; hour += labelEvery) {
        const double y = std::max(g.top(), std::min(yForMinute(hour * 60) - fm.height() / 2.0, height() - double(fm.height())));
        p.drawText(QRectF(0, y, g.left() - 6, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                   QTime(hour, 0).toString(QStringLiteral("HH:mm")));
    }

    // Grid lines: hours (labelled ones stronger), days.
    QColor faint = pal.color(QPalette::Mid);
    faint.setAlphaF(0.35f);
    for (int hour = 0; hour <= 24; ++hour) {
        p.setPen(hour % labelEvery == 0 ? pal.color(QPalette::Mid) : faint);
        const double y = yForMinute(hour * 60);
        p.drawLine(QPointF(g.left(), y), QPointF(g.right(), y));
    }
    p.setPen(pal.color(QPalette::Mid));
    for (int col = 0; col <= 7; ++col) {
        const double x = g.left() + col * w;
        p.drawLine(QPointF(x, g.top()), QPointF(x, g.bottom()));
    }

    // Blocks.
    p.setRenderHint(QPainter::Antialiasing);
    const QColor fill = pal.color(QPalette::Highlight);
    for (const Segment &seg : segments()) {
        const bool selected = seg.block == m_selBlock && seg.day == m_selDay;
        p.setPen(QPen(selected ? pal.color(QPalette::Text) : fill.darker(130), selected ? 2 : 1));
        p.setBrush(fill);
        p.drawRoundedRect(seg.rect, 3, 3);
        if (seg.first && seg.rect.height() >= fm.height() + 2) {
            const FocusBlock &b = m_blocks.at(seg.block);
            const QString text = rangeText(b.start, b.end);
            const QRectF inner = seg.rect.adjusted(3, 1, -3, -1);
            const QString elided = fm.elidedText(text, Qt::ElideRight, int(inner.width()));
            p.setPen(pal.color(QPalette::HighlightedText));
            if (elided != text && inner.height() >= 2 * fm.lineSpacing())  // narrow column: start, then end
                p.drawText(inner, Qt::AlignLeft | Qt::AlignTop,
                           b.start.toString(QStringLiteral("HH:mm")) + QLatin1Char('\n') + b.end.toString(QStringLiteral("HH:mm")));
            else
                p.drawText(inner, Qt::AlignLeft | Qt::AlignTop, elided);
        }
    }

    // The block being drawn.
    if (m_drag == Drag::Create && m_createFrom != m_createTo) {
        QColor ghost = fill;
        ghost.setAlphaF(0.45f);
        p.setPen(QPen(fill, 1, Qt::DashLine));
        p.setBrush(ghost);
        const double top = yForMinute(std::min(m_createFrom, m_createTo));
        const double bottom = yForMinute(std::max(m_createFrom, m_createTo));
        p.drawRoundedRect(QRectF(g.left() + (m_createDay - 1) * w + 2, top, w - 4, bottom - top), 3, 3);
    }

    if (hasFocus() && m_selBlock < 0) {  // where the keyboard is, when no block shows it
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DotLine));
        p.drawRect(g.adjusted(1, 1, -1, -1));
    }
}

} // namespace fi
