#include "sources/imap/imapsession.h"
#include "sources/imap/imapsessionlibetpan.h"

#include "sources/imap/imapcapabilities.h"
#include "sources/imap/imapcert.h"
#include "sources/imap/imapnames.h"
#include "sources/imap/imapservertext.h"
#include "sources/imap/imaptls.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QHostInfo>
#include <QLocale>
#include <QMutex>
#include <QSet>

#include <libetpan/libetpan.h>

#include <algorithm>
#include <cstring>
#include <mutex>

#include <signal.h>

namespace fi::imap {
namespace {

using detail::FetchListPtr;
using detail::FetchTypePtr;
using detail::FlagListPtr;
using detail::ListResultPtr;
using detail::makeSet;
using detail::SetPtr;
using detail::StoreAttPtr;


void readFlags(const mailimap_msg_att_dynamic *dyn, MessageFlags &flags)
{
    flags = {};
    if (!dyn || !dyn->att_list)
        return;
    for (clistiter *it = clist_begin(dyn->att_list); it; it = clist_next(it)) {
        auto *ff = static_cast<mailimap_flag_fetch *>(clist_content(it));
        if (ff->fl_type != MAILIMAP_FLAG_FETCH_OTHER || !ff->fl_flag)
            continue;
        switch (ff->fl_flag->fl_type) {
        case MAILIMAP_FLAG_SEEN: flags.seen = true; break;
        case MAILIMAP_FLAG_FLAGGED: flags.flagged = true; break;
        case MAILIMAP_FLAG_ANSWERED: flags.answered = true; break;
        case MAILIMAP_FLAG_DELETED: flags.deleted = true; break;
        default: break;
        }
    }
}

void readStatic(const mailimap_msg_att_static *st, FetchedMessage &m)
{
    switch (st->att_type) {
    case MAILIMAP_MSG_ATT_UID: m.uid = st->att_data.att_uid; break;
    case MAILIMAP_MSG_ATT_RFC822_SIZE: m.size = st->att_data.att_rfc822_size; break;
    case MAILIMAP_MSG_ATT_BODY_SECTION: {
        const mailimap_msg_att_body_section *bs = st->att_data.att_body_section;
        if (!bs)
            break;
        const QByteArray data = bs->sec_body_part ? QByteArray(bs->sec_body_part, qsizetype(bs->sec_length))
                                                  : QByteArray();
        const mailimap_section_spec *spec = bs->sec_section ? bs->sec_section->sec_spec : nullptr;
        if (!spec) {
            m.full = data;
        } else if (spec->sec_type == MAILIMAP_SECTION_SPEC_SECTION_MSGTEXT && spec->sec_data.sec_msgtext) {
            if (spec->sec_data.sec_msgtext->sec_type == MAILIMAP_SECTION_MSGTEXT_HEADER)
                m.header = data;
            else if (spec->sec_data.sec_msgtext->sec_type == MAILIMAP_SECTION_MSGTEXT_TEXT)
                m.text = data;
        }
        break;
    }
    default: break;
    }
}

bool inRanges(const QList<UidRange> &ranges, quint32 uid)
{
    for (const UidRange &r : ranges) {
        // "n:*" is n up to the largest UID, whichever is larger (RFC 3501 §6.4.8).
        if (r.last == 0 ? uid >= r.first : uid >= qMin(r.first, r.last) && uid <= qMax(r.first, r.last))
            return true;
    }
    return false;
}

FetchedMessage readMessage(const mailimap_msg_att *att)
{
    FetchedMessage m;
    for (clistiter *it = clist_begin(att->att_list); it; it = clist_next(it)) {
        auto *item = static_cast<mailimap_msg_att_item *>(clist_content(it));
        if (item->att_type == MAILIMAP_MSG_ATT_ITEM_DYNAMIC)
            readFlags(item->att_data.att_dyn, m.flags);
        else if (item->att_type == MAILIMAP_MSG_ATT_ITEM_STATIC)
            readStatic(item->att_data.att_static, m);
    }
    return m;
}

mailimap_fetch_type *makeFetchType(FetchWhat what, int snippetBytes)
{
    mailimap_fetch_type *ft = mailimap_fetch_type_new_fetch_att_list_empty();
    mailimap_fetch_type_new_fetch_att_list_add(ft, mailimap_fetch_att_new_uid());
    if (what == FetchWhat::Uids)
        return ft;
    mailimap_fetch_type_new_fetch_att_list_add(ft, mailimap_fetch_att_new_flags());
    if (what == FetchWhat::Summary) {
        // No RFC822.SIZE: nothing uses it, and a server without a cached size (Dovecot on a
        // Maildir without S= in the file names) reads the whole message to compute it.
        mailimap_fetch_type_new_fetch_att_list_add(
            ft, mailimap_fetch_att_new_body_peek_section(mailimap_section_new_header()));
        mailimap_fetch_type_new_fetch_att_list_add(
            ft, mailimap_fetch_att_new_body_peek_section_partial(mailimap_section_new_text(), 0,
                                                                 uint32_t(snippetBytes)));
    } else if (what == FetchWhat::Full) {
        mailimap_fetch_type_new_fetch_att_list_add(
            ft, mailimap_fetch_att_new_body_peek_section(mailimap_section_new(nullptr)));
    }
    return ft;
}

/// Peer chains found trusted recently, so a poll every few minutes does not pay for
/// QSslCertificate::verify again: on Linux it re-reads the whole system CA store on every call
/// (~0.1 s, most of a no-change resync). Keyed by host, pinned fingerprint and the exact DER
/// bytes of the chain; an entry lives 10 minutes at most and never past the leaf's expiry.
/// Only positive answers are cached.
class TrustedChainCache {
public:
    static QByteArray keyOf(const QByteArrayList &ders, const QString &host, const QString &pinned)
    {
        QCryptographicHash h(QCryptographicHash::Sha256);
        h.addData(host.toUtf8());
        h.addData(QByteArrayView("\0", 1));
        h.addData(pinned.toUtf8());
        for (const QByteArray &der : ders) {
            h.addData(QByteArrayView("\0", 1));
            h.addData(der);
        }
        return h.result();
    }
    bool contains(const QByteArray &key)
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_until.constFind(key);
        return it != m_until.constEnd() && QDateTime::currentDateTimeUtc() < *it;
    }
    void insert(const QByteArray &key, const QByteArray &leafDer)
    {
        QDateTime until = QDateTime::currentDateTimeUtc().addSecs(10 * 60);
        const qint64 expiryMs = certificateExpiryMs(leafDer);
        if (expiryMs > 0 && expiryMs < until.toMSecsSinceEpoch())
            until = QDateTime::fromMSecsSinceEpoch(expiryMs, Qt::UTC);
        QMutexLocker lock(&m_mutex);
        m_until.insert(key, until);
    }

private:
    QMutex m_mutex;
    QHash<QByteArray, QDateTime> m_until;
};

TrustedChainCache &trustedChains()
{
    static TrustedChainCache cache;
    return cache;
}

/// Refuses what the account would send that cannot be sent safely, before any connection.
bool checkAccountNames(const Account &account, Error *error)
{
    QString why = checkUserName(account.user);
    QStringList folders = account.folders;
    if (!account.archiveFolder.isEmpty())
        folders.append(account.archiveFolder);
    for (const QString &f : std::as_const(folders)) {
        if (why.isEmpty())
            why = checkMailboxName(f);
    }
    if (why.isEmpty())
        return true;
    *error = {ErrorKind::InvalidName, why, {}};
    return false;
}

} // namespace

