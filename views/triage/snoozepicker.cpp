#include "triage/snoozepicker.h"

#include "snooze/snoozetext.h"
#include "triage/snoozechoicedelegate.h"

#include <QApplication>
#include <QDateTime>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPainterPath>
#include <QScreen>
#include <QVBoxLayout>

namespace fi {

namespace {

constexpr int kChoices = int(SnoozeChoice::NextMonday) + 1;

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

/// Why a choice is not available right now (its row's time text).
QString unavailableText(SnoozeChoice choice)
{
    return choice == SnoozeChoice::AfterFocus ? SnoozePicker::tr("no focus session")
                                              : SnoozePicker::tr("no working days set");
}

} // namespace

SnoozePicker::SnoozePicker(QWidget *parent)
    : QFrame(parent, Qt::Popup | Qt::FramelessWindowHint | Qt::NoDropShadowWindowHint)
{
    setObjectName(QStringLiteral("snoozePicker"));
    setAttribute(Qt::WA_TranslucentBackground);
    setAccessibleName(tr("Snooze"));
    m_context = [] {
        SnoozeContext c;
        c.nowMs = QDateTime::currentMSecsSinceEpoch();
        c.zone = QTimeZone::systemTimeZone();
        c.hours = WorkingHours::defaults();
        return c;
    };

    m_title = new QLabel(tr("Snooze until…"), this);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setWeight(QFont::DemiBold);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.08);
    m_title->setFont(titleFont);
    m_count = new QLabel(this);
    m_count->setTextFormat(Qt::PlainText);
    m_count->setObjectName(QStringLiteral("snoozeCount"));

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("snoozeChoices"));
    m_list->setAccessibleName(tr("Snooze choices"));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setItemDelegate(new SnoozeChoiceDelegate(m_list));
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setMouseTracking(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->viewport()->setAutoFillBackground(false);
    m_list->setAutoFillBackground(false);
    m_list->setStyleSheet(QStringLiteral("QListWidget { background: transparent; outline: none; }"));
    for (int i = 0; i < kChoices; ++i) {
        auto *row = new QListWidgetItem(snoozeChoiceLabel(SnoozeChoice(i)), m_list);
        row->setData(SnoozeChoiceDelegate::KeyRole, QString::number(i + 1));
    }
    const int rowHeight = m_list->sizeHintForRow(0);
    m_list->setFixedHeight(rowHeight * kChoices + 2 * m_list->frameWidth() + 2);

    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("snoozePhrase"));
    m_edit->setAccessibleName(tr("Snooze until a typed time"));
    m_edit->setPlaceholderText(tr("Or type a time: tue 14:30, in 3h, dec 5…"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMinimumHeight(QFontMetrics(m_edit->font()).height() * 2);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("snoozePreview"));
    m_preview->setTextFormat(Qt::PlainText);  // echoes what was typed
    m_preview->setWordWrap(true);
    m_preview->setMinimumHeight(QFontMetrics(m_preview->font()).height() * 2);
    m_preview->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(6, 0, 6, 0);
    header->addWidget(m_title);
    header->addStretch(1);
    header->addWidget(m_count);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 14, 14, 10);
    layout->setSpacing(8);
    layout->addLayout(header);
    layout->addWidget(m_list);
    layout->addSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_preview);
    setFixedWidth(QFontMetrics(font()).averageCharWidth() * 64);

    m_list->installEventFilter(this);
    m_edit->installEventFilter(this);
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) { chooseRow(m_list->row(item)); });
    connect(m_edit, &QLineEdit::textChanged, this, &SnoozePicker::updatePreview);
    connect(m_edit, &QLineEdit::returnPressed, this, &SnoozePicker::chooseTyped);
}

void SnoozePicker::popup(QWidget *anchor, int itemCount)
{
    m_done = false;
    m_returnFocus = QApplication::focusWidget();
    m_edit->clear();
    m_count->setText(itemCount > 1 ? tr("%n items", nullptr, itemCount) : QString());
    refreshChoices();
    updatePreview();
    adjustSize();
    if (anchor) {
        const QRect area = anchor->window()->frameGeometry();
        QPoint at(area.center().x() - width() / 2, area.top() + area.height() / 6);
        if (const QScreen *screen = anchor->screen()) {
            const QRect avail = screen->availableGeometry();
            at.setX(std::clamp(at.x(), avail.left(), std::max(avail.left(), avail.right() - width())));
            at.setY(std::clamp(at.y(), avail.top(), std::max(avail.top(), avail.bottom() - height())));
        }
        move(at);
    }
    show();
    raise();
    activateWindow();
    m_list->setFocus(Qt::PopupFocusReason);
}

void SnoozePicker::refreshChoices()
{
    const SnoozeContext context = m_context();
    int firstEnabled = -1;
    for (int i = 0; i < kChoices; ++i) {
        QListWidgetItem *row = m_list->item(i);
        const auto until = snoozeChoiceUntil(SnoozeChoice(i), context);
        const QString time = until ? formatSnoozeTime(*until, context.nowMs, context.zone)
                                   : unavailableText(SnoozeChoice(i));
        row->setData(SnoozeChoiceDelegate::TimeRole, time);
        row->setData(SnoozeChoiceDelegate::UntilRole, until ? QVariant(*until) : QVariant());
        row->setFlags(until ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags);
        row->setData(Qt::AccessibleTextRole, QStringLiteral("%1, %2").arg(row->text(), time));
        if (until && firstEnabled < 0)
            firstEnabled = i;
    }
    if (firstEnabled >= 0)
        m_list->setCurrentRow(firstEnabled);
}

