#pragma once
/// @file fetchengine.h
/// @brief The worker-thread half of HttpFetcher: one QNetworkAccessManager, the FIFO queue with
/// per-host and overall limits, manual redirects, the whole-request timeout and the body cap.
///
/// Thread affinity: create, use and destroy on the worker thread only (HttpFetcher posts to it).

#include "net/httpfetcher.h"

#include <QHash>
#include <QObject>

#include <deque>
#include <functional>
#include <memory>
#include <unordered_map>

class QNetworkAccessManager;
class QNetworkReply;

namespace fi::net::fetch {

class FetchEngine : public QObject {
public:
    /// Called on the worker thread with each finished request's response (never for cancelled
    /// ones, never from the destructor).
    using Deliver = std::function<void(quint64 ticket, const FetchResponse &response)>;

    explicit FetchEngine(Deliver deliver);
    /// Aborts every running request without delivering anything.
    ~FetchEngine() override;

    /// Queue @p request; file:// URLs are read at once (not counted against the limits).
    void enqueue(quint64 ticket, const FetchRequest &request);
    /// Drop a queued request or abort a running one; nothing is delivered for it.
    void cancel(quint64 ticket);
    /// At most @p perHost running per host:port and @p overall in total (each ≥ 1).
    void setLimits(int perHost, int overall);

    /// Requests running now (for tests of the limits through HttpFetcher, not needed otherwise).
    int runningCount() const { return int(m_running.size()); }

private:
    struct Job;
    void pump();
    void start(std::unique_ptr<Job> job);
    void sendHop(Job &job);
    void onMetaData(quint64 ticket, QNetworkReply *reply);
    void onReadyRead(quint64 ticket, QNetworkReply *reply);
    void onFinished(quint64 ticket, QNetworkReply *reply);
    void onTimeout(quint64 ticket);
    /// Follow the redirect of the finished @p reply, or finish @p job with the reason why not.
    void followRedirect(Job &job, QNetworkReply *reply, int status);
    /// Move the reply's available bytes into the body; false (body dropped) past maxBytes.
    bool appendBody(Job &job, QNetworkReply *reply);
    /// Remove the running job, deliver @p response (unless cancelled) and start queued ones.
    void finish(quint64 ticket, FetchResponse response);
    Job *runningJob(quint64 ticket, QNetworkReply *reply) const;

    Deliver m_deliver;
    QNetworkAccessManager *m_nam = nullptr;  // child of this
    std::deque<std::unique_ptr<Job>> m_queue;
    std::unordered_map<quint64, std::unique_ptr<Job>> m_running;
    QHash<QString, int> m_perHostRunning;
    int m_perHost = 6;
    int m_overall = 16;
    bool m_destroying = false;
};

} // namespace fi::net::fetch