bool Error::isTransient() const
{
    return kind == ErrorKind::ConnectionFailed || kind == ErrorKind::Timeout
        || kind == ErrorKind::Protocol || kind == ErrorKind::HostNotFound;
}

void Session::Deleter::operator()(mailimap *m) const { mailimap_free(m); }


/// The wire form of @p folder (imapnames.h), or false with ErrorKind::InvalidName.
bool Session::wireMailbox(const QString &folder, QByteArray *wire, Error *error)
{
    const QString why = checkMailboxName(folder);
    if (!why.isEmpty()) {
        if (error)
            *error = {ErrorKind::InvalidName, why, {}};
        return false;
    }
    *wire = mailboxToWire(folder);
    return true;
}

Session::Session(std::shared_ptr<StreamGuard> guard)
    : m_imap(mailimap_new(0, nullptr)), m_guard(guard ? std::move(guard) : std::make_shared<StreamGuard>())
{
    tls::ignoreSigPipe();
    // What connect() reads (greeting, CAPABILITY, the STARTTLS reply) comes before any Command
    // can wrap the stream: libetpan's logger sees those bytes, so the guard bounds them too.
    mailimap_set_logger(
        m_imap.get(),
        [](mailimap *imap, int type, const char *data, size_t size, void *context) {
            if (type != MAILSTREAM_LOG_TYPE_DATA_RECEIVED || !data || !imap)
                return;
            auto *self = static_cast<Session *>(context);
            self->m_guard->observe(imap->imap_stream, data, size, self->m_account.limits);
        },
        this);
}

