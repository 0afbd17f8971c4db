/// @file mainwindow_rules.cpp
/// @brief MainWindow's part of Preferences ▸ Rules (issue 14): "Apply to stored items" saves the
/// edited rules (preferencesChanged(), as OK does) and re-tiers the stored items with them as
/// one undoable command on the window's undo stack (Edit ▸ Undo takes it back too); "Undo
/// apply" undoes that command while it is the last one.

#include "mainwindow.h"

#include "settings/preferencesdialog.h"
#include "settings/rules/rulespage.h"
#include "triage/retiercommand.h"

#include <QPointer>
#include <QUndoStack>

#include <memory>

namespace fi {

void MainWindow::connectRulesPage(PreferencesDialog *dialog)
{
    dialog->setStore(m_store);
    const QPointer<RulesPage> page = dialog->rulesPage();
    // The command this dialog pushed last; compared by address only, never dereferenced
    // unless it is still the stack's top command.
    auto pushed = std::make_shared<const QUndoCommand *>(nullptr);
    connect(page, &RulesPage::applyRequested, this, [this, page, pushed](const RuleSet &rules, bool includeManual) {
        AppConfig config = m_config;
        config.rules = rules;
        setAppConfig(config);
        Q_EMIT preferencesChanged(config);  // saves config.json and gives the sync the new rules
        auto *command = new RetierCommand(m_store, RetierPlanner(config, m_store->sources(), includeManual));
        *pushed = command;
        m_undoStack->push(command);  // redo(): the batch is queued on the store's writer
        command->future().then(this, [page](const TierBatch &batch) {
            if (page)
                page->showApplied(batch.moved());
        });
    });
    connect(page, &RulesPage::undoRequested, this, [this, page, pushed] {
        const int top = m_undoStack->index() - 1;
        if (top < 0 || m_undoStack->command(top) != *pushed) {
            if (page)
                page->showStatus(tr("Nothing to undo: the apply is no longer the last change."));
            return;
        }
        auto *command = static_cast<const RetierCommand *>(m_undoStack->command(top));
        m_undoStack->undo();
        command->future().then(this, [page](const TierBatch &batch) {
            if (page)
                page->showUndone(batch.moved());
        });
    });
}

} // namespace fi
