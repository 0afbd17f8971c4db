#include "sourcelistview.h"

#include "plaintext.h"

#include "sources/sourceeditors.h"
#include "sources/sourceregistry.h"
#include "sync/syncscheduler.h"
#include "sync/sourcestatusmodel.h"

#include <QContextMenuEvent>
#include <QHash>
#include <QHelpEvent>
#include <QIcon>
#include <QMenu>
#include <QPainter>
#include <QStyledItemDelegate>

namespace fi {

namespace {

QColor stateColor(const QModelIndex &index)
{
    if (index.data(SourceStatusModel::NeedsUserRole).toBool())
        return {0xC6, 0x3D, 0x3A};  // red: only the user can fix it
    switch (SourceStatus::State(index.data(SourceStatusModel::StateRole).toInt())) {
    case SourceStatus::State::Syncing: return {0x3B, 0x7D, 0xD8};
    case SourceStatus::State::Failed: return {0xD9, 0x8E, 0x04};
    case SourceStatus::State::Idle: break;
    }
    return {0x2E, 0x9E, 0x5B};
}

/// Two lines per source: the name, and below it the status line in a smaller, dimmer font.
class SourceDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const QFontMetrics fm(option.font);
        return {fm.averageCharWidth() * 24, fm.height() * 2 + fm.height() / 2 + 6};
    }

    /// The tooltip holds the server's error text: shown as plain text.
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override
    {
        if (event && event->type() == QEvent::ToolTip && index.isValid())
            return showPlainItemToolTip(event, view, option, index);
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    }

    /// A resource path (":/…") or a theme name; loaded once per path.
    QIcon kindIcon(const QString &name) const
    {
        if (name.isEmpty())
            return {};
        auto it = m_icons.constFind(name);
        if (it == m_icons.constEnd())
            it = m_icons.insert(name, name.startsWith(u':') ? QIcon(name) : QIcon::fromTheme(name));
        return *it;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QPalette &pal = option.palette;
        const QRect r = option.rect.adjusted(4, 1, -4, -1);
        if (option.state & (QStyle::State_Selected | QStyle::State_MouseOver)) {
            QColor fill = pal.color(QPalette::Highlight);
            fill.setAlphaF(option.state & QStyle::State_Selected ? 0.14 : 0.07);
            painter->setPen(Qt::NoPen);
            painter->setBrush(fill);
            painter->drawRoundedRect(r, 6, 6);
        }
        const QFontMetrics fm(option.font);
        const int pad = fm.height() / 2;
        const int dot = fm.height() / 2;
        // The kind's icon (SourceKind::icon) with the status dot on its lower right corner; a
        // kind without an icon shows the dot alone.
        const QRect iconRect(r.left() + pad, r.top() + pad / 2 + 2, fm.height(), fm.height());
        const QIcon icon = kindIcon(index.data(SourceStatusModel::KindIconRole).toString());
        QRect dotRect(iconRect.left() + 2, iconRect.top() + (fm.height() - dot) / 2, dot, dot);
        if (!icon.isNull()) {
            icon.paint(painter, iconRect);
            dotRect.moveBottomRight(iconRect.bottomRight() + QPoint(2, 2));
            painter->setPen(QPen(pal.color(QPalette::Window), 1.5));
        } else {
            painter->setPen(Qt::NoPen);
        }
        painter->setBrush(stateColor(index));
        painter->drawEllipse(dotRect);

        const int textLeft = iconRect.right() + pad;
        QRect nameRect(textLeft, r.top() + pad / 2 + 2, r.right() - pad - textLeft, fm.height());
        painter->setPen(pal.color(QPalette::WindowText));
        painter->setFont(option.font);
        painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(index.data().toString(), Qt::ElideRight, nameRect.width()));

        QFont small = option.font;
        small.setPointSizeF(small.pointSizeF() * 0.88);
        const QFontMetrics sfm(small);
        const QRect statusRect(textLeft, nameRect.bottom() + 2, nameRect.width(), sfm.height());
        QColor dim = pal.color(QPalette::WindowText);
        dim.setAlphaF(0.62);
        const bool failed = SourceStatus::State(index.data(SourceStatusModel::StateRole).toInt())
                            == SourceStatus::State::Failed;
        painter->setPen(failed ? stateColor(index).darker(115) : dim);
        painter->setFont(small);
        const QString line = index.data(SourceStatusModel::StatusLineRole).toString();
        painter->drawText(statusRect, Qt::AlignLeft | Qt::AlignVCenter,
                          sfm.elidedText(line, Qt::ElideRight, statusRect.width()));
        painter->restore();
    }