Session::~Session()
{
    // mailimap_free() sends LOGOUT and waits for the answer: pointless, and slow or fatal on a
    // connection a guard has shut down. Close it without a word instead.
    if (m_imap && m_imap->imap_stream && m_guard->trip() != GuardTrip::None) {
        mailstream_close(m_imap->imap_stream);
        m_imap->imap_stream = nullptr;
    }
    // Before the members go: mailimap_free() may still read (its LOGOUT), and the logger
    // installed by the constructor uses m_guard and m_account.
    m_imap.reset();
}

mailimap *Session::handle() const { return m_imap.get(); }

const std::shared_ptr<StreamGuard> &Session::guard() const { return m_guard; }

Session::Command::Command(Session &session, int deadlineSeconds) : m_session(session)
{
    Limits limits = session.m_account.limits;
    if (deadlineSeconds > 0)
        limits.commandDeadlineSeconds = qMin(limits.commandDeadlineSeconds, deadlineSeconds);
    if (session.m_imap)
        session.m_guard->attach(session.m_imap->imap_stream);
    session.m_guard->begin(limits);
}

Session::Command::~Command() { m_session.m_guard->end(); }

bool Session::fail(int code, const char *what, Error *error)
{
    m_connectionLost = m_connectionLost || m_guard->trip() != GuardTrip::None || code == MAILIMAP_ERROR_STREAM;
    if (!error)
        return false;
    const auto tr = [](const char *text) { return QCoreApplication::translate("fi::imap::Session", text); };
    const QLocale locale;
    switch (m_guard->trip()) {
    case GuardTrip::LiteralTooLarge:
        *error = {ErrorKind::Protocol, tr("The server announced %1 of data in one piece during %2, more than the "
                                          "limit of %3; the connection was closed.")
                                           .arg(locale.formattedDataSize(m_guard->tripBytes()), QLatin1String(what),
                                                locale.formattedDataSize(m_guard->limits().maxLiteralBytes)), {}};
        return false;
    case GuardTrip::ResponseTooLarge:
        *error = {ErrorKind::Protocol, tr("The server sent more than %1 in answer to %2; the connection was closed.")
                                           .arg(locale.formattedDataSize(m_guard->limits().maxResponseBytes),
                                                QLatin1String(what)), {}};
        return false;
    case GuardTrip::Deadline:
        *error = {ErrorKind::Timeout, tr("The server did not complete %1 within %2 seconds; the connection was closed.")
                                          .arg(QLatin1String(what)).arg(m_guard->limits().commandDeadlineSeconds), {}};
        return false;
    case GuardTrip::ReadTimeout:
        *error = {ErrorKind::Timeout, tr("The server stopped answering during %1 (nothing for %2 seconds).")
                                          .arg(QLatin1String(what)).arg(m_account.timeoutSeconds), {}};
        return false;
    case GuardTrip::Cancelled:
        *error = {ErrorKind::Protocol, tr("The connection to the server was closed because the app stopped it."), {}};
        return false;
    case GuardTrip::None:
        break;
    }
    if (code == MAILIMAP_ERROR_STREAM) {
        error->kind = ErrorKind::Protocol;
        error->message = QCoreApplication::translate("fi::imap::Session", "The connection to the server was lost during %1.").arg(QLatin1String(what));
    } else if (code == MAILIMAP_ERROR_LOGIN) {
        error->kind = ErrorKind::Auth;
        error->message = QCoreApplication::translate("fi::imap::Session", "The server rejected the user name or password.");
    } else {
        error->kind = ErrorKind::Protocol;
        // The server's words are plain text from a stranger: kept literally, never as markup.
        const QString resp = serverText(m_imap ? m_imap->imap_response : nullptr);
        error->message = QCoreApplication::translate("fi::imap::Session", "The server refused %1 (libetpan error %2): %3")
                             .arg(QLatin1String(what)).arg(code).arg(resp);
    }
    return false;
}

