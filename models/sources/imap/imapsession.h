#pragma once
/// @file imapsession.h
/// @brief RAII wrapper of one libetpan `mailimap` session (RFC 3501/9051, CONDSTORE RFC 7162,
/// UIDPLUS RFC 4315, MOVE RFC 6851).
///
/// Thread affinity: libetpan is synchronous. A Session is created, used and destroyed on ONE
/// worker thread; every call blocks on the network: each read is bounded by
/// Account::timeoutSeconds and each command by Account::limits (overall deadline, largest
/// literal, largest response; see imaplimits.h and imapstreamguard.h). What connect() reads
/// (greeting, CAPABILITY, STARTTLS reply) is bounded the same way from its first byte on, seen
/// through libetpan's stream logger. Never use it on the GUI thread; another thread stops it
/// with guard()->cancel() (or StreamGuard::cancelAll()). A failure caused by a bound names it:
/// Protocol for a literal or response over the cap, Timeout for the deadline or a silent server.
/// Errors are returned as Error values, never thrown.

#include "sources/imap/imapaccount.h"
#include "sources/imap/imapstreamguard.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

struct mailimap;

namespace fi::imap {

/// What went wrong, so the UI and CLI can show a specific message.
enum class ErrorKind {
    None,
    HostNotFound,     ///< DNS lookup failed.
    ConnectionFailed, ///< TCP connect refused or unreachable.
    Timeout,          ///< No answer within the timeout.
    Tls,              ///< TLS handshake failed.
    Certificate,      ///< Peer certificate not trusted (see Error::fingerprint).
    StartTlsMissing,  ///< Server does not offer STARTTLS: refused, no downgrade.
    PreAuth,          ///< Server sent PREAUTH before STARTTLS: refused.
    PlaintextRefused, ///< Security None on a non-loopback host without opt-in.
    Auth,             ///< LOGIN rejected (wrong user or password).
    InvalidName,      ///< A user, password or folder name that cannot be sent safely (CR, LF,
                      ///< NUL, 8-bit in a user name, …): refused before anything was sent.
    Protocol,         ///< Unexpected response, mailbox missing, connection dropped, …
};

struct Error {
    ErrorKind kind = ErrorKind::None;
    QString message;      ///< Translated, shown to the user; never contains the password.
    QString fingerprint;  ///< For Certificate: SHA-256 of the leaf, "AB:CD:…".
    bool isError() const { return kind != ErrorKind::None; }
    /// Errors worth retrying with backoff (network trouble, not configuration).
    bool isTransient() const;
};

/// Flags of one message as this app cares about them (RFC 3501 §2.3.2 system flags).
struct MessageFlags {
    bool seen = false;
    bool flagged = false;
    bool answered = false;
    bool deleted = false;
};

/// One message as returned by a UID FETCH.
struct FetchedMessage {
    quint32 uid = 0;
    MessageFlags flags;
    quint32 size = 0;      ///< RFC822.SIZE in bytes (0 when not requested; no FetchWhat does).
    QByteArray header;     ///< BODY[HEADER] when requested.
    QByteArray text;       ///< BODY[TEXT]<0.N> (partial) when requested.
    QByteArray full;       ///< BODY[] when requested.
};

/// State of the selected mailbox after SELECT.
struct MailboxStatus {
    quint32 uidValidity = 0;
    quint32 uidNext = 0;
    quint32 exists = 0;
    quint64 highestModSeq = 0; ///< 0 = server has no CONDSTORE for this mailbox.
};

/// What to fetch.
enum class FetchWhat {
    Uids,      ///< UID only.
    Flags,     ///< UID FLAGS.
    Summary,   ///< UID FLAGS BODY.PEEK[HEADER] BODY.PEEK[TEXT]<0.snippetBytes>.
    Full,      ///< UID FLAGS BODY.PEEK[].
};

/// Where a copied or moved message went, from the server's COPYUID response code (RFC 4315
/// §3, UIDPLUS; after a MOVE it comes in an untagged OK, RFC 6851 §4.3). uid 0 = the server
/// did not say (no UIDPLUS, or no message had the source UID).
struct CopiedTo {
    quint32 uidValidity = 0;
    quint32 uid = 0;
};

/// A UID set built from sorted UIDs (contiguous runs become ranges).
struct UidRange {
    quint32 first = 0;
    quint32 last = 0; ///< 0 = "*".
};

class Session {
public:
    /// @p guard: shared with the owner of the worker so it can cancel() the session from
    /// another thread (also before it connected); a private one when empty.
    /// The first Session sets SIGPIPE to SIG_IGN if it still has its default action (libetpan
    /// writes without MSG_NOSIGNAL; a closed connection must not kill the process).
    explicit Session(std::shared_ptr<StreamGuard> guard = {});
    ~Session();
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    /**
     * @brief Connect, secure the connection as the account says and verify the certificate
     * against the system CA store (QSslCertificate::verify with the host name, leaf EKU must
     * allow serverAuth), accepting Account::trustedFingerprint for the leaf. STARTTLS is
     * mandatory in StartTls mode.
     *
     * TLS (implicit and STARTTLS) sends the host name as SNI (RFC 6066; not for IP literals).
     * STARTTLS (RFC 3501 §6.2.1): bytes the server sent after its tagged OK and before the
     * handshake refuse the connection (CVE-2020-15953-style injection), and the capabilities
     * learned before TLS are discarded and read again over TLS.
     * The user and folder names of @p account are checked first (imapnames.h): ErrorKind::
     * InvalidName before any connection is made.
     */
    bool connect(const Account &account, Error *error);
    /// LOGIN (RFC 3501 §6.2.3). The password is not kept. User name and password are checked
    /// first (imapnames.h): ErrorKind::InvalidName, nothing sent.
    bool login(const QString &user, const QString &password, Error *error);
    void logout();

