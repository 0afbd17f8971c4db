#include "sources/imap/imapeditor.h"

#include "concurrency/workerpool.h"
#include "sources/imap/imapaccount.h"
#include "sources/imap/imapaccountdialog.h"
#include "sources/imap/imapaccountsave.h"
#include "sources/imap/imapkind.h"
#include "storage/itemstore.h"

#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace fi::imap {

namespace {

/// Wires @p dialog to save through the keychain and the store; @p previousKey is the keychain
/// entry of the account before editing ("" for a new one). The dialog waits for a running
/// save when it is destroyed (~ImapAccountDialog), so the store outlives it.
QDialog *prepare(ImapAccountDialog *dialog, const SourceEditorContext &context, const QString &previousKey)
{
    ItemStore *store = context.store;
    dialog->setExistingSources(store->sources());
    auto savedId = std::make_shared<qint64>(0);
    dialog->setCommitter([store, previousKey, savedId](const SourceConfig &config, const QString &password) {
        // Keychain (D-Bus) and the store's commit both block: off the GUI thread.
        return QtConcurrent::run(workerPool(), [store, config, password, previousKey, savedId] {
            const SavedAccount saved = saveAccount(*store, config, password, previousKey);
            *savedId = saved.sourceId;
            return saved.error;
        });
    });
    QObject::connect(dialog, &QDialog::accepted, dialog, [savedId, saved = context.saved] {
        if (*savedId > 0 && saved)
            saved(*savedId);
    });
    return dialog;
}

} // namespace

SourceEditor editor()
{
    SourceEditor e;
    e.kind = kindKey();
    e.addText = QT_TRANSLATE_NOOP("fi::SourceEditors", "Add &IMAP account…");
    e.addToolTip = QT_TRANSLATE_NOOP("fi::SourceEditors", "Add a mail account on an IMAP server");
    e.editText = QT_TRANSLATE_NOOP("fi::SourceEditors", "Edit account…");
    e.createAdd = [](const SourceEditorContext &context, QWidget *parent) {
        return prepare(new ImapAccountDialog(parent), context, {});
    };
    e.createEdit = [](const SourceConfig &existing, const SourceEditorContext &context, QWidget *parent) {
        const std::optional<Account> account = Account::fromConfig(existing);
        return prepare(new ImapAccountDialog(existing, parent), context, account ? account->secretKey() : QString());
    };
    return e;
}

} // namespace fi::imap
