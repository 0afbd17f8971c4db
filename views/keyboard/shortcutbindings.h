#pragma once
/// @file shortcutbindings.h
/// @brief Key bindings of the window's actions (issue 12, "Rebinding and reach"): defaults,
/// the user's rebindings from config.json ("shortcuts", AppConfig::shortcuts), conflict checks,
/// and applying them to the QActions. Pure functions over QActions; GUI thread only.
///
/// An action is identified by its stable id (QObject::objectName, views/mainactions.cpp); its
/// default keys are the dynamic property "defaultShortcuts" (QList<QKeySequence>).
/// Key strings in config are QKeySequence::PortableText ("Ctrl+K", "G, N").

#include <QCoreApplication>
#include <QKeySequence>
#include <QList>
#include <QMap>
#include <QStringList>

class QAction;

namespace fi {

/// Action id → its key sequences, in order (the first is the one menus show).
using KeyBindings = QMap<QString, QList<QKeySequence>>;

/// The "defaultShortcuts" property of @p action. An action created without it (the undo
/// stack's Undo/Redo) gets its current shortcuts recorded as defaults by rememberDefaults().
QList<QKeySequence> defaultShortcuts(const QAction *action);
/// Record each action's current shortcuts as its defaults when it has none recorded yet.
/// Call once, before the first applyShortcuts().
void rememberDefaults(const QList<QAction *> &actions);

/// True when @p a and @p b cannot both be bound in one window: equal, or one is the start of
/// the other ("G" would fire before "G, N" could ever be completed). Empty sequences never clash.
bool keysClash(const QKeySequence &a, const QKeySequence &b);

/// A key already taken by another action.
struct KeyConflict {
    QString otherId;      ///< Id of the action that has it.
    QKeySequence theirs;  ///< Its sequence that clashes (equal, or a prefix of / prefixed by ours).
};
/// The first action in @p bindings other than @p id whose keys clash with @p keys.
std::optional<KeyConflict> findConflict(const KeyBindings &bindings, const QString &id, const QKeySequence &keys);

/// Config strings → sequences. A string QKeySequence cannot read, or a sequence of more
/// than 4 keys, is skipped and named in *errors (translated).
QList<QKeySequence> keysFromStrings(const QStringList &strings, QStringList *errors);
/// Sequences → config strings (PortableText), empty sequences dropped.
QStringList keysToStrings(const QList<QKeySequence> &keys);

/// What @p actions should be bound to: @p configured (AppConfig::shortcuts) for the ids it
/// names, the defaults for the rest. A configured key that clashes with another action's
/// key is dropped with a message in *problems (user bindings are placed first, so a
/// hand-edited binding wins over a default it clashes with). Unknown ids are ignored.
KeyBindings resolveBindings(const QList<QAction *> &actions, const QMap<QString, QStringList> &configured,
                            QStringList *problems = nullptr);

/// The entries of @p bindings that differ from the actions' defaults, as config strings
/// (what AppConfig::shortcuts stores; an empty list = deliberately unbound).
QMap<QString, QStringList> overridesOf(const QList<QAction *> &actions, const KeyBindings &bindings);

/// Set every action of @p actions to its binding (resolveBindings()). Menus, the `?`
/// overlay and the palette read QAction::shortcuts(), so they follow.
/// @return the problems found (translated; empty when every binding applied).
QStringList applyShortcuts(const QList<QAction *> &actions, const QMap<QString, QStringList> &configured);

/// "Mark done" for "Mark &done", "Snooze and pause the clock" for "…&pause the clock…".
QString actionDisplayText(const QAction *action);

} // namespace fi
