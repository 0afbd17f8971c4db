#pragma once
/// @file imaplimits.h
/// @brief How much a server may send and how long it may take (issue 9, "Servers are bounded").
///
/// An IMAP server is not trusted: libetpan reads every response whole into memory and its
/// network timeout restarts with every byte received, so without these bounds a server could
/// make the app allocate gigabytes (a literal {4294967295}, a flood of untagged responses) or
/// hold a sync forever (one byte every 29 s). Enforced per command by StreamGuard
/// (imapstreamguard.h); exceeding a bound closes the connection with a Protocol or Timeout error.

#include <QVariantMap>

namespace fi::imap {

struct Limits {
    /// Largest literal (one message, header block or snippet) accepted, in bytes. The announced
    /// size is checked before libetpan allocates anything. Settings key "maxLiteralBytes".
    qint64 maxLiteralBytes = 48LL * 1024 * 1024;
    /// Largest total of bytes received in answer to one command (all its untagged responses and
    /// literals), in bytes. Settings key "maxResponseBytes". libetpan keeps every untagged
    /// response of a command until its tagged reply, at roughly ten times their size in
    /// memory (measured: a 2 MiB flood of FETCH lines costs ~56 MiB under ASan), so this
    /// bounds memory per connection; 500 message summaries (one sync batch) need a few MiB.
    qint64 maxResponseBytes = 64LL * 1024 * 1024;
    /// Overall deadline of one command, in seconds, however slowly the server trickles bytes
    /// (the per-read timeout is Account::timeoutSeconds). Settings key "commandDeadlineSeconds".
    int commandDeadlineSeconds = 300;

    static constexpr qint64 kMinLiteralBytes = 64 * 1024;
    static constexpr qint64 kMinResponseBytes = 256 * 1024;

    /// Reads the keys above from SourceConfig::settings; missing keys keep the defaults, values
    /// below the minimums are raised to them.
    static Limits fromSettings(const QVariantMap &settings);
    /// Writes the keys that differ from the defaults.
    void toSettings(QVariantMap &settings) const;
    bool operator==(const Limits &) const = default;
};

} // namespace fi::imap
