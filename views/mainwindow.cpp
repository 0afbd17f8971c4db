#include "mainwindow.h"

#include "deadlines/conversationsummary.h"

#include "inboxlistview.h"
#include "keyboard/keyboardreach.h"
#include "mainactions.h"
#include "opensource.h"
#include "palette/paletteproviders.h"
#include "search/searchfeature.h"
#include "plaintext.h"
#include "shortcutoverlay.h"
#include "snooze/snoozetext.h"
#include "sources/sourceeditors.h"
#include "storage/itemstore.h"
#include "syncstatuswidget.h"
#include "tiersidebar.h"
#include "triage/opensourcefeature.h"
#include "triage/mutefeature.h"
#include "triage/screenerfeature.h"
#include "triage/senderrulefeature.h"
#include "triage/replyfeature.h"
#include "triage/snoozefeature.h"
#include "triage/triagecommands.h"
#include "viewresources.h"

#include <QAction>
#include <QCloseEvent>
#include <QDateTime>
#include <QMessageBox>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace fi {

namespace {
constexpr int kStatusMessageMs = 8000;
const auto kGeometryKey = QStringLiteral("MainWindow/geometry");
const auto kStateKey = QStringLiteral("MainWindow/state");
const auto kSplitterKey = QStringLiteral("MainWindow/splitter");
} // namespace