    bool hasCondStore() const;
    bool hasQResync() const;
    /// ENABLE QRESYNC (RFC 7162 §3.2.3, RFC 5161) when the server has QRESYNC and ENABLE; call
    /// it after login() and before any select(). From then on the server reports expunges of the
    /// selected mailbox as VANISHED, and uidFetchChangedSince() can ask for them. Returns false
    /// only when the connection failed; a server that refuses or does not list QRESYNC as
    /// ENABLED just leaves qresyncEnabled() false. Meant for the sync session only: the IDLE
    /// watcher keeps plain EXPUNGE responses.
    bool enableQResync(Error *error);
    /// Whether enableQResync() switched QRESYNC on for this session.
    bool qresyncEnabled() const { return m_qresync; }
    bool hasIdle() const;
    bool hasMove() const;
    /// UIDPLUS (RFC 4315): UID EXPUNGE and COPYUID.
    bool hasUidPlus() const;
    /// The last failure came from the connection (lost, timed out, stopped by a bound or by
    /// cancel()), not from the server refusing a command: nothing more can be sent.
    bool connectionLost() const;

    /// LIST "" "*" → mailbox names (selectable ones only), decoded from modified UTF-7
    /// (RFC 3501 §5.1.3). Names that are not valid modified UTF-7 are left out.
    /// Every method taking a folder name encodes it (imapnames.h mailboxToWire()) and refuses
    /// a name checkMailboxName() refuses with ErrorKind::InvalidName before sending.
    std::optional<QStringList> listFolders(Error *error);
    /// SELECT, with CONDSTORE enabled when the server has it.
    std::optional<MailboxStatus> select(const QString &folder, Error *error);
    /// STATUS @p folder (MESSAGES UIDNEXT UIDVALIDITY, and HIGHESTMODSEQ with CONDSTORE; RFC 3501
    /// §6.3.10, RFC 7162 §3.1.6) without selecting it: MailboxStatus::exists is MESSAGES, and
    /// highestModSeq stays 0 without CONDSTORE. A value the server leaves out stays 0.
    std::optional<MailboxStatus> status(const QString &folder, Error *error);
    /// NOOP (RFC 3501 §6.1.2): whether a session kept between syncs still answers.
    bool noop(Error *error);
    /// The mailbox the last successful select() opened; empty before and after a failed SELECT
    /// (which leaves none selected, RFC 3501 §6.3.1).
    QString selectedMailbox() const { return m_selected; }
    /// UID FETCH ranges (what); with @p changedSince > 0 adds (CHANGEDSINCE n) (RFC 7162 §3.1.4).
    /// Responses without a UID, with UID 0, outside @p ranges or repeating a UID already
    /// returned are dropped (a server's stray or duplicate FETCH responses).
    std::optional<QList<FetchedMessage>> uidFetch(const QList<UidRange> &ranges, FetchWhat what,
                                                  Error *error, quint64 changedSince = 0,
                                                  int snippetBytes = 4096);
    /// uidFetch() with (CHANGEDSINCE @p changedSince VANISHED) (RFC 7162 §3.2.6) when QRESYNC is
    /// enabled (qresyncEnabled()) and @p changedSince > 0: besides the FETCHes of what changed,
    /// @p vanished receives the UIDs within @p ranges the server reports expunged since that
    /// mod-sequence (VANISHED (EARLIER), every such response of the command; it may name UIDs
    /// expunged before, or never used). Otherwise it is uidFetch() and @p vanished is left
    /// std::nullopt: nothing is known about expunges.
    std::optional<QList<FetchedMessage>> uidFetchChangedSince(const QList<UidRange> &ranges, FetchWhat what,
                                                              quint64 changedSince,
                                                              std::optional<QList<UidRange>> *vanished,
                                                              Error *error);
    /// UID STORE +FLAGS.SILENT (\Seen) (or -FLAGS when @p add is false).
    bool storeSeen(const QList<quint32> &uids, bool add, Error *error);
    /// UID STORE +FLAGS.SILENT (\Flagged) (or -FLAGS when @p add is false).
    bool storeFlagged(const QList<quint32> &uids, bool add, Error *error);
    /// UID MOVE (RFC 6851) to @p target, or COPY + STORE \Deleted + UID EXPUNGE without MOVE.
    bool moveTo(const QList<quint32> &uids, const QString &target, Error *error);
    /// UID MOVE (RFC 6851; the server must have MOVE) of one message of the selected mailbox
    /// to @p target; @p to receives its new UID from COPYUID when the server sends one.
    bool uidMove(quint32 uid, const QString &target, CopiedTo *to, Error *error);
    /// UID COPY of one message to @p target; @p to as for uidMove().
    bool uidCopy(quint32 uid, const QString &target, CopiedTo *to, Error *error);
    /// UID STORE +FLAGS.SILENT (\Deleted).
    bool storeDeleted(quint32 uid, Error *error);
    /// Remove @p uid for good after storeDeleted(): UID EXPUNGE (RFC 4315 §2.1) when the server
    /// has UIDPLUS, else EXPUNGE, which also removes every other message marked \Deleted in
    /// the selected mailbox (RFC 3501 §6.4.3; the only way without UIDPLUS).
    bool expunge(quint32 uid, Error *error);
    /// UID SEARCH HEADER @p field @p value in the selected mailbox (RFC 3501 §6.4.4; a
    /// substring match, so callers compare what they fetch if they need an exact one).
    /// @p value must be printable ASCII (a Message-ID); else InvalidName, nothing sent.
    std::optional<QList<quint32>> uidSearchHeader(const QByteArray &field, const QByteArray &value, Error *error);
    /// APPEND (tests, benchmark). @p seen sets \Seen.
    bool append(const QString &folder, const QByteArray &message, bool seen, Error *error);
    bool createFolder(const QString &folder, Error *error);
    bool deleteFolder(const QString &folder, Error *error);

