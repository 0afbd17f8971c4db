#include "net/httpfetcher.h"

#include "fetch/fetchengine.h"

#include <QCoreApplication>
#include <QMutex>
#include <QPointer>
#include <QSemaphore>
#include <QSet>
#include <QThread>

#include <atomic>
#include <unordered_map>

namespace fi::net {

namespace {

/// What fetch() callers wait for, shared with the worker and with callbacks already posted to
/// context threads (which may run after the HttpFetcher is gone: they then find nothing).
struct Shared {
    struct Record {
        QPointer<QObject> context;
        HttpFetcher::Done done;
        QMetaObject::Connection onDestroyed;
    };
    QMutex mutex;
    std::unordered_map<HttpFetcher::Ticket, Record> records;

    /// Remove and return the record of @p ticket (empty `done` if there is none).
    Record take(HttpFetcher::Ticket ticket)
    {
        QMutexLocker lock(&mutex);
        const auto it = records.find(ticket);
        if (it == records.end())
            return {};
        Record r = std::move(it->second);
        records.erase(it);
        return r;
    }
};

/// The worker thread: builds the engine (and so the QNetworkAccessManager) on itself, runs the
/// event loop, destroys the engine on itself when the loop ends.
class Worker : public QThread {
public:
    explicit Worker(fetch::FetchEngine::Deliver deliver) : m_deliver(std::move(deliver)) {}
    fetch::FetchEngine *engine = nullptr;  // guarded by HttpFetcher::Private::mutex once started
    QSemaphore ready;

protected:
    void run() override
    {
        fetch::FetchEngine e(m_deliver);
        engine = &e;
        ready.release();
        exec();
        // Private::stop() cleared `engine` before quit(); what is still posted to e is dropped.
    }

private:
    fetch::FetchEngine::Deliver m_deliver;
};

} // namespace

struct HttpFetcher::Private {
    std::shared_ptr<Shared> shared = std::make_shared<Shared>();
    std::atomic<Ticket> nextTicket{1};
    QMutex mutex;  // guards engine and stopped
    std::unique_ptr<Worker> worker;
    fetch::FetchEngine *engine = nullptr;
    bool stopped = false;

    void deliver(Ticket ticket, const FetchResponse &response);
    /// Run @p f(engine) on the worker thread. @return false once stopped (nothing will run).
    template <typename F>
    bool post(F f)
    {
        QMutexLocker lock(&mutex);
        if (!engine)
            return false;
        fetch::FetchEngine *e = engine;
        QMetaObject::invokeMethod(e, [e, f = std::move(f)] { f(e); }, Qt::QueuedConnection);
        return true;
    }
    void stop();

    // Every live fetcher, stopped by one post routine when the QCoreApplication goes away (the
    // shared instance is a function-local static that outlives it).
    static QMutex &registryMutex()
    {
        static QMutex m;
        return m;
    }
    static QSet<Private *> &registry()
    {
        static QSet<Private *> s;
        return s;
    }
    static bool &routineAdded()
    {
        static bool added = false;
        return added;
    }
    static void stopAll()
    {
        QMutexLocker lock(&registryMutex());
        routineAdded() = false;  // Qt clears its list after calling it
        for (Private *p : std::as_const(registry()))
            p->stop();
    }
};

void HttpFetcher::Private::deliver(Ticket ticket, const FetchResponse &response)
{
    // Worker thread. Post to the context while holding the lock: the context's destroyed()
    // handler takes the same lock, so the context is alive while we post; if it dies later,
    // ~QObject drops the posted call.
    std::shared_ptr<Shared> s = shared;
    QMutexLocker lock(&s->mutex);
    const auto it = s->records.find(ticket);
    if (it == s->records.end())
        return;  // cancelled
    QObject *context = it->second.context.data();
    if (!context) {
        QObject::disconnect(it->second.onDestroyed);
        s->records.erase(it);
        return;
    }
    QMetaObject::invokeMethod(
        context,
        [s, ticket, response] {
            Shared::Record r = s->take(ticket);  // empty when cancelled meanwhile
            if (!r.done)
                return;
            QObject::disconnect(r.onDestroyed);
            r.done(response);
        },
        Qt::QueuedConnection);
}

void HttpFetcher::Private::stop()
{
    {
        QMutexLocker lock(&mutex);
        if (stopped)
            return;
        stopped = true;
        engine = nullptr;
    }
    if (worker) {
        worker->quit();
        worker->wait();
        worker.reset();
    }
    std::unordered_map<Ticket, Shared::Record> dropped;
    {
        QMutexLocker lock(&shared->mutex);
        dropped.swap(shared->records);
    }
    for (auto &entry : dropped)
        QObject::disconnect(entry.second.onDestroyed);
}

QByteArray FetchResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

HttpFetcher &HttpFetcher::instance()
{
    static HttpFetcher fetcher;
    return fetcher;
}

HttpFetcher::HttpFetcher() : d(std::make_unique<Private>())
{
    Private *p = d.get();
    d->worker = std::make_unique<Worker>(
        [p](quint64 ticket, const FetchResponse &response) { p->deliver(ticket, response); });
    d->worker->setObjectName(QStringLiteral("HttpFetcher"));
    d->worker->start();
    d->worker->ready.acquire();
    {
        QMutexLocker lock(&d->mutex);
        d->engine = d->worker->engine;
    }

    QMutexLocker lock(&Private::registryMutex());
    Private::registry().insert(p);
    if (QCoreApplication::instance() && !Private::routineAdded()) {
        qAddPostRoutine(&Private::stopAll);
        Private::routineAdded() = true;
    }
}

HttpFetcher::~HttpFetcher()
{
    {
        QMutexLocker lock(&Private::registryMutex());
        Private::registry().remove(d.get());
    }
    d->stop();
}

HttpFetcher::Ticket HttpFetcher::fetch(const FetchRequest &request, QObject *context, Done done)
{
    const Ticket ticket = d->nextTicket.fetch_add(1);
    if (!context || !done)
        return ticket;
    {
        std::shared_ptr<Shared> s = d->shared;
        QMutexLocker lock(&s->mutex);
        Shared::Record &r = s->records[ticket];
        r.context = context;
        r.done = std::move(done);
        r.onDestroyed = QObject::connect(context, &QObject::destroyed, [s, ticket] {
            Shared::Record dead = s->take(ticket);  // (destroyed outside the lock, here)
        });
    }
    if (!d->post([ticket, request](fetch::FetchEngine *e) { e->enqueue(ticket, request); }))
        d->shared->take(ticket);  // stopped (the application is exiting): nothing will come
    return ticket;
}

void HttpFetcher::cancel(Ticket ticket)
{
    Shared::Record r = d->shared->take(ticket);
    if (r.done)
        QObject::disconnect(r.onDestroyed);
    d->post([ticket](fetch::FetchEngine *e) { e->cancel(ticket); });
}

void HttpFetcher::setLimits(int perHost, int overall)
{
    d->post([perHost, overall](fetch::FetchEngine *e) { e->setLimits(perHost, overall); });
}

} // namespace fi::net