MainWindow::MainWindow(ItemStore *store, QWidget *parent)
    : QMainWindow(parent), m_store(store), m_undoStack(new QUndoStack(this))
{
    initViewResources();
    setWindowTitle(tr("Focus Inbox"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/focusinbox.svg")));

    m_model = new InboxModel(store, this);
    m_sidebar = new TierSidebar(this);
    m_list = new InboxListView(this);
    m_list->setInboxModel(m_model);
    m_pane = new ReadingPane(this);
    // Inline content (a feed entry's HTML) comes from the store, read on the pane's pool thread.
    m_pane->setContentReader([store](qint64 itemId) { return store->content(itemId); });
    // A feed's "Load images from this feed" choice is a setting of its source.
    m_pane->setSourceAccess([store](qint64 sourceId) { return store->source(sourceId); },
                            [store](const SourceConfig &config) { store->updateSource(config); });

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_sidebar);
    auto *listColumn = new QWidget(this);  // issue 12 (FIND): the search field above the list
    auto *listColumnLayout = new QVBoxLayout(listColumn);
    listColumnLayout->setContentsMargins(0, 0, 0, 0);
    listColumnLayout->setSpacing(0);
    listColumnLayout->addWidget(m_list);
    m_splitter->addWidget(listColumn);
    m_splitter->addWidget(m_pane);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setSizes({190, 420, 590});
    setCentralWidget(m_splitter);

    m_sync = new SyncStatusWidget(this);
    statusBar()->addPermanentWidget(m_sync);
    statusBar()->setSizeGripEnabled(false);

    m_actions = std::make_unique<MainActions>(this, m_undoStack);
    m_pane->setOpenInSourceAction(m_actions->openInSource);
    connectActions();
    m_palette = installCommandPalette(*this);  // issue 12 (PALETTE): Ctrl+K
    m_search = new SearchFeature(*this, store, listColumnLayout);  // issue 12 (FIND): `/`, saved searches
    m_screener->installHint(listColumnLayout, m_list);              // issue 14: how New senders are decided
    m_sidebar->setAddSourceMenu(m_actions->addSourceMenu);

    connect(m_sidebar, &TierSidebar::currentViewChanged, m_model, &InboxModel::setView);
    connect(m_model, &InboxModel::countsChanged, m_sidebar, &TierSidebar::setCounts);
    connect(m_model, &InboxModel::loaded, this, [this] {
        m_sidebar->setSampleBannerVisible(m_model->showsSampleItems());
        showCurrentItem();
        updateActions();
    });
    connect(m_model, &InboxModel::dataChanged, this, [this] { m_pane->refreshDue(); });
    connect(m_list, &InboxListView::currentItemChanged, this, [this] {
        showCurrentItem();
        updateActions();
    });
    connect(m_list, &QAbstractItemView::activated, this, &MainWindow::openCurrent);
    connect(m_pane, &ReadingPane::leaveRequested, this, [this] { m_list->setFocus(); });

    installKeyboardReach(*this);  // issue 12 (KEYS): F6 / Ctrl+Tab focus moves, focus ring
    restoreSettings();
    m_list->setFocus();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::connectActions()
{
    const MainActions &a = *m_actions;
    for (QAction *add : a.addSource)
        connect(add, &QAction::triggered, this, [this, add] { Q_EMIT addSourceRequested(add->data().toString()); });
    for (QAction *action : a.kindActions)
        connect(action, &QAction::triggered, this, [this, action] {
            Q_EMIT sourceActionRequested(SourceEditors::actionKind(action), SourceEditors::actionId(action));
        });
    connect(a.syncNow, &QAction::triggered, this, &MainWindow::syncRequested);
    connect(a.quit, &QAction::triggered, this, &MainWindow::quitRequested);
    connect(a.undo, &QAction::triggered, this, &MainWindow::afterUndo);
    connect(a.open, &QAction::triggered, this, &MainWindow::openCurrent);
    m_openSource = new OpenSourceFeature(*this, m_store);  // Shift+Enter (views/triage/opensourcefeature.h)
    connect(a.markDone, &QAction::triggered, this, &MainWindow::markDone);
    connect(a.moveNow, &QAction::triggered, this, [this] { moveToTier(Tier::Now); });
    connect(a.moveAsync, &QAction::triggered, this, [this] { moveToTier(Tier::Async); });
    connect(a.moveReference, &QAction::triggered, this, [this] { moveToTier(Tier::Reference); });
    connect(a.nextItem, &QAction::triggered, this, [this] { m_list->moveCurrent(1); });
    connect(a.previousItem, &QAction::triggered, this, [this] { m_list->moveCurrent(-1); });
    connect(a.nextTier, &QAction::triggered, this,
            [this] { showView(nextInboxView(m_model->view())); });
    connect(a.shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(a.about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(a.insights, &QAction::triggered, this, &MainWindow::showInsights);  // issue 15 (mainwindow_insights.cpp)
    connectDeadlineActions();
    m_snooze = new SnoozeFeature(*this); // issue 12: `s` opens the snooze picker (views/triage/snoozefeature.h)
    m_reply = new ReplyFeature(*this, m_store);  // issue 12: `r` (views/triage/replyfeature.h)
    m_mute = new MuteFeature(*this, m_store);    // issue 13: Shift+M (views/triage/mutefeature.h)
    m_screener = new ScreenerFeature(*this, m_store);  // issue 14: New senders (views/triage/screenerfeature.h)
    m_senderRules = new SenderRuleFeature(*this, m_store);  // issue 14: Item ▸ Make a rule
    connectTriageActions();  // issue 12: x, Shift+J/K, m, f, g-navigation (mainwindow_triage.cpp)
}

void MainWindow::setBodyLoader(BodyLoader loader)
{
    m_pane->setBodyLoader(std::move(loader));
}

void MainWindow::setSyncProgress(qint64 sourceId, const QString &sourceName, int done, int total)
{
    m_sync->setProgress(sourceId, sourceName, done, total);
}

void MainWindow::setSyncFinished(qint64 sourceId, const QString &summary)
{
    m_sync->setFinished(sourceId);
    if (!summary.isEmpty())
        statusBar()->showMessage(summary, kStatusMessageMs);
}

void MainWindow::showView(InboxView view)
{
    m_sidebar->setCurrentView(view); // emits currentViewChanged → model
    m_list->setFocus();
}

void MainWindow::openItem(qint64 id)
{
    const std::optional<Item> item = m_store->item(id);
    if (!item)
        return;
    // Issue 16 (`focusinbox open ID`): nothing that would hide the item stays on.
    m_model->setDeadlineFilter(DeadlineFilter::None);
    if (m_search->isActive())
        m_search->endSearch();
    // Issue 18: a conversation shows in the list of its highest open tier (or Done, Snoozed).
    const ConversationSummary conversation = m_model->conversations() && item->conversationId > 0
        ? summarizeConversation(m_store->conversationItems({item->conversationId}), QDateTime::currentMSecsSinceEpoch())
        : ConversationSummary{};
    const ItemState state = conversation.count > 0 ? conversation.state : item->state;
    const Tier tier = conversation.count > 0 ? conversation.tier : item->tier;
    showView(state == ItemState::Done                   ? InboxView::Done
             : state == ItemState::Snoozed              ? InboxView::Snoozed
             : item->tierReason == screenerReason() ? InboxView::NewSenders  // issue 14: waits in the screener
                                                    : inboxViewForTier(tier));
    m_list->selectItemId(id, item->conversationId);
}

void MainWindow::showShortcuts()
{
    auto *overlay = new ShortcutOverlay(m_actions->menus, this);
    overlay->setObjectName(QStringLiteral("shortcutOverlay"));
    overlay->open();
}

std::optional<Item> MainWindow::currentItem() const
{
    const int row = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
    if (row < 0 || row >= m_model->rowCount())
        return std::nullopt;
    return m_model->itemAt(row);
}

QList<Item> MainWindow::targetItems() const
{
    QList<Item> rows;
    if (m_list->hasMarks()) {  // issue 12: the marked items (x, Shift+J/K), in list order
        for (const qint64 id : m_list->markedIds())
            rows << m_model->itemAt(m_model->rowForId(id));
    } else if (const auto item = currentItem()) {
        rows << *item;
    }
    return withConversations(rows);
}

QList<Item> MainWindow::withConversations(const QList<Item> &rows) const
{
    // Issue 18: a conversation's row stands for every message of it. The rows' own items come
    // first (an undo selects the first again), then the other messages, oldest first.
    if (!m_model->showsConversations() || rows.isEmpty())
        return rows;
    QList<Item> items = rows;
    QSet<qint64> ids;
    for (const Item &item : rows)
        ids.insert(item.id);
    QList<Item> others = m_store->conversationItems(conversationIdsOf(rows));
    sortOldestFirst(others);
    for (Item &item : others)
        if (!ids.contains(item.id))
            items << std::move(item);
    return items;
}

void MainWindow::showCurrentItem()
{
    const std::optional<Item> item = currentItem();
    // Issue 18: a conversation's row shows the conversation as a stack in the pane.
    const int row = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
    if (item && row >= 0 && m_model->data(m_model->index(row), InboxModel::ConversationCountRole).toInt() > 1) {
        m_pane->setConversation(m_store->conversationItems({item->conversationId}));
        return;
    }
    m_pane->setItem(item);
}

void MainWindow::openCurrent()
{
    const auto item = currentItem();
    if (!item)
        return;
    // Seen at the source (journaled there), and opened here: the app's own knowledge (opened_ms).
    // A conversation is read as a whole (issue 18): every message of it, and Enter goes on into
    // its stack (J, K, Enter there; Escape comes back).
    QList<qint64> unread;
    for (const Item &message : withConversations({*item}))
        if (!message.record.flags.seen || !message.openedMs)
            unread << message.id;
    if (!unread.isEmpty())
        m_store->setSeen(unread, true, QDateTime::currentMSecsSinceEpoch());
    showCurrentItem();
    m_pane->focusConversation();
    Q_EMIT itemOpened(*item);
}

void MainWindow::markDone()
{
    QList<Item> items;
    for (const Item &item : targetItems())
        if (item.state != ItemState::Done)
            items.append(item);
    if (!items.isEmpty())
        triage(new SetStateCommand(m_store, items, ItemState::Done));
}

void MainWindow::moveToTier(Tier tier)
{
    if (m_screener->isActive()) {  // issue 14: in New senders, 3/2/1 decide for the sender
        m_screener->decide(tier == Tier::Now     ? ScreenerDecision::Now
                           : tier == Tier::Async ? ScreenerDecision::Async
                                                 : ScreenerDecision::Reference);
        return;
    }
    QList<Item> items;
    for (const Item &item : targetItems())
        if (item.tier != tier)
            items.append(item);
    if (items.isEmpty())
        return;
    triage(new SetTierCommand(m_store, items, tier));
    statusBar()->showMessage(tr("Moved %n item(s) to %1 — press U to undo", nullptr, int(items.size()))
                                 .arg(tierDisplayName(tier)),
                             kStatusMessageMs);
}

void MainWindow::snoozeUntil(qint64 until)
{
    QList<Item> items;
    for (const Item &item : targetItems())
        if (item.state != ItemState::Done)
            items.append(item);
    if (items.isEmpty())
        return;
    triage(new SetStateCommand(m_store, items, ItemState::Snoozed, until));
    statusBar()->showMessage(
        tr("Snoozed until %1 — press U to undo")
            .arg(formatSnoozeTime(until, QDateTime::currentMSecsSinceEpoch(), m_config.workingHours.timeZone())),
        kStatusMessageMs);
}

void MainWindow::triage(QUndoCommand *command)
{
    // Superhuman-style: the selection moves on at once (to the next or the previous item, a
    // setting), past every item the command acts on; the rows leave on the next load. The
    // marks are spent: the selection is one item again.
    const QList<qint64> ids = triageCommandItemIds(command);
    QSet<qint64> acted(ids.cbegin(), ids.cend());
    if (acted.isEmpty() && m_list->currentItemId() != 0)
        acted.insert(m_list->currentItemId());
    const qint64 next = m_list->neighbourAfter(acted, m_config.afterTriage != AppConfig::AfterTriage::Previous);
    m_list->clearMarks();
    if (next)
        m_list->selectItemId(next);
    m_undoStack->push(command);
}

void MainWindow::afterUndo()
{
    // The undone command now sits at index(); select its item again once it is back.
    const QList<qint64> ids = triageCommandItemIds(m_undoStack->command(m_undoStack->index()));
    if (!ids.isEmpty())
        m_list->selectItemId(ids.first());
}

void MainWindow::updateActions()
{
    const auto item = currentItem();
    const bool open = item && item->state != ItemState::Done;
    m_actions->open->setEnabled(item.has_value());
    m_openSource->update();
    m_reply->update();
    m_mute->update();
    m_screener->update();
    m_senderRules->update();
    m_actions->markDone->setEnabled(open);
    m_actions->snooze->setEnabled(open);
    m_actions->snoozePaused->setEnabled(open);
    m_actions->moveNow->setEnabled(open && item->tier != Tier::Now);
    m_actions->moveAsync->setEnabled(open && item->tier != Tier::Async);
    m_actions->moveReference->setEnabled(open && item->tier != Tier::Reference);
    if (m_screener->isActive())  // 3/2/1 decide for the sender, whatever tier the item waits with
        for (QAction *decide : {m_actions->moveNow, m_actions->moveAsync, m_actions->moveReference})
            decide->setEnabled(open);
    updateTriageActions();  // issue 12 (mainwindow_triage.cpp)
}

void MainWindow::showAbout()
{
    // Issue 16: version, git revision and the libraries' licenses (views/about/aboutdialog.h).
    AboutInfo info = m_aboutInfo;
    if (info.version.isEmpty())
        info.version = QCoreApplication::applicationVersion();
    auto *dialog = new AboutDialog(info, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1200, 760);
    restoreState(settings.value(kStateKey).toByteArray());
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
}

} // namespace fi
