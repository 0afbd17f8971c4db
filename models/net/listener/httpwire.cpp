#include "net/listener/httpwire.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QtDebug>

#include <http_parser.h>

#include <algorithm>
#include <climits>
#include <utility>

namespace fi::net {

namespace {

bool equalsIgnoringCase(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && a.compare(b, Qt::CaseInsensitive) == 0;
}

/// Host header value "127.0.0.1", "localhost" or "[::1]", each with an optional ":port".
bool isLoopbackHost(const QByteArray &value)
{
    QByteArrayView host(value);
    if (host.startsWith('[')) {
        const qsizetype end = host.indexOf(']');
        if (end < 0)
            return false;
        const QByteArrayView port = host.sliced(end + 1);
        host = host.first(end + 1);
        if (!port.isEmpty() && !port.startsWith(':'))
            return false;
        if (port.size() > 6 || !std::all_of(port.begin() + qMin<qsizetype>(1, port.size()), port.end(),
                                            [](char c) { return c >= '0' && c <= '9'; }))
            return false;
        return host == "[::1]";
    }
    const qsizetype colon = host.indexOf(':');
    if (colon >= 0) {
        const QByteArrayView port = host.sliced(colon + 1);
        if (port.size() > 5 || !std::all_of(port.begin(), port.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return false;
        host = host.first(colon);
    }
    return host == "127.0.0.1" || equalsIgnoringCase(host, "localhost");
}

/// The reason phrase for @p status ("" for codes http-parser does not know: allowed by RFC 9112).
QByteArray reasonPhrase(int status)
{
    const char *text = http_status_str(static_cast<enum http_status>(status));
    return (text && text[0] != '<') ? QByteArray(text) : QByteArray();
}

QByteArray httpDate()
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

}  // namespace

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto &field : headers) {
        if (equalsIgnoringCase(field.first, name))
            return field.second;
    }
    return {};
}

QList<QByteArray> HttpRequest::headerValues(QByteArrayView name) const
{
    QList<QByteArray> values;
    for (const auto &field : headers) {
        if (equalsIgnoringCase(field.first, name))
            values.append(field.second);
    }
    return values;
}

/// The http-parser callbacks (C function pointers), forwarding to the parser object.
struct ParserCallbacks {
    using State = HttpRequestParser::State;
    static HttpRequestParser *self(http_parser *p) { return static_cast<HttpRequestParser *>(p->data); }

    static int onUrl(http_parser *p, const char *at, size_t length)
    {
        self(p)->m_target.append(at, qsizetype(length));
        return 0;
    }
    static int onHeaderField(http_parser *p, const char *at, size_t length)
    {
        HttpRequestParser *s = self(p);
        if (s->m_state != State::Head)
            return 0;  // a trailer field of a chunked body: ignored (and bounded by http-parser)
        if (s->m_inValue || s->m_request.headers.isEmpty()) {
            if (s->m_request.headers.size() >= HttpRequestParser::kMaxHeaderFields) {
                s->fail(431, QCoreApplication::translate("fi::net::HttpListener", "More than %1 header fields")
                                 .arg(HttpRequestParser::kMaxHeaderFields));
                return -1;
            }
            s->m_request.headers.append(QPair<QByteArray, QByteArray>());
        }
        s->m_inValue = false;
        s->m_request.headers.last().first.append(at, qsizetype(length));
        return 0;
    }
    static int onHeaderValue(http_parser *p, const char *at, size_t length)
    {
        HttpRequestParser *s = self(p);
        if (s->m_state != State::Head)
            return 0;
        if (s->m_request.headers.isEmpty())
            s->m_request.headers.append(QPair<QByteArray, QByteArray>());
        s->m_inValue = true;
        s->m_request.headers.last().second.append(at, qsizetype(length));
        return 0;
    }
    static int onHeadersComplete(http_parser *p)
    {
        if (!self(p)->finishHead())
            return -1;  // → HPE_CB_headers_complete; the state is Failed already
        http_parser_pause(p, 1);  // execute() returns here: the caller decides about the body
        return 0;
    }
    static int onBody(http_parser *p, const char *at, size_t length)
    {
        HttpRequestParser *s = self(p);
        if (s->m_request.body.size() + qint64(length) > s->m_maxBodyBytes) {
            s->fail(413, QCoreApplication::translate("fi::net::HttpListener", "Request body larger than %1 bytes")
                             .arg(s->m_maxBodyBytes));
            return -1;
        }
        s->m_request.body.append(at, qsizetype(length));
        return 0;
    }
    static int onMessageComplete(http_parser *p)
    {
        self(p)->m_state = State::Complete;
        http_parser_pause(p, 1);  // the bytes of a next request stay unread until reset()
        return 0;
    }

