#include "accounts/accountsfeature.h"

#include "accounts/imapaccountdialog.h"
#include "plaintext.h"
#include "sources/imap/imapaccount.h"
#include "sources/imap/imapaccountsave.h"
#include "sources/sourceregistry.h"
#include "storage/itemstore.h"
#include "sync/syncmanager.h"

#include <QMessageBox>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace fi {

AccountsFeature::AccountsFeature(ItemStore *store, SyncManager *sync, QWidget *window, QObject *parent)
    : QObject(parent), m_store(store), m_sync(sync), m_window(window)
{
}

AccountsFeature::~AccountsFeature()
{
    delete m_dialog;
    m_saving.waitForFinished();
}

void AccountsFeature::addImapAccount()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    run(new ImapAccountDialog(m_window), {});
}

void AccountsFeature::editSource(qint64 sourceId)
{
    const std::optional<SourceConfig> source = m_store->source(sourceId);
    if (!source)
        return;
    const SourceKind *kind = SourceRegistry::instance().kind(source->kind);
    if (!kind || !kind->accountEditor) {
        plainMessageBox(m_window, QMessageBox::Information, tr("Edit Source"),
                        tr("\"%1\" is a %2 source; only IMAP accounts can be edited here so far.")
                            .arg(source->name, source->kind));
        return;
    }
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    const std::optional<imap::Account> account = imap::Account::fromConfig(*source);
    run(new ImapAccountDialog(*source, m_window), account ? account->secretKey() : QString());
}

void AccountsFeature::run(ImapAccountDialog *dialog, const QString &previousKey)
{
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setExistingSources(m_store->sources());
    auto savedId = std::make_shared<qint64>(0);
    dialog->setCommitter([this, previousKey, savedId](const SourceConfig &config, const QString &password) {
        // Keychain (D-Bus) and the store's commit both block: off the GUI thread.
        m_saving = QtConcurrent::run([store = m_store, config, password, previousKey, savedId] {
            const imap::SavedAccount saved = imap::saveAccount(*store, config, password, previousKey);
            *savedId = saved.sourceId;
            return saved.error;
        });
        return m_saving;
    });
    connect(dialog, &QDialog::accepted, this, [this, savedId] {
        if (*savedId <= 0)
            return;
        m_sync->syncSource(*savedId);
        Q_EMIT sourceSaved(*savedId);
    });
    dialog->open();
}

} // namespace fi
