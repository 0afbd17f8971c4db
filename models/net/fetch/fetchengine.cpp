#include "fetchengine.h"

#include "fetcherrors.h"
#include "filefetch.h"
#include "httpheaders.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QTimer>

namespace fi::net::fetch {

namespace {

/// Bytes QNAM may buffer per reply before it stops reading the socket (we read on readyRead):
/// keeps memory bounded by roughly maxBytes + this even when the server sends faster than we read.
constexpr qint64 ReadBufferBytes = 256 * 1024;
/// Body bytes of a non-2xx answer (error page, redirect) read before giving up on it.
constexpr qint64 MaxDiscardBytes = 256 * 1024;

bool isHttp(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return (scheme == QLatin1String("http") || scheme == QLatin1String("https")) && !url.host().isEmpty();
}

QString hostKey(const QUrl &url)
{
    const bool https = url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    return url.host().toLower() + u':' + QString::number(url.port(https ? 443 : 80));
}

/// The URL as compared for loops: no fragment, host lower-case, default port explicit.
QString loopKey(const QUrl &url)
{
    QUrl u = url.adjusted(QUrl::RemoveFragment | QUrl::NormalizePathSegments);
    return hostKey(u) + u.scheme().toLower() + u'|' + u.path(QUrl::FullyEncoded) + u'?'
           + u.query(QUrl::FullyEncoded);
}

} // namespace

struct FetchEngine::Job {
    enum class Abort { None, Timeout, TooLarge, Cancelled };

