#include "palette/commandpalette.h"

#include "palette/palettedelegate.h"
#include "palette/palettelistmodel.h"

#include <QAction>
#include <QApplication>
#include <QFrame>
#include <QGraphicsDropShadowEffect>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMainWindow>
#include <QMenuBar>
#include <QSettings>
#include <QVBoxLayout>

namespace fi {

namespace {

const auto kRecentKey = QStringLiteral("CommandPalette/recent");
constexpr int kShadowMargin = 18;   // room around the panel for its drop shadow
constexpr int kMaxWidth = 680;
constexpr int kMaxVisibleRows = 9;

bool isInside(const QObject *object, const QWidget *ancestor)
{
    for (; object; object = object->parent()) {
        if (object == ancestor)
            return true;
    }
    return false;
}

} // namespace

CommandPalette::CommandPalette(QWidget *window)
    : QWidget(window), m_model(new PaletteListModel(this)),
      m_recent(QSettings().value(kRecentKey).toStringList())
{
    setObjectName(QStringLiteral("commandPalette"));
    setAccessibleName(tr("Command palette"));
    hide();

    m_frame = new QFrame(this);
    m_frame->setObjectName(QStringLiteral("commandPaletteFrame"));
    m_frame->setStyleSheet(QStringLiteral(
        "#commandPaletteFrame { background: palette(base); border: 1px solid palette(mid);"
        " border-radius: 10px; }"
        "#commandPaletteInput { border: none; background: transparent; padding: 12px 16px 10px 16px; }"
        "#commandPaletteList { border: none; background: transparent; }"
        "#commandPaletteRule { background: palette(midlight); border: none; }"));
    auto *shadow = new QGraphicsDropShadowEffect(m_frame);
    shadow->setBlurRadius(30);
    shadow->setOffset(0, 6);
    shadow->setColor(QColor(0, 0, 0, 90));
    m_frame->setGraphicsEffect(shadow);

    m_input = new QLineEdit(m_frame);
    m_input->setObjectName(QStringLiteral("commandPaletteInput"));
    m_input->setPlaceholderText(tr("Type a command, a view, a source…"));
    m_input->setAccessibleName(tr("Command"));
    m_input->setClearButtonEnabled(false);
    QFont inputFont = m_input->font();
    inputFont.setPointSizeF(inputFont.pointSizeF() * 1.2);
    m_input->setFont(inputFont);
    m_input->installEventFilter(this);

    auto *rule = new QFrame(m_frame);
    rule->setObjectName(QStringLiteral("commandPaletteRule"));
    rule->setFixedHeight(1);

    m_list = new QListView(m_frame);
    m_list->setObjectName(QStringLiteral("commandPaletteList"));
    m_list->setAccessibleName(tr("Commands"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new PaletteDelegate(m_list));
    m_list->setFocusPolicy(Qt::NoFocus);  // typing stays in the input
    m_list->setUniformItemSizes(true);
    m_list->setMouseTracking(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setContentsMargins(0, 0, 0, 0);
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &index) {
        m_list->setCurrentIndex(index);
        runCurrent();
    });

    m_empty = new QLabel(tr("No matching commands"), m_frame);
    m_empty->setObjectName(QStringLiteral("commandPaletteEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setContentsMargins(0, 14, 0, 14);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->hide();

    m_footer = new QLabel(tr("↑↓ to choose · Enter to run · Esc to close"), m_frame);
    m_footer->setObjectName(QStringLiteral("commandPaletteFooter"));
    m_footer->setTextFormat(Qt::PlainText);
    m_footer->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_footer->setContentsMargins(16, 2, 16, 8);
    m_footer->setForegroundRole(QPalette::PlaceholderText);
    QFont footerFont = m_footer->font();
    footerFont.setPointSizeF(footerFont.pointSizeF() * 0.85);
    m_footer->setFont(footerFont);

    auto *frameLayout = new QVBoxLayout(m_frame);
    frameLayout->setContentsMargins(1, 1, 1, 1);
    frameLayout->setSpacing(0);
    frameLayout->addWidget(m_input);
    frameLayout->addWidget(rule);
    frameLayout->addSpacing(5);
    frameLayout->addWidget(m_list);
    frameLayout->addWidget(m_empty);
    frameLayout->addWidget(m_footer);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(kShadowMargin, kShadowMargin / 2, kShadowMargin, kShadowMargin + 6);
    layout->addWidget(m_frame);

    connect(m_input, &QLineEdit::textChanged, this, &CommandPalette::refilter);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (isVisible() && now && !isInside(now, this))
            dismiss();
    });
    window->installEventFilter(this);
}

CommandPalette::~CommandPalette()
{
    qApp->removeEventFilter(this);
}

void CommandPalette::addProvider(Provider provider)
{
    m_providers.append(std::move(provider));
}

void CommandPalette::setToggleAction(QAction *action)
{
    m_toggle = action;
}

QStringList CommandPalette::shownTexts() const
{
    QStringList texts;
    for (int row = 0; row < m_model->rowCount(); ++row)
        texts << m_model->index(row).data().toString();
    return texts;
}

QStringList CommandPalette::recentIds() const
{
    return m_recent;
}

void CommandPalette::clearRecent()
{
    m_recent.clear();
    QSettings().remove(kRecentKey);
}

void CommandPalette::open()
{
    if (isVisible()) {
        dismiss();
        return;
    }
    QList<PaletteEntry> entries;
    for (const Provider &provider : std::as_const(m_providers))
        entries += provider();
    m_model->setEntries(std::move(entries));
    m_returnFocus = QApplication::focusWidget();
    m_input->clear();
    refilter();
    show();
    raise();
    qApp->installEventFilter(this);  // clicks outside close it
    m_input->setFocus(Qt::PopupFocusReason);
}

void CommandPalette::dismiss()
{
    if (!isVisible())
        return;
    qApp->removeEventFilter(this);
    const QPointer<QWidget> back = m_returnFocus;
    hide();
    if (back)
        back->setFocus(Qt::PopupFocusReason);
}

void CommandPalette::runCurrent()
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid())
        return;
    const PaletteEntry entry = m_model->entryAt(index.row());  // a copy: running may change the lists
    dismiss();
    if (!entry.id.isEmpty()) {
        m_recent = rememberPaletteChoice(m_recent, entry.id);
        QSettings().setValue(kRecentKey, m_recent);
    }
    Q_EMIT entryChosen(entry.id);
    if (entry.run)
        entry.run();
}

