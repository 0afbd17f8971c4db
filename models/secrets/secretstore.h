#pragma once
/// @file secretstore.h
/// @brief Passwords in the system keychain through QtKeychain (Secret Service on Linux,
/// KWallet, macOS Keychain, Windows Credential Store). See docs/decisions/0006-secrets-qtkeychain.md.
///
/// Secrets never go to the database, the config file or logs. The insecure (plaintext
/// QSettings) fallback of QtKeychain is never enabled.
///
/// Thread affinity: the blocking functions may be called from any thread, also several at once
/// (worker threads, the CLI main thread). QtKeychain itself is not thread-safe, so every job
/// runs on one private "keychain" thread with its own event loop (started on first use, stopped
/// at exit) and the caller waits for it; no event loop is needed on the calling thread. The GUI
/// should call them from a worker (QtConcurrent::run) so it never blocks on D-Bus.

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

/**
 * @brief End the private keychain thread now (it waits for the job in progress, if any); the
 * next call starts a new one. At exit this happens by itself. Call it before the D-Bus session
 * bus goes away while the process lives on (tests with their own bus): GLib ends a process with
 * SIGTERM when a bus connection it still serves is closed. Not while other threads use the keychain.
 */
void shutdown();

} // namespace fi::secrets
