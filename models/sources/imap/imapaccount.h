#pragma once
/// @file imapaccount.h
/// @brief Settings of one IMAP account source (RFC 3501 / RFC 9051), parsed from SourceConfig.

#include "sources/imap/imaplimits.h"
#include "sources/source.h"

#include <QUrl>

#include <optional>

namespace fi::imap {

/// How the TCP connection is secured.
enum class Security {
    Tls,      ///< Implicit TLS (port 993, RFC 8314).
    StartTls, ///< Plain connection upgraded with STARTTLS (port 143, RFC 3501 §6.2.1); no downgrade.
    None,     ///< Plaintext: allowed on loopback or with Account::allowPlaintext only.
};

/**
 * @brief An IMAP account as stored in SourceConfig (location = URL, settings = options).
 *
 * location: `imaps://user@host:993/INBOX` (TLS), `imap://user@host:143/?starttls` style is not
 * used: the security mode is the settings key "security" ("tls", "starttls", "none"); the URL
 * scheme gives the default (imaps → tls, imap → starttls). The password is never part of the
 * config: it lives in the system keychain (see secrets/secretstore.h) under secretKey().
 */
struct Account {
    QString host;
    quint16 port = 993;
    Security security = Security::Tls;
    QString user;
    /// Folders to watch: Unicode mailbox names as LIST shows them after decoding; sent in
    /// modified UTF-7 (imapnames.h, which also keeps legacy raw names working).
    QStringList folders{QStringLiteral("INBOX")};
    /// SHA-256 fingerprint (hex, colon separated, upper case) of a certificate the user trusts
    /// explicitly for this account although it does not verify against the system store.
    QString trustedFingerprint;
    bool allowPlaintext = false;  ///< Explicit opt-in for security None on a non-loopback host.
    bool writeBack = true;        ///< Mirror "opened"/"done" to the server (\Seen, MOVE).
    /// Where "done" moves the message; empty = do not move. fromConfig() drops it from folders
    /// (archived mail would otherwise come back as new items) unless it is the only folder.
    QString archiveFolder;
    int pollSeconds = 120;        ///< Poll interval when IDLE is unavailable (seconds).
    int timeoutSeconds = 30;      ///< Network timeout per read (seconds).
    Limits limits;                ///< Per-command deadline and size caps (imaplimits.h).

    /// Key of the password in the keychain: "imap:<user>@<host>:<port>".
    QString secretKey() const;
    /// Canonical location URL (without password).
    QString locationUrl() const;
    /// Whether the host is a loopback address or "localhost".
    bool isLoopback() const;

    /// Writes the account into @p config (location + settings; never a password).
    void toConfig(SourceConfig &config) const;
    /// @param error receives a translated reason when the config is not a valid IMAP account.
    static std::optional<Account> fromConfig(const SourceConfig &config, QString *error = nullptr);
    /// Parses `imaps://user@host[:port][/FOLDER]` or `imap://…` (STARTTLS by default).
    static std::optional<Account> fromUrl(const QString &url, QString *error = nullptr);
};

QString securityName(Security s);
std::optional<Security> securityFromName(const QString &name);

} // namespace fi::imap
