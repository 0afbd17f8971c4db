#include "sources/imap/imaptls.h"

#include "sources/imap/imapcapabilities.h"

#include <QHostAddress>
#include <QUrl>

#include <libetpan/libetpan.h>

#include <mutex>
#include <signal.h>

namespace fi::imap::tls {
namespace {

struct SniSetup {
    QByteArray name; ///< NUL-terminated by QByteArray; libetpan copies it.
};

void onTlsContext(mailstream_ssl_context *context, void *data)
{
    auto *setup = static_cast<SniSetup *>(data);
    if (!setup->name.isEmpty())
        mailstream_ssl_set_server_name(context, setup->name.data());
}

} // namespace

void ignoreSigPipe()
{
    static std::once_flag once;
    std::call_once(once, [] {
        struct sigaction ignore {};
        ignore.sa_handler = SIG_IGN;
        sigemptyset(&ignore.sa_mask);
        sigaction(SIGPIPE, &ignore, nullptr);
    });
}

QByteArray sniHostName(const QString &host)
{
    QString h = host.trimmed();
    if (h.startsWith(u'[') && h.endsWith(u']'))
        return {};
    if (!QHostAddress(h).isNull())
        return {};
    while (h.endsWith(u'.'))
        h.chop(1);
    return QUrl::toAce(h);
}

int connectTls(mailimap *imap, const QByteArray &host, quint16 port, const QByteArray &sniName)
{
    ignoreSigPipe();
    SniSetup setup{sniName};
    return mailimap_ssl_connect_with_callback(imap, host.constData(), port, onTlsContext, &setup);
}

StartTlsOutcome startTls(mailimap *imap, const QByteArray &sniName, int *libetpanCode)
{
    ignoreSigPipe();
    int dummy = 0;
    int &code = libetpanCode ? *libetpanCode : dummy;
    // The steps of mailimap_socket_starttls_with_callback(), with a look at the read buffer
    // between the tagged OK and the handshake. Patched libetpan (Debian 1.9.4-3.1) refuses
    // such bytes itself with MAILIMAP_ERROR_STARTTLS; the check here holds on any build and
    // tells the user what happened.
    code = mailimap_starttls(imap);
    mailstream *stream = imap->imap_stream;
    if (stream && stream->read_buffer_len != 0)
        return StartTlsOutcome::Injected;
    if (code == MAILIMAP_ERROR_STREAM)
        return StartTlsOutcome::ConnectionLost;
    if (code != MAILIMAP_NO_ERROR)
        return StartTlsOutcome::Refused;
    mailstream_low *plain = mailstream_get_low(stream);
    const int fd = plain ? mailstream_low_get_fd(plain) : -1;
    if (fd < 0) {
        code = MAILIMAP_ERROR_STREAM;
        return StartTlsOutcome::ConnectionLost;
    }
    SniSetup setup{sniName};
    mailstream_low *encrypted = mailstream_low_tls_open_with_callback_timeout(
        fd, imap->imap_timeout, onTlsContext, &setup);
    if (!encrypted) {
        code = MAILIMAP_ERROR_SSL;
        return StartTlsOutcome::HandshakeFailed;
    }
    mailstream_low_free(plain); // frees the plain layer, not the socket the TLS layer now owns
    mailstream_set_low(stream, encrypted);
    code = readCapabilities(imap, true);
    if (code == MAILIMAP_ERROR_STREAM)
        return StartTlsOutcome::ConnectionLost;
    return code == MAILIMAP_NO_ERROR ? StartTlsOutcome::Ok : StartTlsOutcome::NoCapabilities;
}

} // namespace fi::imap::tls