    static const http_parser_settings &settings()
    {
        static const http_parser_settings s = [] {
            http_parser_settings v;
            http_parser_settings_init(&v);
            v.on_url = &onUrl;
            v.on_header_field = &onHeaderField;
            v.on_header_value = &onHeaderValue;
            v.on_headers_complete = &onHeadersComplete;
            v.on_body = &onBody;
            v.on_message_complete = &onMessageComplete;
            return v;
        }();
        return s;
    }
};

HttpRequestParser::HttpRequestParser(int maxHeaderBytes, qint64 maxBodyBytes, bool loopbackHostOnly)
    : m_parser(std::make_unique<http_parser>())
{
    reset(maxHeaderBytes, maxBodyBytes, loopbackHostOnly);
}

HttpRequestParser::~HttpRequestParser() = default;

void HttpRequestParser::reset(int maxHeaderBytes, qint64 maxBodyBytes, bool loopbackHostOnly)
{
    http_parser_init(m_parser.get(), HTTP_REQUEST);
    m_parser->data = this;
    m_maxHeaderBytes = qMax(1, maxHeaderBytes);
    m_maxBodyBytes = qMax<qint64>(0, maxBodyBytes);
    m_loopbackHostOnly = loopbackHostOnly;
    m_state = State::Idle;
    m_headBytes = 0;
    m_request = HttpRequest();
    m_target.clear();
    m_inValue = false;
    m_keepAlive = false;
    m_expectContinue = false;
    m_errorStatus = 0;
    m_errorReason.clear();
}

qsizetype HttpRequestParser::feed(const char *data, qsizetype size)
{
    if (size <= 0)
        return 0;
    if (m_state == State::Idle)
        m_state = State::Head;
    if (m_state != State::Head && m_state != State::Body)
        return 0;
    const bool inHead = m_state == State::Head;
    qsizetype chunk = size;
    if (inHead) {
        // Never let the head grow past the limit: give http-parser only what is still allowed.
        const qint64 allowance = m_maxHeaderBytes - m_headBytes;
        if (allowance <= 0) {
            const bool inRequestLine = m_request.headers.isEmpty();
            fail(inRequestLine ? 414 : 431,
                 (inRequestLine
                      ? QCoreApplication::translate("fi::net::HttpListener", "Request line longer than %1 bytes")
                      : QCoreApplication::translate("fi::net::HttpListener", "Header section longer than %1 bytes"))
                     .arg(m_maxHeaderBytes));
            return 0;
        }
        chunk = qsizetype(qMin<qint64>(size, allowance));
    }
    const qsizetype used =
        qsizetype(http_parser_execute(m_parser.get(), &ParserCallbacks::settings(), data, size_t(chunk)));
    if (inHead)
        m_headBytes += used;
    if (m_state == State::Failed)
        return used;
    const auto error = HTTP_PARSER_ERRNO(m_parser.get());
    if (error == HPE_PAUSED)
        return used;  // HeadComplete or Complete
    if (error == HPE_HEADER_OVERFLOW) {
        fail(431, QCoreApplication::translate("fi::net::HttpListener", "Header section too large"));
        return used;
    }
    if (error != HPE_OK) {
        fail(400, QCoreApplication::translate("fi::net::HttpListener", "Malformed request: %1")
                      .arg(QString::fromLatin1(http_errno_description(error))));
        return used;
    }
    if (used != chunk) {  // (http-parser stops early only for errors, pauses and upgrades)
        fail(400, QCoreApplication::translate("fi::net::HttpListener", "Malformed request"));
        return used;
    }
    if (m_state == State::Head && chunk < size)
        return used + feed(data + used, size - used);  // allowance used up: refuses (414/431)
    return used;
}

void HttpRequestParser::continueBody()
{
    if (m_state != State::HeadComplete)
        return;
    m_state = State::Body;
    http_parser_pause(m_parser.get(), 0);
}

HttpRequest HttpRequestParser::takeRequest()
{
    return std::exchange(m_request, HttpRequest());
}

void HttpRequestParser::fail(int status, const QString &reason)
{
    m_state = State::Failed;
    m_errorStatus = status;
    m_errorReason = reason;
}

bool HttpRequestParser::finishHead()
{
    const http_parser *p = m_parser.get();
    const auto refuse = [this](int status, const char *text) {
        fail(status, QCoreApplication::translate("fi::net::HttpListener", text));
        return false;
    };
    if (p->http_major != 1 || p->http_minor > 1) {
        fail(505, QCoreApplication::translate("fi::net::HttpListener", "HTTP version %1.%2 is not supported")
                      .arg(p->http_major)
                      .arg(p->http_minor));
        return false;
    }
    m_request.method = http_method_str(static_cast<enum http_method>(p->method));
    m_request.httpMinorVersion = p->http_minor;
    for (auto &field : m_request.headers) {
        field.second = field.second.trimmed();
        if (!isHttpToken(field.first) || !isHttpFieldValue(field.second))
            return refuse(400, QT_TRANSLATE_NOOP("fi::net::HttpListener", "Invalid header field"));
    }

    const QList<QByteArray> hosts = m_request.headerValues("Host");
    if (hosts.size() > 1 || (hosts.isEmpty() && p->http_minor == 1))
        return refuse(400, QT_TRANSLATE_NOOP("fi::net::HttpListener", "Exactly one Host header is required"));
    if (m_loopbackHostOnly && !hosts.isEmpty() && !isLoopbackHost(hosts.first()))
        return refuse(421, QT_TRANSLATE_NOOP("fi::net::HttpListener", "Host must be 127.0.0.1 or localhost"));
    if (p->method == HTTP_CONNECT)
        return refuse(501, QT_TRANSLATE_NOOP("fi::net::HttpListener", "CONNECT is not supported"));
    // Exactly one "Transfer-Encoding: chunked" or none (RFC 9112 §6.1; also what keeps a build of
    // http-parser without the CVE-2020-8287 fix from reading "chunked, then gzip" as chunked).
    const QList<QByteArray> codings = m_request.headerValues("Transfer-Encoding");
    if (!codings.isEmpty()) {
        if (p->http_minor == 0)
            return refuse(400, QT_TRANSLATE_NOOP("fi::net::HttpListener",
                                                 "Transfer-Encoding in an HTTP/1.0 request"));
        if (codings.size() != 1 || !equalsIgnoringCase(codings.first(), "chunked"))
            return refuse(501, QT_TRANSLATE_NOOP("fi::net::HttpListener",
                                                 "Only \"Transfer-Encoding: chunked\" is supported"));
    }

    // The request target: origin-form, absolute-form (its path and query), or "*" for OPTIONS.
    if (m_target.startsWith('/')) {
        QByteArray target = m_target;
        const qsizetype hash = target.indexOf('#');
        if (hash >= 0)
            target.truncate(hash);
        const qsizetype question = target.indexOf('?');
        m_request.path = question < 0 ? target : target.left(question);
        m_request.query = question < 0 ? QByteArray() : target.mid(question + 1);
    } else if (m_target == "*" && p->method == HTTP_OPTIONS) {
        m_request.path = m_target;
    } else {
        http_parser_url url;
        http_parser_url_init(&url);
        if (http_parser_parse_url(m_target.constData(), size_t(m_target.size()), 0, &url) != 0
            || !(url.field_set & (1 << UF_SCHEMA)) || !(url.field_set & (1 << UF_HOST)))
            return refuse(400, QT_TRANSLATE_NOOP("fi::net::HttpListener", "Invalid request target"));
        const auto field = [&](int f) {
            return (url.field_set & (1 << f)) ? m_target.mid(url.field_data[f].off, url.field_data[f].len)
                                              : QByteArray();
        };
        m_request.path = field(UF_PATH);
        if (m_request.path.isEmpty())
            m_request.path = "/";
        m_request.query = field(UF_QUERY);
    }

    const QList<QByteArray> expects = m_request.headerValues("Expect");
    if (p->http_minor == 1 && !expects.isEmpty()) {
        for (const QByteArray &value : expects) {
            if (!equalsIgnoringCase(value, "100-continue"))
                return refuse(417, QT_TRANSLATE_NOOP("fi::net::HttpListener",
                                                     "Only \"Expect: 100-continue\" is supported"));
        }
        m_expectContinue = true;
    }

    if (!(p->flags & F_CHUNKED) && p->content_length != ULLONG_MAX) {
        if (p->content_length > quint64(m_maxBodyBytes)) {
            fail(413, QCoreApplication::translate("fi::net::HttpListener", "Request body larger than %1 bytes")
                          .arg(m_maxBodyBytes));
            return false;
        }
        m_request.body.reserve(qsizetype(qMin<quint64>(p->content_length, 64 * 1024)));  // (grows as it comes)
    }
    m_keepAlive = http_should_keep_alive(p) != 0;
    m_state = State::HeadComplete;
    return true;
}

bool isHttpToken(QByteArrayView name)
{
    static constexpr QByteArrayView kSpecials = "!#$%&'*+-.^_`|~";
    return !name.isEmpty() && std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || kSpecials.contains(c);
    });
}