private:
    mutable QHash<QString, QIcon> m_icons;
};

} // namespace

SourceListView::SourceListView(QWidget *parent) : QListView(parent)
{
    setItemDelegate(new SourceDelegate(this));
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    setFocusPolicy(Qt::NoFocus);  // Tab belongs to the "next tier" shortcut.
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAccessibleName(tr("Sources"));
    QPalette pal = palette();
    pal.setColor(QPalette::Base, pal.color(QPalette::Window));
    setPalette(pal);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
}

void SourceListView::setModel(QAbstractItemModel *model)
{
    QListView::setModel(model);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::modelReset, this, &QWidget::updateGeometry);
    connect(model, &QAbstractItemModel::rowsInserted, this, &QWidget::updateGeometry);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &QWidget::updateGeometry);
    updateGeometry();
}

QSize SourceListView::sizeHint() const
{
    const int rows = model() ? qMin(model()->rowCount(), 5) : 0;
    const int rowHeight = rows > 0 ? sizeHintForRow(0) : 0;
    return {QListView::sizeHint().width(), rows * rowHeight + 2 * frameWidth() + 2};
}

QSize SourceListView::minimumSizeHint() const
{
    const int rowHeight = model() && model()->rowCount() > 0 ? sizeHintForRow(0) : 0;
    return {QListView::minimumSizeHint().width(), rowHeight};
}

void SourceListView::contextMenuEvent(QContextMenuEvent *event)
{
    showMenuFor(indexAt(event->pos()), event->globalPos());
}

void SourceListView::showMenuFor(const QModelIndex &index, const QPoint &globalPos)
{
    QMenu menu(this);
    const QList<QAction *> kindActions = SourceEditors::instance().createKindActions(&menu);
    for (QAction *action : kindActions)
        connect(action, &QAction::triggered, this, [this, action] {
            Q_EMIT sourceActionRequested(SourceEditors::actionKind(action), SourceEditors::actionId(action));
        });
    if (!index.isValid()) {
        if (kindActions.isEmpty())
            return;
        menu.addActions(kindActions);
        menu.exec(globalPos);
        return;
    }
    const qint64 id = index.data(SourceStatusModel::SourceIdRole).toLongLong();
    // An inbound source (the local webhook) is never synced; when its listener failed, the same
    // request starts it again (SyncScheduler::retryNow()).
    const SourceKind *kind = SourceRegistry::instance().kind(index.data(SourceStatusModel::KindRole).toString());
    const bool inbound = kind && kind->has(SourceKind::Capability::Inbound);
    const bool failed = index.data(SourceStatusModel::StateRole).toInt() == int(SourceStatus::State::Failed);
    if (!inbound || failed) {
        QAction *sync = menu.addAction(QIcon(QStringLiteral(":/icons/sync.svg")), inbound ? tr("Listen again") : tr("Sync now"));
        connect(sync, &QAction::triggered, this, [this, id] { Q_EMIT syncRequested(id); });
    }
    const SourceEditor *editor = SourceEditors::instance().editor(index.data(SourceStatusModel::KindRole).toString());
    if (editor && editor->createEdit) {
        QAction *edit = menu.addAction(editor->editMenuText());
        connect(edit, &QAction::triggered, this, [this, id] { Q_EMIT editRequested(id); });
    }
    if (const std::optional<bool> screens = m_screenerState ? m_screenerState(id) : std::nullopt) {
        QAction *screener = menu.addAction(tr("Screen new senders"));
        screener->setCheckable(true);
        screener->setChecked(*screens);
        screener->setToolTip(tr("Mail from senders never seen before waits in New senders until you decide"));
        connect(screener, &QAction::toggled, this, [this, id](bool on) { Q_EMIT screenerToggled(id, on); });
    }
    menu.addSeparator();
    QAction *remove = menu.addAction(tr("Remove source…"));
    connect(remove, &QAction::triggered, this, [this, id] { Q_EMIT removeRequested(id); });
    if (!kindActions.isEmpty()) {
        menu.addSeparator();
        menu.addActions(kindActions);
    }
    menu.exec(globalPos);
}

} // namespace fi