bool Session::connect(const Account &account, Error *error)
{
    m_account = account;
    mailimap *imap = m_imap.get();
    if (!checkAccountNames(account, error))
        return false;
    if (account.security == Security::None && !account.isLoopback() && !account.allowPlaintext) {
        *error = {ErrorKind::PlaintextRefused,
                  QCoreApplication::translate("fi::imap::Session", "Refusing to send the password unencrypted to %1: choose TLS or STARTTLS, or "
                      "allow plaintext explicitly for this account.").arg(account.host), {}};
        return false;
    }
    const QHostInfo info = QHostInfo::fromName(account.host);
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        *error = {ErrorKind::HostNotFound, QCoreApplication::translate("fi::imap::Session", "The server name \"%1\" could not be found (%2).")
                                               .arg(account.host, info.errorString()), {}};
        return false;
    }
    mailimap_set_timeout(imap, time_t(account.timeoutSeconds));
    const QByteArray host = account.host.toUtf8();
    const QByteArray sni = tls::sniHostName(account.host);
    int r = account.security == Security::Tls ? tls::connectTls(imap, host, account.port, sni)
                                              : mailimap_socket_connect(imap, host.constData(), account.port);
    if (r == MAILIMAP_ERROR_CONNECTION_REFUSED) {
        *error = {ErrorKind::ConnectionFailed, QCoreApplication::translate("fi::imap::Session", "Could not connect to %1 port %2: the connection was "
                                                   "refused or the server is unreachable.")
                                                   .arg(account.host).arg(account.port), {}};
        return false;
    }
    if (r == MAILIMAP_ERROR_SSL) {
        *error = {ErrorKind::Tls, QCoreApplication::translate("fi::imap::Session", "The TLS handshake with %1 port %2 failed (is this a TLS port?).")
                                      .arg(account.host).arg(account.port), {}};
        return false;
    }
    if (r == MAILIMAP_NO_ERROR_AUTHENTICATED && account.security != Security::Tls) {
        *error = {ErrorKind::PreAuth, QCoreApplication::translate("fi::imap::Session", "The server logged in without a password (PREAUTH) before the "
                                          "connection was encrypted; refused."), {}};
        return false;
    }
    if (r != MAILIMAP_NO_ERROR && r != MAILIMAP_NO_ERROR_NON_AUTHENTICATED && r != MAILIMAP_NO_ERROR_AUTHENTICATED) {
        if (m_guard->trip() != GuardTrip::None)
            return fail(r, "connect", error);  // too large, too slow or stopped: say which
        if (r == MAILIMAP_ERROR_STREAM || r == MAILIMAP_ERROR_PARSE) {
            *error = {ErrorKind::Timeout, QCoreApplication::translate("fi::imap::Session", "The server %1 port %2 did not answer with an IMAP greeting.")
                                              .arg(account.host).arg(account.port), {}};
            return false;
        }
        return fail(r, "connect", error);
    }
    if (account.security == Security::StartTls) {
        r = readCapabilities(imap, false);
        if (r != MAILIMAP_NO_ERROR)
            return fail(r, "CAPABILITY", error);
        if (!hasCapability(imap, "STARTTLS")) {
            *error = {ErrorKind::StartTlsMissing, QCoreApplication::translate("fi::imap::Session", "The server %1 does not offer STARTTLS; refusing to "
                                                      "continue unencrypted.").arg(account.host), {}};
            return false;
        }
        switch (tls::startTls(imap, sni, &r)) {
        case tls::StartTlsOutcome::Ok:
            break;
        case tls::StartTlsOutcome::Injected:
            *error = {ErrorKind::Tls, QCoreApplication::translate("fi::imap::Session", "The server %1 sent unexpected data right after agreeing to "
                                          "STARTTLS, before encryption began (a sign of an injection attack); refused.")
                                          .arg(account.host), {}};
            return false;
        case tls::StartTlsOutcome::Refused:
            *error = {ErrorKind::Tls, QCoreApplication::translate("fi::imap::Session", "The server %1 refused STARTTLS (libetpan error %2).")
                                          .arg(account.host).arg(r), {}};
            return false;
        case tls::StartTlsOutcome::ConnectionLost:
            return fail(MAILIMAP_ERROR_STREAM, "STARTTLS", error);
        case tls::StartTlsOutcome::NoCapabilities:
            return fail(r, "CAPABILITY", error);
        case tls::StartTlsOutcome::HandshakeFailed:
            *error = {ErrorKind::Tls, QCoreApplication::translate("fi::imap::Session", "STARTTLS with %1 failed (libetpan error %2).").arg(account.host).arg(r), {}};
            return false;
        }
    }
    if (account.security != Security::None) {
        QByteArrayList ders;
        if (carray *chain = mailstream_get_certificate_chain(imap->imap_stream)) {
            for (unsigned i = 0; i < carray_count(chain); ++i) {
                auto *s = static_cast<MMAPString *>(carray_get(chain, i));
                ders.append(QByteArray(s->str, qsizetype(s->len)));
            }
            mailstream_certificate_chain_free(chain);
        }
        const QByteArray cacheKey = TrustedChainCache::keyOf(ders, account.host, account.trustedFingerprint);
        if (!trustedChains().contains(cacheKey)) {
            const CertificateCheck check = verifyPeerChain(ders, account.host, account.trustedFingerprint);
            if (!check.trusted) {
                *error = {ErrorKind::Certificate, check.reason, check.fingerprint};
                return false;
            }
            trustedChains().insert(cacheKey, ders.first());
        }
    }
    return true;
}