    quint64 ticket = 0;
    FetchRequest request;
    QString host;            // per-host slot (of the first URL; held across redirects)
    QUrl url;                // the current hop
    int hops = 0;
    bool allPermanent = true;
    QSet<QString> visited;
    QDeadlineTimer deadline;
    QTimer *timer = nullptr;  // child of the engine; deleteLater() in finish() (it may be the sender)
    QNetworkReply *reply = nullptr;
    QByteArray body;
    qint64 discarded = 0;   // body bytes of a non-2xx answer
    QByteArray errorBody;   // the first kMaxErrorBodyBytes of them
    int status = 0;         // from the headers, once known
    Abort abort = Abort::None;
    QList<QSslError> sslErrors;
};

FetchEngine::FetchEngine(Deliver deliver) : m_deliver(std::move(deliver)), m_nam(new QNetworkAccessManager(this))
{
    // We follow redirects ourselves: loops, hop count, permanence and downgrades are ours to see.
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

FetchEngine::~FetchEngine()
{
    m_destroying = true;
    m_queue.clear();
    for (auto &entry : m_running) {
        Job &job = *entry.second;
        if (QNetworkReply *reply = std::exchange(job.reply, nullptr)) {
            reply->disconnect(this);
            reply->abort();
            delete reply;
        }
    }
    m_running.clear();
    delete std::exchange(m_nam, nullptr);
}

void FetchEngine::enqueue(quint64 ticket, const FetchRequest &request)
{
    if (request.url.isLocalFile()) {
        if (m_deliver)
            m_deliver(ticket, fetchFile(request));
        return;
    }
    if (!isHttp(request.url)) {
        if (m_deliver)
            m_deliver(ticket, failedResponse(unsupportedUrlError(request.url)));
        return;
    }
    auto job = std::make_unique<Job>();
    job->ticket = ticket;
    job->request = request;
    job->host = hostKey(request.url);
    job->url = request.url;
    m_queue.push_back(std::move(job));
    pump();
}

void FetchEngine::cancel(quint64 ticket)
{
    for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
        if ((*it)->ticket == ticket) {
            m_queue.erase(it);
            return;
        }
    }
    auto it = m_running.find(ticket);
    if (it == m_running.end())
        return;
    Job &job = *it->second;
    job.abort = Job::Abort::Cancelled;
    if (job.reply)
        job.reply->abort();  // → onFinished → finish() without delivering
    else
        finish(ticket, {});
}

void FetchEngine::setLimits(int perHost, int overall)
{
    m_perHost = qMax(1, perHost);
    m_overall = qMax(1, overall);
    pump();
}

void FetchEngine::pump()
{
    if (m_destroying)
        return;
    // FIFO among the requests whose host has a free slot.
    for (auto it = m_queue.begin(); it != m_queue.end() && int(m_running.size()) < m_overall;) {
        if (m_perHostRunning.value((*it)->host) >= m_perHost) {
            ++it;
            continue;
        }
        std::unique_ptr<Job> job = std::move(*it);
        it = m_queue.erase(it);
        start(std::move(job));
        it = m_queue.begin();  // start() may have finished synchronously and changed the queue
    }
}

void FetchEngine::start(std::unique_ptr<Job> owned)
{
    Job &job = *owned;
    const quint64 ticket = job.ticket;
    m_perHostRunning[job.host] += 1;
    m_running.emplace(ticket, std::move(owned));
    job.deadline = QDeadlineTimer(qMax(1, job.request.timeoutMs));
    job.timer = new QTimer(this);
    job.timer->setSingleShot(true);
    QObject::connect(job.timer, &QTimer::timeout, this, [this, ticket] { onTimeout(ticket); });
    job.timer->start(qMax(1, job.request.timeoutMs));
    job.visited.insert(loopKey(job.url));
    sendHop(job);
}

void FetchEngine::sendHop(Job &job)
{
    QNetworkRequest request(job.url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // A gzip bomb is stopped by our own cap on the decompressed bytes (onReadyRead); Qt's ratio
    // check must not refuse an ordinary, well-compressed feed below that cap.
    request.setDecompressedSafetyCheckThreshold(-1);
    request.setTransferTimeout(0);  // the whole-request timer below is ours
    request.setRawHeader("User-Agent", job.request.userAgent.isEmpty() ? QByteArrayLiteral("FocusInbox/" FOCUSINBOX_VERSION)
                                                                       : job.request.userAgent);
    request.setRawHeader("Accept", job.request.accept);
    const bool sameOrigin = hostKey(job.url) == job.host
                            && job.url.scheme().compare(job.request.url.scheme(), Qt::CaseInsensitive) == 0;
    for (const auto &header : job.request.headers) {
        if (!sameOrigin && header.first.compare("Authorization", Qt::CaseInsensitive) == 0)
            continue;  // credentials never follow a redirect to another origin
        request.setRawHeader(header.first, header.second);
    }
    if (!job.request.contentType.isEmpty())
        request.setRawHeader("Content-Type", job.request.contentType);
    // (No Accept-Encoding here: QNAM sets "gzip, deflate" itself and then decompresses.)
    // RFC 9110 §13.1: sent on every hop; the validators belong to the final resource.
    if (!job.request.etag.isEmpty())
        request.setRawHeader("If-None-Match", job.request.etag);
    if (!job.request.lastModified.isEmpty())
        request.setRawHeader("If-Modified-Since", job.request.lastModified);

    job.body.clear();
    job.errorBody.clear();
    job.discarded = 0;
    job.status = 0;
    job.sslErrors.clear();
    const QByteArray method = job.request.method.isEmpty() ? QByteArrayLiteral("GET") : job.request.method.toUpper();
    QNetworkReply *reply = method == "GET"  ? m_nam->get(request)
                           : method == "HEAD" ? m_nam->head(request)
                                              : m_nam->sendCustomRequest(request, method, job.request.body);
    job.reply = reply;
    reply->setReadBufferSize(ReadBufferBytes);
    const quint64 ticket = job.ticket;
    QObject::connect(reply, &QNetworkReply::metaDataChanged, this, [this, ticket, reply] { onMetaData(ticket, reply); });
    QObject::connect(reply, &QIODevice::readyRead, this, [this, ticket, reply] { onReadyRead(ticket, reply); });
    QObject::connect(reply, &QNetworkReply::finished, this, [this, ticket, reply] { onFinished(ticket, reply); });
    QObject::connect(reply, &QNetworkReply::sslErrors, this, [this, ticket, reply](const QList<QSslError> &errors) {
        if (Job *j = runningJob(ticket, reply))
            j->sslErrors = errors;  // not ignored: the handshake fails and finished() reports them
    });
}

FetchEngine::Job *FetchEngine::runningJob(quint64 ticket, QNetworkReply *reply) const
{
    const auto it = m_running.find(ticket);
    if (it == m_running.end() || it->second->reply != reply)
        return nullptr;
    return it->second.get();
}

void FetchEngine::onMetaData(quint64 ticket, QNetworkReply *reply)
{
    Job *job = runningJob(ticket, reply);
    if (!job || job->abort != Job::Abort::None)
        return;
    job->status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // Refuse up front when the length is announced. (When QNAM decompresses it removes the
    // compressed Content-Length, so this is the length of the body we would get.)
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (job->status >= 200 && job->status < 300 && length.isValid()
        && length.toLongLong() > job->request.maxBytes) {
        job->abort = Job::Abort::TooLarge;
        reply->abort();
    }
}

void FetchEngine::onReadyRead(quint64 ticket, QNetworkReply *reply)
{
    Job *job = runningJob(ticket, reply);
    if (!job || job->abort != Job::Abort::None)
        return;
    if (job->status == 0)
        job->status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (job->status >= 200 && job->status < 300) {
        if (!appendBody(*job, reply)) {
            job->abort = Job::Abort::TooLarge;
            reply->abort();
        }
        return;
    }
    // An error page or a redirect's body: its start is kept (an API's error message), the
    // rest is not, and it is not read forever.
    const qint64 keep = qMin<qint64>(reply->bytesAvailable(), FetchResponse::kMaxErrorBodyBytes - job->errorBody.size());
    if (keep > 0) {
        job->errorBody += reply->read(keep);
        job->discarded += keep;
    }
    job->discarded += reply->skip(reply->bytesAvailable());
    if (job->discarded > MaxDiscardBytes)
        reply->abort();  // finished() then reports the status, which is known by now
}

bool FetchEngine::appendBody(Job &job, QNetworkReply *reply)
{
    // Never more than maxBytes + 1 in memory: one byte past the cap is enough to refuse.
    const qint64 room = job.request.maxBytes + 1 - job.body.size();
    const qint64 available = reply->bytesAvailable();
    if (available > 0)
        job.body += reply->read(qMin(room, available));
    if (job.body.size() > job.request.maxBytes || reply->bytesAvailable() > 0) {
        job.body = QByteArray();
        return false;
    }
    return true;
}

void FetchEngine::onTimeout(quint64 ticket)
{
    const auto it = m_running.find(ticket);
    if (it == m_running.end())
        return;
    Job &job = *it->second;
    job.abort = Job::Abort::Timeout;
    if (job.reply)
        job.reply->abort();
    else
        finish(ticket, failedResponse(timeoutError(job.request.timeoutMs)));
}

void FetchEngine::onFinished(quint64 ticket, QNetworkReply *reply)
{
    reply->deleteLater();
    if (m_destroying)
        return;
    Job *found = runningJob(ticket, reply);
    if (!found)
        return;
    Job &job = *found;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (job.abort == Job::Abort::None && status >= 200 && status < 300 && !appendBody(job, reply))
        job.abort = Job::Abort::TooLarge;  // the tail that came with finished()
    job.reply = nullptr;

    switch (job.abort) {
    case Job::Abort::Cancelled:
        return finish(ticket, {});
    case Job::Abort::Timeout:
        return finish(ticket, failedResponse(timeoutError(job.request.timeoutMs)));
    case Job::Abort::TooLarge:
        return finish(ticket, failedResponse(tooLargeError(job.request.maxBytes)));
    case Job::Abort::None:
        break;
    }

    FetchResponse r;
    r.httpStatus = status;
    r.finalUrl = job.url;
    r.contentType = reply->rawHeader("Content-Type");
    r.etag = reply->rawHeader("ETag");
    r.lastModified = reply->rawHeader("Last-Modified");
    r.maxAgeSeconds = parseMaxAge(reply->rawHeader("Cache-Control"));
    r.retryAfterMs = parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentMSecsSinceEpoch());
    r.headers = reply->rawHeaderPairs();

    if (status == 0) {  // no HTTP answer at all: transport or TLS error
        const QString host = job.url.host();
        const FetchError e = !job.sslErrors.isEmpty() ? tlsError(host, job.sslErrors)
                                                      : networkError(reply->error(), host, reply->errorString());
        r.outcome = FetchResponse::Outcome::Failed;
        r.error = e.message;
        r.retryable = e.retryable;
        return finish(ticket, std::move(r));
    }
    const QByteArray method = job.request.method.toUpper();
    const bool mayRedirect = method.isEmpty() || method == "GET" || method == "HEAD";
    if (mayRedirect && (status == 301 || status == 302 || status == 303 || status == 307 || status == 308))
        return followRedirect(job, reply, status);  // the next hop, or finish() with why not
    if (status == 304) {
        r.outcome = FetchResponse::Outcome::NotModified;
        if (r.etag.isEmpty())  // a 304 need not repeat them: the request's still hold
            r.etag = job.request.etag;
        if (r.lastModified.isEmpty())
            r.lastModified = job.request.lastModified;
    } else if (status >= 200 && status < 300 && status != 206) {
        if (reply->error() != QNetworkReply::NoError) {  // e.g. cut off in the middle of the body
            const FetchError e = networkError(reply->error(), job.url.host(), reply->errorString());
            r.outcome = FetchResponse::Outcome::Failed;
            r.error = e.message;
            r.retryable = e.retryable;
            return finish(ticket, std::move(r));
        }
        r.outcome = FetchResponse::Outcome::Ok;
        r.body = std::move(job.body);
    } else {
        const FetchError e = httpStatusError(status, reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray());
        r.outcome = FetchResponse::Outcome::Failed;
        r.error = e.message;
        r.retryable = e.retryable;
        r.errorBody = std::move(job.errorBody);
        r.etag.clear();
        r.lastModified.clear();
        r.maxAgeSeconds.reset();
        return finish(ticket, std::move(r));
    }
    if (job.hops > 0 && job.allPermanent)
        r.movedPermanentlyTo = job.url;
    finish(ticket, std::move(r));
}

void FetchEngine::followRedirect(Job &job, QNetworkReply *reply, int status)
{
    const quint64 ticket = job.ticket;
    const QByteArray location = reply->rawHeader("Location").trimmed();
    auto fail = [&](const FetchError &e) {
        FetchResponse r = failedResponse(e);
        r.httpStatus = status;
        r.finalUrl = job.url;
        r.retryAfterMs = parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentMSecsSinceEpoch());
        finish(ticket, std::move(r));
    };
    if (location.isEmpty())
        return fail(missingLocationError(status));
    const QUrl target = job.url.resolved(QUrl::fromEncoded(location));
    if (!target.isValid() || !isHttp(target))
        return fail(badRedirectError(target));
    if (job.url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0
        && target.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0)
        return fail(downgradeError(target));
    const QString key = loopKey(target);
    if (job.visited.contains(key))
        return fail(redirectLoopError(target));
    if (job.hops >= job.request.maxRedirects)
        return fail(tooManyRedirectsError(job.request.maxRedirects));
    job.visited.insert(key);
    job.hops += 1;
    job.allPermanent = job.allPermanent && (status == 301 || status == 308);
    job.url = target;
    sendHop(job);
}

void FetchEngine::finish(quint64 ticket, FetchResponse response)
{
    const auto it = m_running.find(ticket);
    if (it == m_running.end())
        return;
    std::unique_ptr<Job> job = std::move(it->second);
    m_running.erase(it);
    if (job->timer) {
        job->timer->stop();
        job->timer->deleteLater();
    }
    if (--m_perHostRunning[job->host] <= 0)
        m_perHostRunning.remove(job->host);
    if (job->reply) {  // (only when finishing without a reply's finished())
        job->reply->disconnect(this);
        job->reply->abort();
        job->reply->deleteLater();
    }
    const bool deliver = job->abort != Job::Abort::Cancelled;
    job.reset();
    if (deliver && m_deliver)
        m_deliver(ticket, response);
    pump();
}

} // namespace fi::net::fetch
