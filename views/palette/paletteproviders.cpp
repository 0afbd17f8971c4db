#include "palette/paletteproviders.h"

#include "focus/focusmenu.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "palette/commandpalette.h"
#include "palette/snoozeentries.h"
#include "search/searchfeature.h"
#include "sourcelistview.h"
#include "sources/sourceeditors.h"
#include "sync/sourcestatusmodel.h"
#include "tiersidebar.h"

#include <QAction>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QRegularExpression>
#include <QTime>

namespace fi {

namespace {

QString withoutMnemonic(QString text)
{
    static const QRegularExpression single(QStringLiteral("&(?!&)"));
    text.remove(single);  // "&&" keeps its second '&'
    return text.trimmed();
}

QString categoryOf(const QAction *action)
{
    const auto objects = action->associatedObjects();
    for (QObject *object : objects) {
        if (auto *menu = qobject_cast<QMenu *>(object); menu && !menu->title().isEmpty())
            return withoutMnemonic(menu->title());
    }
    return CommandPalette::tr("Command");
}

QString shortcutText(const QAction *action)
{
    return action->shortcut().toString(QKeySequence::NativeText);
}

PaletteEntry entryFor(QAction *action, const QString &id, const QString &category)
{
    QPointer<QAction> guarded(action);
    return {id, paletteActionText(action), category, shortcutText(action),
            [guarded] {
                if (guarded && guarded->isEnabled())
                    guarded->trigger();
            },
            {}};
}

struct ViewCommand {
    InboxView view;
    QAction *MainActions::*action;
};

constexpr ViewCommand kViewCommands[] = {
    {InboxView::Now, &MainActions::goNow},           {InboxView::Async, &MainActions::goAsync},
    {InboxView::Reference, &MainActions::goReference}, {InboxView::Done, &MainActions::goDone},
    {InboxView::Snoozed, &MainActions::goSnoozed},       {InboxView::NewSenders, &MainActions::goNewSenders},
};

} // namespace

QString paletteActionText(const QAction *action)
{
    return withoutMnemonic(action->text());
}

QList<PaletteEntry> actionEntries(const QList<QAction *> &actions, const QSet<QString> &skipIds)
{
    QList<PaletteEntry> entries;
    for (QAction *action : actions) {
        if (!action || action->isSeparator() || !action->isEnabled() || !action->isVisible()
            || action->menu() || action->objectName().isEmpty() || skipIds.contains(action->objectName()))
            continue;
        PaletteEntry entry = entryFor(action, action->objectName(), categoryOf(action));
        if (action->isCheckable() && action->isChecked())
            entry.detail = CommandPalette::tr("On");  // e.g. the "Only overdue" filter
        entries.append(std::move(entry));
    }
    return entries;
}

QList<PaletteEntry> windowActionEntries(MainWindow &window)
{
    const MainActions &a = window.actions();
    QSet<QString> skip{a.commandPalette->objectName()};
    for (const ViewCommand &command : kViewCommands)
        skip.insert((a.*command.action)->objectName());
    QList<PaletteEntry> entries = actionEntries(a.all(), skip);
    // File ▸ Add … and the kinds' own commands have no objectName of their own in all();
    // they get ids here from their kind key (stable across starts).
    for (QAction *add : a.addSource) {
        if (add->isEnabled())
            entries.append(entryFor(add, QStringLiteral("file.add.") + add->data().toString(), categoryOf(add)));
    }
    for (QAction *action : a.kindActions) {
        if (action->isEnabled())
            entries.append(entryFor(action,
                                    QStringLiteral("file.kind.%1.%2")
                                        .arg(SourceEditors::actionKind(action), SourceEditors::actionId(action)),
                                    categoryOf(action)));
    }
    return entries;
}

QList<PaletteEntry> viewEntries(MainWindow &window)
{
    QList<PaletteEntry> entries;
    const QPointer<MainWindow> guarded(&window);
    for (const ViewCommand &command : kViewCommands) {
        const QAction *action = window.actions().*command.action;
        const int count = window.sidebar()->countShown(command.view);
        const InboxView view = command.view;
        entries.append({action->objectName(), paletteActionText(action), CommandPalette::tr("View"),
                        shortcutText(action),
                        [guarded, view] {
                            if (guarded)
                                guarded->showView(view);
                        },
                        count > 0 ? QLocale().toString(count) : QString()});  // as the sidebar shows it
    }
    return entries;
}

QList<PaletteEntry> sourceEntries(MainWindow &window)
{
    QList<PaletteEntry> entries;
    SourceListView *list = window.sidebar()->sourceList();
    const QAbstractItemModel *model = list ? list->model() : nullptr;
    if (!model)
        return entries;
    const QPointer<SourceListView> guarded(list);
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        const qint64 id = index.data(SourceStatusModel::SourceIdRole).toLongLong();
        const QString name = index.data(Qt::DisplayRole).toString();
        // The list's context menu does the same through these signals (the application
        // connects them: SourcesFeature → scheduler, AccountsFeature → editor).
        entries.append({QStringLiteral("source.sync.%1").arg(id), CommandPalette::tr("Sync “%1”").arg(name),
                        CommandPalette::tr("Source"), {},
                        [guarded, id] {
                            if (guarded)
                                Q_EMIT guarded->syncRequested(id);
                        },
                        index.data(SourceStatusModel::StatusLineRole).toString()});
        const SourceEditor *editor = SourceEditors::instance().editor(index.data(SourceStatusModel::KindRole).toString());
        if (editor && editor->createEdit) {
            entries.append({QStringLiteral("source.edit.%1").arg(id), CommandPalette::tr("Edit “%1”…").arg(name),
                            CommandPalette::tr("Source"), {},
                            [guarded, id] {
                                if (guarded)
                                    Q_EMIT guarded->editRequested(id);
                            },
                            index.data(SourceStatusModel::KindNameRole).toString()});
        }
    }
    return entries;
}