bool Session::login(const QString &user, const QString &password, Error *error)
{
    Command command(*this);
    QString why = checkUserName(user);
    if (why.isEmpty())
        why = checkPassword(password);
    if (!why.isEmpty()) {
        if (error)
            *error = {ErrorKind::InvalidName, why, {}};
        return false;
    }
    const QByteArray u = user.toUtf8();
    QByteArray p = password.toUtf8();
    const int r = mailimap_login(m_imap.get(), u.constData(), p.constData());
    p.fill('\0');
    if (r != MAILIMAP_NO_ERROR)
        return fail(r == MAILIMAP_ERROR_STREAM ? r : MAILIMAP_ERROR_LOGIN, "LOGIN", error);
    readCapabilities(m_imap.get(), false);
    return true;
}

void Session::logout()
{
    Command command(*this, kLogoutDeadlineSeconds);
    mailimap_logout(m_imap.get());
}

bool Session::hasCondStore() const { return hasCapability(m_imap.get(), "CONDSTORE"); }
bool Session::hasQResync() const { return hasCapability(m_imap.get(), "QRESYNC"); }
bool Session::hasIdle() const { return hasCapability(m_imap.get(), "IDLE"); }
bool Session::hasMove() const { return hasCapability(m_imap.get(), "MOVE"); }
bool Session::hasUidPlus() const { return hasCapability(m_imap.get(), "UIDPLUS"); }
bool Session::connectionLost() const { return m_connectionLost || m_guard->trip() != GuardTrip::None; }