void CommandPalette::refilter()
{
    m_model->setQuery(m_input->text(), m_recent);
    const bool any = m_model->rowCount() > 0;
    if (any)
        m_list->setCurrentIndex(m_model->index(0));
    m_list->setVisible(any);
    m_empty->setVisible(!any);
    place();
}

void CommandPalette::place()
{
    QWidget *window = parentWidget();
    if (!window)
        return;
    const int rows = std::min(m_model->rowCount(), kMaxVisibleRows);
    const int rowHeight = m_model->rowCount() > 0 ? m_list->sizeHintForRow(0) : 0;
    m_list->setFixedHeight(rows * rowHeight + 2);
    const int width = std::min(kMaxWidth + 2 * kShadowMargin, window->width() - 24);
    int top = window->height() / 12;
    if (auto *main = qobject_cast<QMainWindow *>(window); main && main->menuWidget() && main->menuWidget()->isVisible())
        top += main->menuWidget()->geometry().bottom();
    const int height = std::min(layout()->sizeHint().height(), std::max(0, window->height() - top));
    setGeometry((window->width() - width) / 2, top, width, height);
}

void CommandPalette::moveSelection(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    int row = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : 0;
    if (delta == 1 || delta == -1)
        row = (row + delta + rows) % rows;  // single steps wrap around
    else
        row = std::clamp(row + delta, 0, rows - 1);
    m_list->setCurrentIndex(m_model->index(row));
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input) {
        if (event->type() == QEvent::ShortcutOverride) {
            const auto *key = static_cast<QKeyEvent *>(event);
            // The palette's own toggle (Ctrl+K, or whatever it is bound to) closes it; every other
            // key is the input's, so the window's single-key shortcuts (e, j, 1 …) do not fire.
            const QKeySequence pressed(key->keyCombination());
            if (m_toggle && m_toggle->shortcuts().contains(pressed))
                return false;
            event->accept();
            return true;
        }
        if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            const int page = std::max(1, kMaxVisibleRows - 1);
            const bool ctrl = key->modifiers() == Qt::ControlModifier;
            switch (key->key()) {
            case Qt::Key_Escape:
                dismiss();
                return true;
            case Qt::Key_Return:
            case Qt::Key_Enter:
                runCurrent();
                return true;
            case Qt::Key_Down:
            case Qt::Key_Tab:  // (would move the focus out, which closes the palette)
                moveSelection(1);
                return true;
            case Qt::Key_Up:
            case Qt::Key_Backtab:
                moveSelection(-1);
                return true;
            case Qt::Key_PageDown:
                moveSelection(page);
                return true;
            case Qt::Key_PageUp:
                moveSelection(-page);
                return true;
            case Qt::Key_N:
            case Qt::Key_P:
                if (ctrl) {
                    moveSelection(key->key() == Qt::Key_N ? 1 : -1);
                    return true;
                }
                break;
            case Qt::Key_K:
                if (ctrl && !m_toggle) {
                    dismiss();
                    return true;
                }
                break;
            default:
                break;
            }
        }
        return QWidget::eventFilter(watched, event);
    }
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        place();
    if (event->type() == QEvent::MouseButtonPress && isVisible() && watched->isWidgetType()
        && !isInside(watched, this)) {
        dismiss();  // a click outside; the click itself still goes where it went
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace fi
