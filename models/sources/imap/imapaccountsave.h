#pragma once
/// @file imapaccountsave.h
/// @brief Saving an added or edited IMAP account: its password in the system keychain (the one
/// place that decides which keychain entry an account uses), its settings in the store.
///
/// Thread affinity: both functions block on the keychain (D-Bus, see secrets/secretstore.h),
/// saveAccount() also on the store's commit: call them on a worker thread (QtConcurrent) from
/// the GUI, or directly in the CLI.

#include "sources/imap/imapaccount.h"

namespace fi {
class ItemStore;
}

namespace fi::imap {

/**
 * @brief Store the password of @p account under Account::secretKey().
 * @param password the new password; empty = keep the stored one. When the key changed because
 *        user, host or port were edited, the stored password moves from @p previousKey to the new key.
 * @param previousKey Account::secretKey() of the account as saved before this edit; empty when new.
 *        After a successful write under a different key, the old entry is deleted.
 * @param error receives a translated reason on failure (keychain unavailable, locked, no stored
 *        password to keep). The password is never part of it.
 * @return true when the keychain holds the account's password under its current key.
 */
bool saveAccountPassword(const Account &account, const QString &password, const QString &previousKey,
                         QString *error = nullptr);

/// Outcome of saveAccount().
struct SavedAccount {
    qint64 sourceId = 0; ///< The added or updated source; 0 on failure.
    QString error;       ///< Translated reason when sourceId is 0.
};

/**
 * @brief Store the password (saveAccountPassword()), then add the source (@p config.id == 0)
 * or update it. Nothing is written to the store when the keychain fails.
 * @param config a source of kind "imap" (Account::fromConfig() must accept it); no password in it.
 */
SavedAccount saveAccount(ItemStore &store, const SourceConfig &config, const QString &password,
                         const QString &previousKey);

/**
 * @brief Part of the imap kind's SourceKind::cleanup: after @p removed left the store, delete its
 * password from the keychain unless one of @p remaining (another folder source of the same
 * account) still uses the same entry. Blocks on the keychain: call it on a worker thread.
 */
void forgetAccountSecret(const SourceConfig &removed, const QList<SourceConfig> &remaining);

} // namespace fi::imap
