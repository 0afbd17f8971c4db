#include "deadlinebadge.h"

namespace fi {

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

BadgeStyle deadlineBadgeStyle(DeadlineState state, const QPalette &palette)
{
    const bool dark = isDarkPalette(palette);
    switch (state) {
    case DeadlineState::Overdue:
        return {dark ? QColor(0xC2, 0x4A, 0x46) : QColor(0xC6, 0x3D, 0x3A), QColor(Qt::white)};
    case DeadlineState::DueSoon:
        return {dark ? QColor(0xC8, 0x8A, 0x2A) : QColor(0xF0, 0xB4, 0x4C),
                dark ? QColor(0x1E, 0x14, 0x00) : QColor(0x4A, 0x30, 0x00)};
    case DeadlineState::OnTrack:
        return {dark ? QColor(0x2B, 0x4D, 0x38) : QColor(0xDD, 0xEF, 0xE2),
                dark ? QColor(0xB5, 0xE0, 0xC2) : QColor(0x23, 0x6B, 0x3E)};
    case DeadlineState::Met: {
        QColor fill = palette.color(QPalette::Mid);
        fill.setAlpha(70);
        return {fill, palette.color(QPalette::PlaceholderText)};
    }
    case DeadlineState::Missed:
        return {dark ? QColor(0x4A, 0x2A, 0x2A) : QColor(0xF6, 0xE0, 0xDF),
                dark ? QColor(0xE8, 0xA8, 0xA5) : QColor(0x9A, 0x33, 0x30)};
    case DeadlineState::None:
        break;
    }
    return {};
}

BadgeStyle snoozeBadgeStyle(const QPalette &palette)
{
    const bool dark = isDarkPalette(palette);
    return {dark ? QColor(0x35, 0x3A, 0x5E) : QColor(0xE4, 0xE6, 0xF7),
            dark ? QColor(0xC3, 0xC8, 0xF2) : QColor(0x3A, 0x40, 0x8C)};
}

} // namespace fi
