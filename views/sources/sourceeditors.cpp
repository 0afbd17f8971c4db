#include "sources/sourceeditors.h"

#include "sources/sourceregistry.h"

#include <QAction>

namespace fi {

namespace {
constexpr char kKindProperty[] = "fi.sourceKind";
constexpr char kActionProperty[] = "fi.sourceAction";

QString translated(const char *text)
{
    return text ? QCoreApplication::translate("fi::SourceEditors", text) : QString();
}
} // namespace

QString SourceEditor::addMenuText() const { return translated(addText); }
QString SourceEditor::addMenuToolTip() const { return translated(addToolTip); }
QString SourceEditor::editMenuText() const { return translated(editText); }

QIcon SourceEditor::icon() const
{
    const SourceKind *k = SourceRegistry::instance().kind(kind);
    if (!k || k->icon.isEmpty())
        return {};
    return k->icon.startsWith(u':') ? QIcon(k->icon) : QIcon::fromTheme(k->icon);
}

SourceEditors &SourceEditors::instance()
{
    static SourceEditors editors = [] {
        SourceEditors e;
        registerBuiltinEditors(e);
        return e;
    }();
    return editors;
}

void SourceEditors::registerEditor(SourceEditor editor)
{
    Q_ASSERT(!editor.kind.isEmpty() && editor.addText && editor.createAdd);
    for (SourceEditor &existing : m_editors) {
        if (existing.kind == editor.kind) {
            existing = std::move(editor);
            return;
        }
    }
    m_editors.append(std::move(editor));
}

bool SourceEditors::unregisterEditor(const QString &kind)
{
    return m_editors.removeIf([&](const SourceEditor &e) { return e.kind == kind; }) > 0;
}

const SourceEditor *SourceEditors::editor(const QString &kind) const
{
    for (const SourceEditor &e : m_editors)
        if (e.kind == kind)
            return &e;
    return nullptr;
}

QList<const SourceEditor *> SourceEditors::editors() const
{
    QList<const SourceEditor *> list;
    for (const SourceEditor &e : m_editors)
        list.append(&e);
    return list;
}

QList<QAction *> SourceEditors::createAddActions(QObject *parent) const
{
    QList<QAction *> actions;
    for (const SourceEditor &e : m_editors) {
        auto *action = new QAction(e.icon(), e.addMenuText(), parent);
        action->setToolTip(e.addMenuToolTip().isEmpty() ? action->text() : e.addMenuToolTip());
        action->setData(e.kind);
        actions.append(action);
    }
    return actions;
}

QList<QAction *> SourceEditors::createKindActions(QObject *parent) const
{
    QList<QAction *> actions;
    for (const SourceEditor &e : m_editors) {
        for (const SourceEditor::Action &a : e.actions) {
            auto *action = new QAction(translated(a.text), parent);
            const QString tip = translated(a.toolTip);
            action->setToolTip(tip.isEmpty() ? action->text() : tip);
            action->setObjectName(e.kind + u'.' + a.id);
            action->setProperty(kKindProperty, e.kind);
            action->setProperty(kActionProperty, a.id);
            actions.append(action);
        }
    }
    return actions;
}

QString SourceEditors::actionKind(const QAction *action)
{
    return action ? action->property(kKindProperty).toString() : QString();
}

QString SourceEditors::actionId(const QAction *action)
{
    return action ? action->property(kActionProperty).toString() : QString();
}

const SourceEditor::Action *SourceEditors::action(const QString &kind, const QString &id) const
{
    const SourceEditor *e = editor(kind);
    if (!e)
        return nullptr;
    for (const SourceEditor::Action &a : e->actions)
        if (a.id == id)
            return &a;
    return nullptr;
}

} // namespace fi
