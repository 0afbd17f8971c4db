#include "accounts/accountsfeature.h"

#include "plaintext.h"
#include "sources/sourceeditors.h"
#include "sources/sourceregistry.h"
#include "storage/itemstore.h"
#include "sync/syncmanager.h"

#include <QDialog>
#include <QMessageBox>

namespace fi {

AccountsFeature::AccountsFeature(ItemStore *store, SyncManager *sync, QWidget *window,
                                 std::function<QStringList()> myAddresses, QObject *parent)
    : QObject(parent), m_store(store), m_sync(sync), m_window(window), m_myAddresses(std::move(myAddresses))
{
}

AccountsFeature::~AccountsFeature()
{
    delete m_dialog;
}

SourceEditorContext AccountsFeature::context()
{
    SourceEditorContext c;
    c.store = m_store;
    if (m_myAddresses)
        c.myAddresses = m_myAddresses();
    c.saved = [this](qint64 id) {
        m_sync->syncSource(id);
        Q_EMIT sourceSaved(id);
    };
    return c;
}

bool AccountsFeature::raiseOpenDialog()
{
    if (!m_dialog)
        return false;
    m_dialog->raise();
    m_dialog->activateWindow();
    return true;
}

void AccountsFeature::addSource(const QString &kind)
{
    const SourceEditor *editor = SourceEditors::instance().editor(kind);
    if (!editor || raiseOpenDialog())
        return;
    run(editor->createAdd(context(), m_window));
}

void AccountsFeature::editSource(qint64 sourceId)
{
    const std::optional<SourceConfig> source = m_store->source(sourceId);
    if (!source)
        return;
    const SourceEditor *editor = SourceEditors::instance().editor(source->kind);
    if (!editor || !editor->createEdit) {
        const SourceKind *kind = SourceRegistry::instance().kind(source->kind);
        plainMessageBox(m_window, QMessageBox::Information, tr("Edit Source"),
                        tr("\"%1\" is a %2 source, which cannot be edited here; remove it and add it again to change it.")
                            .arg(source->name, kind ? kind->displayName() : source->kind));
        return;
    }
    if (raiseOpenDialog())
        return;
    run(editor->createEdit(*source, context(), m_window));
}

void AccountsFeature::runSourceAction(const QString &kind, const QString &actionId)
{
    const SourceEditor::Action *action = SourceEditors::instance().action(kind, actionId);
    if (!action || !action->create || raiseOpenDialog())
        return;
    run(action->create(context(), m_window));
}

void AccountsFeature::offerFirstRunSources()
{
    for (const SourceEditor *editor : SourceEditors::instance().editors())
        if (editor->firstRunOffer)
            editor->firstRunOffer(context(), m_window);
}

void AccountsFeature::run(QDialog *dialog)
{
    if (!dialog)
        return;
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace fi