bool isHttpFieldValue(QByteArrayView value)
{
    return std::all_of(value.begin(), value.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u == '\t' || (u >= 0x20 && u != 0x7f);
    });
}

QByteArray httpErrorBody(const QString &reason)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), reason}}).toJson(QJsonDocument::Compact);
}

QByteArray formatHttpResponse(int status, const QByteArray &body, const QByteArray &contentType,
                              const HttpHeaders &extra, bool omitBody, bool keepAlive)
{
    if (status < 200 || status > 599) {
        qWarning("fi::net::HttpListener: invalid response status %d, sending 500", status);
        status = 500;
    }
    const bool bodyless = status == 204 || status == 304;
    QByteArray out;
    out.reserve(256 + (bodyless || omitBody ? 0 : body.size()));
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    out += "Date: " + httpDate() + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    if (!bodyless) {
        if (!contentType.isEmpty() && !body.isEmpty()) {
            if (isHttpFieldValue(contentType))
                out += "Content-Type: " + contentType + "\r\n";
            else
                qWarning("fi::net::HttpListener: invalid Content-Type dropped");
        }
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    }
    for (const auto &[name, value] : extra) {
        const bool owned = equalsIgnoringCase(name, "Content-Length") || equalsIgnoringCase(name, "Transfer-Encoding")
                           || equalsIgnoringCase(name, "Connection") || equalsIgnoringCase(name, "Date")
                           || (!contentType.isEmpty() && equalsIgnoringCase(name, "Content-Type"));
        if (owned || !isHttpToken(name) || !isHttpFieldValue(value)) {
            qWarning("fi::net::HttpListener: response header %s dropped",
                     name.left(64).toPercentEncoding().constData());
            continue;
        }
        out += name + ": " + value.trimmed() + "\r\n";
    }
    out += "\r\n";
    if (!bodyless && !omitBody)
        out += body;
    return out;
}

}  // namespace fi::net
