#pragma once
/// @file weekgrid.h
/// @brief Preferences ▸ Focus: the weekly focus schedule drawn as a week (Mon…Sun columns,
/// 00:00…24:00 rows, 15-minute steps) that the user edits with the mouse or the keyboard.
///
/// Mouse: drag on empty space draws a block on that day; drag a block's top or bottom edge to
/// resize it (the bottom edge may be dragged into the next day's column: past midnight); drag its
/// body to move it (also to another day); Delete/Backspace or the context menu's "Delete block"
/// removes the selected one. Keyboard: arrow keys select the previous/next block, Shift+Up/Down
/// shortens/lengthens it, Ctrl+Up/Down moves it by 15 minutes, Escape cancels a drag.
/// A block on several days is drawn on each; editing one of its days splits that day off into a
/// block of its own, so the other days keep their times. Times are wall-clock times in the
/// schedule's zone (the grid shows them as they are; it does no zone conversion). GUI thread only.

#include "focus/focusschedule.h"

#include <QRectF>
#include <QWidget>

#include <optional>

namespace fi {

class WeekGrid : public QWidget {
    Q_OBJECT
public:
    explicit WeekGrid(QWidget *parent = nullptr);

    /// Show @p schedule's blocks and keep its zone (one-off extra intervals are not shown or kept).
    void setSchedule(const FocusSchedule &schedule);
    /// The zone given to setSchedule()/setTimeZone() with the edited blocks.
    FocusSchedule schedule() const;
    const QList<FocusBlock> &blocks() const { return m_blocks; }
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }

    /// Widget coordinates of wall-clock @p time on @p dayOfWeek (1 = Monday … 7 = Sunday): the
    /// middle of the day's column, at the row of that time (for tests and accessibility tools).
    QPoint pointFor(int dayOfWeek, QTime time) const;
    /// As pointFor() for @p minuteOfDay 0…1440 (1440 = the bottom edge, 24:00).
    QPoint pointForMinute(int dayOfWeek, int minuteOfDay) const;

    /// The selected block's index in blocks() and the day it is selected on; -1/0 when none.
    int selectedBlock() const { return m_selBlock; }
    int selectedDay() const { return m_selDay; }
    void select(int blockIndex, int dayOfWeek);
    /// Remove the selected day of the selected block (the whole block if it has one day).
    void deleteSelected();

    /// "Tue 09:00–11:00; Wed 22:00–02:00" (also the accessible description), "" when empty.
    QString summary() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// The blocks changed (drawn, resized, moved, deleted), also while a drag goes on.
    void changed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    enum class Drag { None, Create, ResizeTop, ResizeBottom, Move };
    enum class Part { Body, Top, Bottom };
    /// One painted piece of a block on one day (a block past midnight has two).
    struct Segment {
        int block = -1;
        int day = 0;  ///< The day the block starts on (its selection key).
        QRectF rect;
        bool first = true;  ///< Holds the block's start (top edge).
        bool last = true;   ///< Holds the block's end (bottom edge).
    };
    struct Hit {
        int block = -1;
        int day = 0;
        Part part = Part::Body;
    };

    QRectF gridRect() const;
    double columnWidth() const;
    double yForMinute(double minute) const;
    /// Nearest 15-minute step (0…1440) at widget y.
    int minuteAt(double y) const;
    /// Column 0…6 at widget x (clamped).
    int columnAt(double x) const;
    QList<Segment> segments() const;
    std::optional<Hit> hitAt(QPointF pos) const;
    /// Make day @p day of block @p index a block of its own. @return its index.
    int isolate(int index, int day);
    /// (block, day) pairs ordered by day, then start.
    QList<std::pair<int, int>> ordered() const;
    void selectStep(int step);
    /// Change the selected block: shift its start by @p startBy and its end by @p endBy minutes.
    void nudgeSelected(int startBy, int endBy);
    void dragTo(QPointF pos);
    void blocksChanged();
    static QString rangeText(QTime start, QTime end);

    QTimeZone m_zone;
    QList<FocusBlock> m_blocks;
    int m_selBlock = -1;
    int m_selDay = 0;

    Drag m_drag = Drag::None;
    bool m_isolated = false;    ///< The dragged day has been split off (on the first move).
    QPointF m_pressPos;
    QList<FocusBlock> m_beforeDrag;  ///< Restored by Escape.
    FocusBlock m_dragOriginal;       ///< The dragged block as it was at the press (single day).
    int m_createDay = 0;
    int m_createFrom = 0;
    int m_createTo = 0;
};

} // namespace fi