std::optional<QStringList> Session::listFolders(Error *error)
{
    Command command(*this);
    clist *raw = nullptr;
    const int r = mailimap_list(m_imap.get(), "", "*", &raw);
    ListResultPtr list(raw);
    if (r != MAILIMAP_NO_ERROR) {
        fail(r, "LIST", error);
        return std::nullopt;
    }
    QStringList names;
    for (clistiter *it = raw ? clist_begin(raw) : nullptr; it; it = clist_next(it)) {
        auto *mb = static_cast<mailimap_mailbox_list *>(clist_content(it));
        if (mb->mb_flag && mb->mb_flag->mbf_type == MAILIMAP_MBX_LIST_FLAGS_SFLAG
            && mb->mb_flag->mbf_sflag == MAILIMAP_MBX_LIST_SFLAG_NOSELECT)
            continue;
        if (!mb->mb_name)
            continue;
        if (const std::optional<QString> name = mailboxFromWire(QByteArray(mb->mb_name)))
            names.append(*name);
        else
            qWarning("IMAP LIST: left out a mailbox name that is not valid modified UTF-7 (RFC 3501 5.1.3)");
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

std::optional<MailboxStatus> Session::select(const QString &folder, Error *error)
{
    Command command(*this);
    QByteArray name;
    if (!wireMailbox(folder, &name, error))
        return std::nullopt;
    m_selected.clear();
    MailboxStatus st;
    uint64_t modseq = 0;
    const int r = hasCondStore() ? mailimap_select_condstore(m_imap.get(), name.constData(), &modseq)
                                 : mailimap_select(m_imap.get(), name.constData());
    if (r != MAILIMAP_NO_ERROR) {
        fail(r, "SELECT", error);
        return std::nullopt;
    }
    const mailimap_selection_info *sel = m_imap->imap_selection_info;
    st.uidValidity = sel->sel_uidvalidity;
    st.uidNext = sel->sel_uidnext;
    st.exists = sel->sel_has_exists ? sel->sel_exists : 0;
    st.highestModSeq = modseq;
    m_selected = folder;
    return st;
}

std::optional<QList<FetchedMessage>> Session::uidFetch(const QList<UidRange> &ranges, FetchWhat what,
                                                       Error *error, quint64 changedSince, int snippetBytes)
{
    return fetchUids(ranges, what, error, changedSince, snippetBytes, nullptr);
}

std::optional<QList<FetchedMessage>> Session::uidFetchChangedSince(const QList<UidRange> &ranges, FetchWhat what,
                                                                   quint64 changedSince,
                                                                   std::optional<QList<UidRange>> *vanished,
                                                                   Error *error)
{
    *vanished = std::nullopt;
    if (!m_qresync || changedSince == 0 || ranges.isEmpty())
        return uidFetch(ranges, what, error, changedSince);
    QList<UidRange> gone;
    std::optional<QList<FetchedMessage>> out = fetchUids(ranges, what, error, changedSince, 4096, &gone);
    if (out)
        *vanished = std::move(gone);
    return out;
}

std::optional<QList<FetchedMessage>> Session::fetchUids(const QList<UidRange> &ranges, FetchWhat what, Error *error,
                                                        quint64 changedSince, int snippetBytes,
                                                        QList<UidRange> *vanished)
{
    QList<FetchedMessage> out;
    if (ranges.isEmpty())
        return out;
    Command command(*this);
    SetPtr set(makeSet(ranges));
    FetchTypePtr ft(makeFetchType(what, snippetBytes));
    clist *raw = nullptr;
    mailimap_qresync_vanished *first = nullptr;
    const int r = vanished ? mailimap_uid_fetch_qresync(m_imap.get(), set.p, ft.p, changedSince, &raw, &first)
        : changedSince > 0 ? mailimap_uid_fetch_changedsince(m_imap.get(), set.p, ft.p, changedSince, &raw)
                           : mailimap_uid_fetch(m_imap.get(), set.p, ft.p, &raw);
    if (r != MAILIMAP_NO_ERROR) {
        // On a tagged NO/BAD libetpan frees the list (and the VANISHED set) itself but leaves the
        // pointers set: taking them here would free them twice (found by fuzz_imap). Only a
        // successful fetch hands them over.
        fail(r, "UID FETCH", error);
        return std::nullopt;
    }
    if (vanished)
        detail::takeVanished(m_imap.get(), first, ranges, vanished);
    FetchListPtr list(raw);
    out.reserve(raw ? clist_count(raw) : 0);
    QSet<quint32> seen;
    for (clistiter *it = raw ? clist_begin(raw) : nullptr; it; it = clist_next(it)) {
        FetchedMessage m = readMessage(static_cast<mailimap_msg_att *>(clist_content(it)));
        // Only answers to what was asked, once each: a stray or repeated response would
        // otherwise become a second copy of a message.
        if (m.uid == 0 || !inRanges(ranges, m.uid) || seen.contains(m.uid))
            continue;
        seen.insert(m.uid);
        out.append(std::move(m));
    }
    return out;
}

bool Session::storeSeen(const QList<quint32> &uids, bool add, Error *error)
{
    return storeSystemFlag(uids, /*flagged=*/false, add, error);
}

bool Session::storeFlagged(const QList<quint32> &uids, bool add, Error *error)
{
    return storeSystemFlag(uids, /*flagged=*/true, add, error);
}

bool Session::storeSystemFlag(const QList<quint32> &uids, bool flagged, bool add, Error *error)
{
    if (uids.isEmpty())
        return true;
    Command command(*this);
    SetPtr set(makeSet(rangesOf(uids)));
    mailimap_flag_list *flags = mailimap_flag_list_new_empty();
    mailimap_flag_list_add(flags, flagged ? mailimap_flag_new_flagged() : mailimap_flag_new_seen());
    StoreAttPtr att(add ? mailimap_store_att_flags_new_add_flags_silent(flags)
                        : mailimap_store_att_flags_new_remove_flags_silent(flags));
    const int r = mailimap_uid_store(m_imap.get(), set.p, att.p);
    return r == MAILIMAP_NO_ERROR || fail(r, "UID STORE", error);
}

bool Session::storeDeleted(quint32 uid, Error *error)
{
    Command command(*this);
    SetPtr set(makeSet({{uid, uid}}));
    mailimap_flag_list *flags = mailimap_flag_list_new_empty();
    mailimap_flag_list_add(flags, mailimap_flag_new_deleted());
    StoreAttPtr att(mailimap_store_att_flags_new_add_flags_silent(flags));
    const int r = mailimap_uid_store(m_imap.get(), set.p, att.p);
    return r == MAILIMAP_NO_ERROR || fail(r, "UID STORE", error);
}

bool Session::expunge(quint32 uid, Error *error)
{
    Command command(*this);
    if (hasUidPlus()) {
        SetPtr set(makeSet({{uid, uid}}));
        const int r = mailimap_uid_expunge(m_imap.get(), set.p);
        return r == MAILIMAP_NO_ERROR || fail(r, "UID EXPUNGE", error);
    }
    const int r = mailimap_expunge(m_imap.get());
    return r == MAILIMAP_NO_ERROR || fail(r, "EXPUNGE", error);
}

std::optional<QList<quint32>> Session::uidSearchHeader(const QByteArray &field, const QByteArray &value, Error *error)
{
    auto printable = [](const QByteArray &text) {
        return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= 0x20 && c < 0x7f; });
    };
    if (!printable(field) || !printable(value) || value.size() > 998) {
        if (error)
            *error = {ErrorKind::InvalidName,
                      QCoreApplication::translate("fi::imap::Session", "A header to search for is not plain ASCII text; "
                                                                        "nothing was sent."), {}};
        return std::nullopt;
    }
    Command command(*this);
    // The key owns both strings (libetpan frees them with free()).
    mailimap_search_key *key = mailimap_search_key_new_header(strdup(field.constData()), strdup(value.constData()));
    clist *raw = nullptr;
    const int r = mailimap_uid_search(m_imap.get(), nullptr, key, &raw);
    mailimap_search_key_free(key);
    if (r != MAILIMAP_NO_ERROR) {
        if (raw)
            mailimap_search_result_free(raw);
        fail(r, "UID SEARCH", error);
        return std::nullopt;
    }
    QList<quint32> uids;
    for (clistiter *it = raw ? clist_begin(raw) : nullptr; it; it = clist_next(it)) {
        const auto *uid = static_cast<const uint32_t *>(clist_content(it));
        if (uid && *uid != 0 && !uids.contains(*uid))
            uids.append(*uid);
    }
    if (raw)
        mailimap_search_result_free(raw);
    std::sort(uids.begin(), uids.end());
    return uids;
}