QList<PaletteEntry> focusEntries(MainWindow &window)
{
    QList<PaletteEntry> entries;
    const auto menus = window.findChildren<FocusMenu *>();
    for (FocusMenu *menu : menus) {
        menu->setUntilTime(FocusMenu::defaultUntil(QTime::currentTime()));  // as when it opens
        const QString category = withoutMnemonic(menu->title());
        const std::pair<QAction *, QString> commands[] = {
            {menu->startAction(25), QStringLiteral("focus.start.25")},
            {menu->startAction(50), QStringLiteral("focus.start.50")},
            {menu->startAction(90), QStringLiteral("focus.start.90")},
            {menu->untilAction(), QStringLiteral("focus.until")},
            {menu->extendAction(), QStringLiteral("focus.extend")},
            {menu->stopAction(), QStringLiteral("focus.stop")},
        };
        for (const auto &[action, id] : commands) {
            if (action && action->isEnabled())
                entries.append(entryFor(action, id, category));
        }
        break;  // the window has one Focus menu
    }
    return entries;
}

QList<PaletteEntry> searchEntries(MainWindow &window)
{
    QList<PaletteEntry> entries;
    SearchFeature *search = window.searchFeature();
    if (!search)
        return entries;
    const QPointer<SearchFeature> guarded(search);
    const QString category = CommandPalette::tr("Search");
    if (search->isActive()) {
        entries.append({QStringLiteral("search.save"), CommandPalette::tr("Save search…"), category, {},
                        [guarded] {
                            if (guarded)
                                guarded->askToSaveSearch();
                        },
                        {}});
    }
    const QList<SavedSearch> &saved = search->savedSearches();
    for (int i = 0; i < saved.size(); ++i) {
        const QString name = saved.at(i).name;
        const int count = window.sidebar()->savedSearchCountShown(i);
        // By name at run time: the list may have changed since the palette opened.
        const auto indexOf = [guarded, name] {
            return guarded ? indexOfSavedSearch(guarded->savedSearches(), name) : -1;
        };
        entries.append({QStringLiteral("search.saved.") + name.toLower(), CommandPalette::tr("Saved search: %1").arg(name),
                        category, {},
                        [guarded, indexOf] {
                            if (guarded)
                                guarded->runSavedSearch(indexOf());
                        },
                        count >= 0 ? QLocale().toString(count) : QString()});
        // No id: never remembered as recent, so it never ranks above running the search.
        entries.append({QString(), CommandPalette::tr("Delete saved search: %1").arg(name), category, {},
                        [guarded, indexOf] {
                            if (guarded)
                                guarded->deleteSavedSearch(indexOf());
                        },
                        {}});
    }
    return entries;
}

CommandPalette *installCommandPalette(MainWindow &window)
{
    auto *palette = new CommandPalette(&window);
    MainWindow *w = &window;
    palette->addProvider([w] { return snoozeEntries(*w); });  // the snooze picker's choices
    palette->addProvider([w] { return windowActionEntries(*w); });
    palette->addProvider([w] { return viewEntries(*w); });
    palette->addProvider([w] { return focusEntries(*w); });
    palette->addProvider([w] { return sourceEntries(*w); });
    palette->addProvider([w] { return searchEntries(*w); });  // issue 12 (FIND)
    QAction *open = window.actions().commandPalette;
    palette->setToggleAction(open);
    QObject::connect(open, &QAction::triggered, palette, &CommandPalette::open);
    return palette;
}

} // namespace fi
