#pragma once
/// @file imapsource.h
/// @brief IMAP account source (libetpan; see docs/decisions/0005-imap-libetpan.md).

#include "sources/imap/imapaccount.h"
#include "sources/imap/imapsession.h"
#include "sources/source.h"

#include <functional>
#include <memory>

namespace fi::imap {

/// Counters of the last run (tests, benchmark).
struct RunStats {
    int bodiesFetched = 0;  ///< Messages whose header/snippet bytes were downloaded.
    int batches = 0;
    int unchangedFolders = 0;       ///< Folders that stopped after SELECT (nothing changed, issue 17).
    bool knownItemsRead = false;    ///< Whether the store's items were read (not for a no-change sync).
    bool sessionReused = false;     ///< The session came from the SessionPool (no connect, no LOGIN).
    bool qresync = false;           ///< QRESYNC was enabled on the session (RFC 7162).
    int uidListings = 0;            ///< Folders whose UIDs were all listed to find expunges.
};

/// Returns the account password, or nullopt with a translated reason. Called on the worker thread.
using PasswordProvider = std::function<std::optional<QString>(const Account &, QString *error)>;

/**
 * @brief Syncs the folders of one IMAP account (SourceConfig::location = imaps://user@host/INBOX,
 * settings as in Account). Lives on the thread that created it; each start() runs one libetpan
 * session on a private worker thread (connect → LOGIN → per folder syncFolder() → LOGOUT) and
 * emits the Source signals queued on the owner thread. When the SessionPool is on, the session
 * comes from the last sync of the account and goes back to the pool instead of LOGOUT.
 *
 * Failure: finished() with ok = false and a specific message (wrong password, unknown host,
 * refused port, untrusted certificate with its SHA-256 fingerprint, missing STARTTLS, …);
 * SyncResult::retryable tells network trouble (Error::isTransient()) from configuration
 * problems; lastError() keeps the kind. Retrying with backoff is the SyncScheduler's job.
 */
class ImapSource : public Source {
    Q_OBJECT
public:
    /// Longest wait for the worker when the source is destroyed or restarted (ms).
    static constexpr int kStopWaitMs = 500;

    explicit ImapSource(SourceConfig config, QObject *parent = nullptr);
    /// Stops the worker (its socket is shut down, so a read blocked on a silent server fails at
    /// once) and joins it, waiting at most kStopWaitMs: a worker still connecting is detached
    /// and ends on its own within Account::timeoutSeconds per step, emitting nothing.
    ~ImapSource() override;

    void start(const KnownItemsProvider &known, const QMap<QString, QByteArray> &syncState) override;
    /// Stops the running sync at once (the connection is shut down); finished() follows with
    /// SyncResult::aborted.
    void abort() override;

    /// Replace the keychain lookup (tests). Default: secrets::readSecret(account.secretKey()).
    void setPasswordProvider(PasswordProvider provider);
    /// Process-wide default for sources created by the registry (tests, benchmark); empty = keychain.
    static void setDefaultPasswordProvider(PasswordProvider provider);
    /// The password of @p account from the default provider if one is set, else the keychain.
    /// Blocking (keychain over D-Bus): call off the GUI thread.
    static std::optional<QString> passwordFor(const Account &account, QString *error);

    /// Owner thread only.
    const Error &lastError() const;
    RunStats lastRunStats() const;

private:
    struct Run;
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace fi::imap