    /// Raw libetpan handle for IDLE; owned by the session.
    mailimap *handle() const;
    /// The guard bounding this session's connection (cancel() from any thread).
    const std::shared_ptr<StreamGuard> &guard() const;

    /// RAII: one command under the session's limits (deadline armed, byte counters reset).
    /// Every Session method opens one; IDLE code holding handle() opens its own.
    class Command {
    public:
        explicit Command(Session &session, int deadlineSeconds = 0);
        ~Command();
        Command(const Command &) = delete;
        Command &operator=(const Command &) = delete;
    private:
        Session &m_session;
    };

    /// Builds ranges from sorted UIDs.
    static QList<UidRange> rangesOf(const QList<quint32> &sortedUids);

private:
    static constexpr int kLogoutDeadlineSeconds = 5;
    /// The wire form of @p folder (imapnames.h), or false with ErrorKind::InvalidName.
    static bool wireMailbox(const QString &folder, QByteArray *wire, Error *error);
    bool fail(int code, const char *what, Error *error);
    /// UID STORE ±FLAGS.SILENT of one system flag (\Seen or \Flagged) on @p uids.
    bool storeSystemFlag(const QList<quint32> &uids, bool flagged, bool add, Error *error);
    /// UID MOVE (@p move) or UID COPY of one message, with COPYUID into @p to (may be null).
    bool uidTransfer(quint32 uid, const QString &target, bool move, CopiedTo *to, Error *error);
    /// UID FETCH of uidFetch(), with the VANISHED modifier when @p vanished is not null.
    std::optional<QList<FetchedMessage>> fetchUids(const QList<UidRange> &ranges, FetchWhat what, Error *error,
                                                   quint64 changedSince, int snippetBytes,
                                                   QList<UidRange> *vanished);
    bool m_connectionLost = false;
    bool m_qresync = false;
    QString m_selected;
    struct Deleter { void operator()(mailimap *m) const; };
    std::unique_ptr<mailimap, Deleter> m_imap;
    Account m_account;
    std::shared_ptr<StreamGuard> m_guard;
};

} // namespace fi::imap