QString SnoozePicker::choiceTimeText(SnoozeChoice choice) const
{
    return m_list->item(int(choice))->data(SnoozeChoiceDelegate::TimeRole).toString();
}

QString SnoozePicker::previewText() const
{
    return m_preview->text();
}

void SnoozePicker::updatePreview()
{
    m_typedUntil.reset();
    m_previewError = false;
    QPalette pal = m_preview->palette();
    const QColor text = palette().color(QPalette::Text);
    const QString typed = m_edit->text();
    if (typed.trimmed().isEmpty()) {
        m_preview->setText(tr("Keys 1–6 choose · Tab to type · Esc closes"));
        pal.setColor(QPalette::WindowText, mix(text, palette().color(QPalette::Base), 0.45));
    } else {
        const SnoozeContext context = m_context();
        const SnoozeParse parse = parseSnoozePhrase(typed, context);
        if (parse.untilMs) {
            m_typedUntil = parse.untilMs;
            const QDateTime local = QDateTime::fromMSecsSinceEpoch(
                *parse.untilMs, context.zone.isValid() ? context.zone : QTimeZone::systemTimeZone());
            m_preview->setText(tr("→ %1 · %2 · Enter ↵", "relative time, date")
                                   .arg(formatSnoozeTime(*parse.untilMs, context.nowMs, context.zone),
                                        QLocale().toString(local.date(), QStringLiteral("ddd d MMM yyyy"))));
            pal.setColor(QPalette::WindowText, mix(text, palette().color(QPalette::Highlight), 0.6));
        } else {
            m_previewError = true;
            m_preview->setText(parse.error);
            pal.setColor(QPalette::WindowText, QColor(0xC6, 0x3D, 0x3A));
        }
    }
    m_preview->setPalette(pal);
}

void SnoozePicker::chooseRow(int row)
{
    QListWidgetItem *item = m_list->item(row);
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return;
    // Recomputed now: the popup may have stayed open across a minute or the session's end.
    const auto until = snoozeChoiceUntil(SnoozeChoice(row), m_context());
    if (until)
        finish(*until);
    else
        refreshChoices();
}

void SnoozePicker::chooseTyped()
{
    updatePreview();
    if (m_typedUntil)
        finish(*m_typedUntil);
}

void SnoozePicker::moveCurrent(int step)
{
    int row = m_list->currentRow();
    for (int n = 0; n < kChoices; ++n) {
        row = (row + step + kChoices) % kChoices;
        if (m_list->item(row)->flags() & Qt::ItemIsEnabled) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

void SnoozePicker::finish(qint64 untilMs)
{
    m_done = true;
    hide();
    Q_EMIT chosen(untilMs);
}

void SnoozePicker::hideEvent(QHideEvent *event)
{
    QFrame::hideEvent(event);
    if (m_returnFocus) {  // back to the list, so the next key (j, s, u …) works at once
        m_returnFocus->window()->activateWindow();
        m_returnFocus->setFocus(Qt::PopupFocusReason);
    }
    if (!m_done) {
        m_done = true;
        Q_EMIT cancelled();
    }
}

bool SnoozePicker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QFrame::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
    if (key->key() == Qt::Key_Escape) {
        hide();
        return true;
    }
    if (watched == m_list) {
        if (mods == Qt::NoModifier && key->key() >= Qt::Key_1 && key->key() < Qt::Key_1 + kChoices) {
            chooseRow(key->key() - Qt::Key_1);
            return true;
        }
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            chooseRow(m_list->currentRow());
            return true;
        case Qt::Key_Down:
            moveCurrent(1);
            return true;
        case Qt::Key_Up:
            moveCurrent(-1);
            return true;
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            m_edit->setFocus(Qt::TabFocusReason);
            return true;
        default:
            break;
        }
        // Typing a word starts the typed time: the key goes into the field.
        const QString text = key->text();
        if (!text.isEmpty() && text.at(0).isPrint() && !(mods & (Qt::ControlModifier | Qt::AltModifier))) {
            m_edit->setFocus(Qt::OtherFocusReason);
            m_edit->insert(text);
            return true;
        }
        return false;
    }
    if (watched == m_edit) {
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            m_list->setFocus(Qt::TabFocusReason);
            if (key->key() == Qt::Key_Up)
                moveCurrent(-1);
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void SnoozePicker::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath path;
    path.addRoundedRect(r, 12, 12);
    painter.fillPath(path, pal.color(QPalette::Base));
    painter.setPen(QPen(mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.2), 1));
    painter.drawPath(path);
    // A hairline between the choices and the typed time.
    const int y = m_edit->geometry().top() - 6;
    painter.setPen(QPen(mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.1), 1));
    painter.drawLine(QPointF(r.left() + 14, y + 0.5), QPointF(r.right() - 14, y + 0.5));
}

} // namespace fi