bool Session::append(const QString &folder, const QByteArray &message, bool seen, Error *error)
{
    Command command(*this);
    QByteArray mb;
    if (!wireMailbox(folder, &mb, error))
        return false;
    FlagListPtr flags(mailimap_flag_list_new_empty());
    if (seen)
        mailimap_flag_list_add(flags.p, mailimap_flag_new_seen());
    const int r = mailimap_append(m_imap.get(), mb.constData(), flags.p, nullptr, message.constData(),
                                  size_t(message.size()));
    return r == MAILIMAP_NO_ERROR || fail(r, "APPEND", error);
}

bool Session::createFolder(const QString &folder, Error *error)
{
    Command command(*this);
    QByteArray mb;
    if (!wireMailbox(folder, &mb, error))
        return false;
    const int r = mailimap_create(m_imap.get(), mb.constData());
    return r == MAILIMAP_NO_ERROR || fail(r, "CREATE", error);
}

bool Session::deleteFolder(const QString &folder, Error *error)
{
    Command command(*this);
    QByteArray mb;
    if (!wireMailbox(folder, &mb, error))
        return false;
    const int r = mailimap_delete(m_imap.get(), mb.constData());
    return r == MAILIMAP_NO_ERROR || fail(r, "DELETE", error);
}

QList<UidRange> Session::rangesOf(const QList<quint32> &sortedUids)
{
    QList<UidRange> ranges;
    for (quint32 uid : sortedUids) {
        if (!ranges.isEmpty() && ranges.last().last + 1 == uid)
            ranges.last().last = uid;
        else
            ranges.append({uid, uid});
    }
    return ranges;
}

} // namespace fi::imap
