#pragma once
/// @file secretstore.h
/// @brief Passwords in the system keychain through QtKeychain (Secret Service on Linux,
/// KWallet, macOS Keychain, Windows Credential Store). See docs/decisions/0006-secrets-qtkeychain.md.
///
/// Secrets never go to the database, the config file or logs. The insecure (plaintext
/// QSettings) fallback of QtKeychain is never enabled.
///
/// Thread affinity: the blocking functions spin a local QEventLoop and may be called from any
/// thread that is not inside a modal wait on the same keychain (worker threads, the CLI main
/// thread). The GUI should use the same functions from a worker (QtConcurrent::run) so it
/// never blocks on D-Bus.

#include <QString>

#include <optional>

namespace fi::secrets {

/// The keychain "service" name under which Focus Inbox stores its entries.
QString serviceName();

/**
 * @brief Store @p secret under @p key (e.g. "imap:user@host:993"), replacing any old value.
 * @param error receives a translated reason on failure (no keychain running, locked, denied).
 * @param timeoutMs give up after this many milliseconds.
 */
bool writeSecret(const QString &key, const QString &secret, QString *error = nullptr, int timeoutMs = 20000);

/// Read the secret stored under @p key; nullopt (with @p error) when missing or unavailable.
std::optional<QString> readSecret(const QString &key, QString *error = nullptr, int timeoutMs = 20000);

/// Delete the entry; true also when there was none.
bool deleteSecret(const QString &key, QString *error = nullptr, int timeoutMs = 20000);

} // namespace fi::secrets
