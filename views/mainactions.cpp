#include "mainactions.h"

#include "sources/sourceeditors.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QUndoStack>

namespace fi {

namespace {

QAction *makeAction(QObject *parent, const QString &text, QList<QKeySequence> keys,
                    const QString &icon = {})
{
    auto *action = new QAction(text, parent);
    action->setProperty("defaultShortcuts", QVariant::fromValue(keys));
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WindowShortcut);
    if (!icon.isEmpty())
        action->setIcon(QIcon(icon));
    return action;
}

} // namespace

MainActions::MainActions(QMainWindow *w, QUndoStack *undoStack)
{
    addSource = SourceEditors::instance().createAddActions(w);
    addSourceMenu = new QMenu(tr("Add &Source"), w);
    addSourceMenu->setObjectName(QStringLiteral("addSourceMenu"));
    addSourceMenu->addActions(addSource);
    kindActions = SourceEditors::instance().createKindActions(w);
    if (!kindActions.isEmpty()) {
        addSourceMenu->addSeparator();
        addSourceMenu->addActions(kindActions);
    }
    syncNow = makeAction(w, tr("&Sync now"), {QKeySequence(Qt::Key_F5)},
                         QStringLiteral(":/icons/sync.svg"));
    quit = makeAction(w, tr("&Quit"), {QKeySequence::Quit});
    quit->setMenuRole(QAction::QuitRole);

    undo = undoStack->createUndoAction(w, tr("&Undo"));
    undo->setShortcuts({QKeySequence(Qt::Key_U), QKeySequence::Undo});
    redo = undoStack->createRedoAction(w, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::SHIFT | Qt::Key_U), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});

    preferences = makeAction(w, tr("&Preferences…"), {QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    preferences->setMenuRole(QAction::PreferencesRole);

    open = makeAction(w, tr("&Open"), {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    // V, and Shift+Enter ("open the entry's page") beside Enter ("open the item").
    openInSource = makeAction(w, tr("Open in &source"),
                              {QKeySequence(Qt::Key_V), QKeySequence(Qt::SHIFT | Qt::Key_Return),
                               QKeySequence(Qt::SHIFT | Qt::Key_Enter)},
                              QStringLiteral(":/icons/open-source.svg"));
    openInSource->setToolTip(tr("Open the item's web page in the browser"));
    markDone = makeAction(w, tr("Mark &done"), {QKeySequence(Qt::Key_E)},
                          QStringLiteral(":/icons/done.svg"));
    moveNow = makeAction(w, tr("Move to &Now"), {QKeySequence(Qt::Key_3)},
                         QStringLiteral(":/icons/tier-now.svg"));
    moveAsync = makeAction(w, tr("Move to &Async"), {QKeySequence(Qt::Key_2)},
                           QStringLiteral(":/icons/tier-async.svg"));
    moveReference = makeAction(w, tr("Move to &Reference"), {QKeySequence(Qt::Key_1)},
                               QStringLiteral(":/icons/tier-reference.svg"));
    snooze = makeAction(w, tr("S&nooze…"), {QKeySequence(Qt::Key_S)},
                        QStringLiteral(":/icons/snooze.svg"));
    snooze->setToolTip(tr("Snooze: after this focus session, in 1 hour, this evening, tomorrow 09:00, "
                          "next working morning, next Monday, or a typed time"));

    snoozePaused = makeAction(w, tr("Snooze and &pause the clock…"), {QKeySequence(Qt::SHIFT | Qt::Key_S)},
                              QStringLiteral(":/icons/snooze.svg"));
    snoozePaused->setToolTip(tr("Snooze; the response time left is kept and resumes at wake-up"));
    filterOverdue = makeAction(w, tr("Only &overdue"), {QKeySequence(Qt::Key_O)});
    filterOverdue->setCheckable(true);
    filterDueToday = makeAction(w, tr("Only due t&oday"), {QKeySequence(Qt::SHIFT | Qt::Key_O)});
    filterDueToday->setCheckable(true);

    nextItem = makeAction(w, tr("&Next item"), {QKeySequence(Qt::Key_J)});
    previousItem = makeAction(w, tr("&Previous item"), {QKeySequence(Qt::Key_K)});
    nextTier = makeAction(w, tr("Next &tier"), {QKeySequence(Qt::Key_Tab)});
    shortcuts = makeAction(w, tr("&Keyboard shortcuts"),
                           {QKeySequence(Qt::Key_Question), QKeySequence(Qt::Key_F1)});
    about = makeAction(w, tr("&About Focus Inbox"), {});
    about->setMenuRole(QAction::AboutRole);

    toggleSelect = makeAction(w, tr("Se&lect"), {QKeySequence(Qt::Key_X)});
    extendDown = makeAction(w, tr("Extend selection &down"), {QKeySequence(Qt::SHIFT | Qt::Key_J)});
    extendUp = makeAction(w, tr("Extend selection &up"), {QKeySequence(Qt::SHIFT | Qt::Key_K)});
    toggleSeen = makeAction(w, tr("Mark &read or unread"), {QKeySequence(Qt::Key_M)});
    toggleFlag = makeAction(w, tr("&Flag or unflag"), {QKeySequence(Qt::Key_F)});
    reply = makeAction(w, tr("&Reply"), {QKeySequence(Qt::Key_R)});
    muteThread = makeAction(w, tr("&Mute thread"), {QKeySequence(Qt::SHIFT | Qt::Key_M)});
    muteThread->setToolTip(tr("Mark done and stop the thread's notifications at the source"));
    search = makeAction(w, tr("&Search"), {QKeySequence(Qt::Key_Slash)});
    commandPalette = makeAction(w, tr("&Command palette…"), {QKeySequence(Qt::CTRL | Qt::Key_K)});
    goNow = makeAction(w, tr("Go to &Now"), {QKeySequence(Qt::Key_G, Qt::Key_N)});
    goAsync = makeAction(w, tr("Go to &Async"), {QKeySequence(Qt::Key_G, Qt::Key_A)});
    goReference = makeAction(w, tr("Go to &Reference"), {QKeySequence(Qt::Key_G, Qt::Key_R)});
    goDone = makeAction(w, tr("Go to &Done"), {QKeySequence(Qt::Key_G, Qt::Key_D)});
    goSnoozed = makeAction(w, tr("Go to S&noozed"), {QKeySequence(Qt::Key_G, Qt::Key_S)});
    goNewSenders = makeAction(w, tr("Go to New send&ers"), {QKeySequence(Qt::Key_G, Qt::Key_W)});
    insights = makeAction(w, tr("&Insights"), {QKeySequence(Qt::Key_G, Qt::Key_I)});  // issue 15
    insights->setStatusTip(tr("How fast you answer, which response windows you keep, your deep work and "
                              "when items arrive"));
    screenerBlock = makeAction(w, tr("&Block sender"), {QKeySequence(Qt::Key_B)});
    screenerBlock->setStatusTip(tr("Screener: everything from this sender goes to Done, never notified"));
    senderNow = makeAction(w, tr("Always put this sender in &Now…"), {});
    senderAsync = makeAction(w, tr("Always put this sender in &Async…"), {});
    senderReference = makeAction(w, tr("Always put this sender in &Reference…"), {});
    listNeverNow = makeAction(w, tr("Never put this &list in Now…"), {});
    firstItem = makeAction(w, tr("&First item"), {QKeySequence(Qt::Key_Home), QKeySequence(Qt::Key_G, Qt::Key_G)});
    lastItem = makeAction(w, tr("&Last item"), {QKeySequence(Qt::Key_End), QKeySequence(Qt::SHIFT | Qt::Key_G)});

    // Issue 12 (KEYS): moving the focus without Tab (connected by views/keyboard/keyboardreach.cpp).
    nextPane = makeAction(w, tr("Focus next &pane"), {QKeySequence(Qt::Key_F6)});
    previousPane = makeAction(w, tr("Focus previous pa&ne"), {QKeySequence(Qt::SHIFT | Qt::Key_F6)});
    nextControl = makeAction(w, tr("Focus next &control"), {QKeySequence(Qt::CTRL | Qt::Key_Tab)});
    previousControl = makeAction(w, tr("Focus previous con&trol"),
                                 {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab),
                                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab)});  // X11 sends Backtab

    // Stable ids: Preferences ▸ Keyboard stores bindings under them, the palette remembers them.
    const std::pair<QAction *, const char *> ids[] = {
        {syncNow, "file.sync"}, {quit, "file.quit"}, {undo, "edit.undo"}, {redo, "edit.redo"},
        {preferences, "edit.preferences"}, {open, "item.open"}, {openInSource, "item.openInSource"},
        {markDone, "item.done"}, {moveNow, "item.tierNow"}, {moveAsync, "item.tierAsync"},
        {moveReference, "item.tierReference"}, {snooze, "item.snooze"}, {snoozePaused, "item.snoozePaused"},
        {toggleSelect, "item.select"}, {extendDown, "item.extendDown"}, {extendUp, "item.extendUp"},
        {toggleSeen, "item.toggleSeen"}, {toggleFlag, "item.toggleFlag"}, {reply, "item.reply"}, {muteThread, "item.mute"},
        {filterOverdue, "view.overdue"}, {filterDueToday, "view.dueToday"}, {nextItem, "view.next"},
        {previousItem, "view.previous"}, {nextTier, "view.nextTier"}, {shortcuts, "help.shortcuts"},
        {search, "view.search"}, {commandPalette, "view.palette"}, {goNow, "go.now"},
        {goAsync, "go.async"}, {goReference, "go.reference"}, {goDone, "go.done"},
        {goSnoozed, "go.snoozed"}, {goNewSenders, "go.newSenders"}, {screenerBlock, "item.blockSender"},
        {senderNow, "rules.senderNow"}, {senderAsync, "rules.senderAsync"}, {senderReference, "rules.senderReference"},
        {listNeverNow, "rules.listNeverNow"}, {firstItem, "go.first"}, {lastItem, "go.last"}, {about, "help.about"},
        {nextPane, "view.nextPane"}, {previousPane, "view.previousPane"}, {nextControl, "view.nextControl"},
        {previousControl, "view.previousControl"}, {insights, "view.insights"},
    };
    for (const auto &[action, id] : ids)
        action->setObjectName(QString::fromLatin1(id));

    QMenuBar *bar = w->menuBar();
    QMenu *file = bar->addMenu(tr("&File"));
    file->addActions(addSource);
    if (!kindActions.isEmpty()) {
        file->addSeparator();
        file->addActions(kindActions);
        file->addSeparator();
    }
    file->addAction(syncNow);
    file->addSeparator();
    file->addAction(quit);

    QMenu *edit = bar->addMenu(tr("&Edit"));
    edit->addActions({undo, redo});
    edit->addSeparator();
    edit->addAction(preferences);

    QMenu *item = bar->addMenu(tr("&Item"));
    item->addActions({open, openInSource, reply, markDone, snooze, snoozePaused});
    item->addSeparator();
    item->addActions({moveNow, moveAsync, moveReference});
    item->addSeparator();
    item->addActions({toggleSeen, toggleFlag, muteThread, screenerBlock});
    item->addSeparator();
    QMenu *rulesMenu = item->addMenu(tr("Make a &rule"));
    rulesMenu->addActions({senderNow, senderAsync, senderReference, listNeverNow});
    item->addSeparator();
    item->addActions({toggleSelect, extendDown, extendUp});

    QMenu *view = bar->addMenu(tr("&View"));
    view->addActions({search, commandPalette});
    view->addSeparator();
    view->addActions({nextItem, previousItem, firstItem, lastItem, nextTier});
    QMenu *go = view->addMenu(tr("&Go to"));
    go->addActions({goNow, goAsync, goReference, goDone, goSnoozed, goNewSenders});
    view->addSeparator();
    view->addActions({filterOverdue, filterDueToday});
    view->addSeparator();
    view->addActions({nextPane, previousPane, nextControl, previousControl});
    view->addSeparator();
    view->addAction(insights);  // issue 15
    view->addSeparator();
    view->addAction(shortcuts);

    QMenu *help = bar->addMenu(tr("&Help"));
    help->addActions({shortcuts, about});

    menus = {file, edit, item, view, help};
    // Shortcuts must work while the menu bar is hidden too.
    w->addActions({syncNow, quit, undo, redo, open, markDone, moveNow, moveAsync, moveReference,
                   snooze, nextItem, previousItem, nextTier, shortcuts, preferences, snoozePaused,
                   filterOverdue, filterDueToday, openInSource, toggleSelect, extendDown, extendUp,
                   toggleSeen, toggleFlag, reply, muteThread, search, commandPalette, goNow, goAsync, goReference,
                   goDone, goSnoozed, goNewSenders, screenerBlock, senderNow, senderAsync, senderReference, listNeverNow, firstItem, lastItem, nextPane, previousPane,
                   nextControl, previousControl, insights});
}

QList<QAction *> MainActions::itemActions() const
{
    return {open,   openInSource, markDone,   moveNow,    moveAsync,  moveReference, snooze,
            snoozePaused, toggleSelect, extendDown, extendUp, toggleSeen, toggleFlag, reply, muteThread};
}

QList<QAction *> MainActions::all() const
{
    return {syncNow,    quit,        undo,        redo,          preferences,  open,
            openInSource, markDone,  moveNow,     moveAsync,     moveReference, snooze,
            snoozePaused, toggleSelect, extendDown, extendUp,    toggleSeen,   toggleFlag,
            reply,      muteThread, filterOverdue, filterDueToday, nextItem, previousItem, firstItem,
            lastItem,   nextTier,    search,      commandPalette, goNow,       goAsync,
            goReference, goDone,     goSnoozed,   goNewSenders, screenerBlock, senderNow, senderAsync,
            senderReference, listNeverNow, nextPane, previousPane,
            nextControl, previousControl, insights, shortcuts, about};
}

} // namespace fi
