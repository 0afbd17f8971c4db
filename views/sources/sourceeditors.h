#pragma once
/// @file sourceeditors.h
/// @brief Per-kind UI, registered like the kinds themselves (models/sources/sourceregistry.h):
/// the "Add source" entries of the File menu and the Sources sidebar, and the source list's
/// "Edit…" action, come from here. Nothing outside a kind's folder names a kind.
///
/// The built-in editors are registered in builtineditors.cpp; each lives in its kind's folder
/// (views/sources/maildir/, views/sources/imap/).

#include "sources/source.h"

#include <QCoreApplication>
#include <QIcon>
#include <QList>

#include <functional>

class QAction;
class QDialog;
class QMenu;
class QObject;
class QWidget;

namespace fi {

class ItemStore;

/// What an editor gets from the app when it makes a dialog.
struct SourceEditorContext {
    ItemStore *store = nullptr;   ///< Not owned; outlives the dialog and any save it started.
    QStringList myAddresses;      ///< AppConfig::myAddresses (empty: a mail editor may ask for "me").
    /// To be called on the GUI thread once the editor added or updated source @p sourceId in the
    /// store (the app then syncs it). May be empty (tests).
    std::function<void(qint64 sourceId)> saved;
};

/**
 * @brief The UI of one source kind. Texts are untranslated literals marked with
 * QT_TRANSLATE_NOOP("fi::SourceEditors", …) and translated when shown.
 * GUI thread only.
 */
struct SourceEditor {
    /// A dialog (not yet shown) that adds a source of this kind; the caller sets
    /// Qt::WA_DeleteOnClose and open()s it. Saving happens inside it (then context.saved()).
    using AddFactory = std::function<QDialog *(const SourceEditorContext &context, QWidget *parent)>;
    /// A dialog (not yet shown) editing @p existing, which is of this kind.
    using EditFactory =
        std::function<QDialog *(const SourceConfig &existing, const SourceEditorContext &context, QWidget *parent)>;
    /// Asked once per start after the window is shown (Maildir: "Add your ~/Maildir?"). Modal.
    using FirstRunOffer = std::function<void(const SourceEditorContext &context, QWidget *parent)>;

    /**
     * @brief A command a kind contributes to the File menu, the Sources "+" menu and the source
     * list's context menu that is about the kind as a whole rather than one source (feeds:
     * "Import feeds from OPML…", "Export feeds as OPML…"). Generic views list these without
     * knowing what they do, so they never name the kind.
     */
    struct Action {
        QString id;                    ///< Unique within the kind ("importOpml"). Required.
        const char *text = nullptr;    ///< Menu text, QT_TRANSLATE_NOOP("fi::SourceEditors", …). Required.
        const char *toolTip = nullptr; ///< Optional.
        /// A dialog (not yet shown) that does it, handled like an "add" dialog: the caller sets
        /// Qt::WA_DeleteOnClose and open()s it; sources it adds are reported through
        /// context.saved(). nullptr = nothing to show.
        AddFactory create;
    };

    QString kind;                     ///< SourceKind::key of the kind it edits.
    const char *addText = nullptr;    ///< Menu text of "add" ("Add &IMAP account…"). Required.
    const char *addToolTip = nullptr; ///< Optional tooltip of the "add" action.
    const char *editText = nullptr;   ///< Source list text of "edit" ("Edit account…"); with createEdit.
    AddFactory createAdd;             ///< Required.
    EditFactory createEdit;           ///< Empty = sources of this kind cannot be edited (no Edit entry).
    FirstRunOffer firstRunOffer;      ///< Optional.
    QList<Action> actions;            ///< Optional kind-wide commands (see Action), in menu order.

    QString addMenuText() const;
    QString addMenuToolTip() const;
    QString editMenuText() const;
    /// The kind's icon (SourceKind::icon: a resource path or a theme name); null for an unknown kind.
    QIcon icon() const;
};

/// Kind key → editor, in registration order (the order of the Add entries).
class SourceEditors {
public:
    /// The process-wide registry with the built-in editors registered. GUI thread only.
    static SourceEditors &instance();

    /// Add @p editor, or replace the one of the same kind (keeping its place).
    void registerEditor(SourceEditor editor);
    /// Remove the editor of @p kind (tests). @return whether there was one.
    bool unregisterEditor(const QString &kind);
    /// nullptr when the kind has no editor. Valid until the registry is next changed.
    const SourceEditor *editor(const QString &kind) const;
    /// Every registered editor, in registration order (valid until the registry is next changed).
    QList<const SourceEditor *> editors() const;

    /// One "Add …" action per editor, parented to @p parent, with the kind's icon; the action's
    /// data() is the kind key. Built now: editors registered later are not in the list.
    QList<QAction *> createAddActions(QObject *parent) const;
    /// One action per SourceEditor::Action of every editor (editors in registration order),
    /// parented to @p parent. data() stays empty (it is not an "add"); actionKind() and
    /// actionId() tell which one it is; objectName() is "<kind>.<id>".
    QList<QAction *> createKindActions(QObject *parent) const;
    /// The kind of an action made by createKindActions() (empty for any other action).
    static QString actionKind(const QAction *action);
    /// The SourceEditor::Action::id of an action made by createKindActions().
    static QString actionId(const QAction *action);
    /// The editor's action @p id of @p kind; nullptr when there is none.
    const SourceEditor::Action *action(const QString &kind, const QString &id) const;

private:
    QList<SourceEditor> m_editors;
};

/// Registers the Maildir, IMAP, … editors (builtineditors.cpp: the one place that lists them).
void registerBuiltinEditors(SourceEditors &editors);

} // namespace fi
