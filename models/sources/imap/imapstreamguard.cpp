#include "sources/imap/imapstreamguard.h"

#include <QCoreApplication>

#include <libetpan/libetpan.h>

#include <condition_variable>
#include <map>
#include <set>
#include <thread>

#include <sys/socket.h>

namespace fi::imap {

using Clock = std::chrono::steady_clock;

/// One thread for every session of the process: shuts down the socket of a command that
/// passed its deadline. Entries are few (one per running command), so a linear scan is fine.
class Watchdog {
public:
    static Watchdog &instance()
    {
        // Never destroyed: a worker left to finish on its own may still use it during exit.
        static Watchdog *w = new Watchdog;
        return *w;
    }
    quint64 arm(std::weak_ptr<StreamGuard> guard, Clock::time_point deadline)
    {
        std::lock_guard lock(m_mutex);
        if (!m_thread.joinable())
            m_thread = std::thread([this] { run(); });
        const quint64 id = ++m_nextId;
        m_entries.emplace(id, Entry{std::move(guard), deadline});
        m_wake.notify_one();
        return id;
    }
    void disarm(quint64 id)
    {
        std::lock_guard lock(m_mutex);
        m_entries.erase(id);
    }
private:
    struct Entry {
        std::weak_ptr<StreamGuard> guard;
        Clock::time_point deadline;
    };
    void run()
    {
        std::unique_lock lock(m_mutex);
        while (!m_stop) {
            if (m_entries.empty()) {
                m_wake.wait(lock);
                continue;
            }
            Clock::time_point next = Clock::time_point::max();
            for (const auto &[id, e] : m_entries)
                next = std::min(next, e.deadline);
            if (Clock::now() < next) {
                m_wake.wait_until(lock, next);
                continue;
            }
            std::vector<std::shared_ptr<StreamGuard>> due;
            const Clock::time_point now = Clock::now();
            for (auto it = m_entries.begin(); it != m_entries.end();) {
                if (it->second.deadline <= now) {
                    if (auto g = it->second.guard.lock())
                        due.push_back(std::move(g));
                    it = m_entries.erase(it);
                } else {
                    ++it;
                }
            }
            lock.unlock();
            for (const auto &g : due)
                g->tripWith(GuardTrip::Deadline);
            due.clear(); // a guard may die here: not under our lock
            lock.lock();
        }
    }
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::map<quint64, Entry> m_entries;
    quint64 m_nextId = 0;
    bool m_stop = false;
    std::thread m_thread;
};

/// The mailstream_low driver wrapped around libetpan's own (socket or TLS): everything is
/// forwarded to the inner stream; reads are counted and scanned, and refused once tripped.
struct StreamGuard::Driver {
    struct Data {
        mailstream_low *inner = nullptr;
        std::shared_ptr<StreamGuard> guard;
        int fd = -1;
    };
    static Data *data(mailstream_low *s) { return static_cast<Data *>(s->data); }

    static ssize_t read(mailstream_low *s, void *buf, size_t count)
    {
        Data *d = data(s);
        StreamGuard &g = *d->guard;
        if (g.trip() != GuardTrip::None)
            return -1;
        const Clock::time_point start = Clock::now();
        const ssize_t r = mailstream_low_read(d->inner, buf, count);
        if (r > 0)
            return g.account(static_cast<const char *>(buf), r) ? r : -1;
        if (g.trip() != GuardTrip::None)
            return -1;
        // End of stream: the server hung up. libetpan's parser loops forever on a 0 inside a
        // literal, and an IMAP connection never ends mid-dialogue on purpose, so it is an error.
        if (r == 0 && count > 0)
            return -1;
        // libetpan's drivers return -1 both on error and when nothing came within the timeout.
        time_t timeout = mailstream_low_get_timeout(d->inner);
        if (timeout <= 0)
            timeout = mailstream_network_delay.tv_sec;
        if (r < 0 && Clock::now() - start >= std::chrono::seconds(timeout) - std::chrono::milliseconds(500))
            g.tripWith(GuardTrip::ReadTimeout);
        return r;
    }
    static ssize_t write(mailstream_low *s, const void *buf, size_t count)
    {
        Data *d = data(s);
        if (d->guard->trip() != GuardTrip::None)
            return -1;
        return mailstream_low_write(d->inner, buf, count);
    }
    static int close(mailstream_low *s)
    {
        Data *d = data(s);
        d->guard->clearFd(d->fd);
        return mailstream_low_close(d->inner);
    }
    static int getFd(mailstream_low *s) { return mailstream_low_get_fd(data(s)->inner); }
    static void free(mailstream_low *s)
    {
        Data *d = data(s);
        d->guard->clearFd(d->fd);
        mailstream_low_free(d->inner);
        delete d;
        ::free(s); // allocated by mailstream_low_new()
    }
    static void cancel(mailstream_low *s) { mailstream_low_cancel(data(s)->inner); }
    static struct mailstream_cancel *getCancel(mailstream_low *s) { return mailstream_low_get_cancel(data(s)->inner); }
    static carray *certificateChain(mailstream_low *s)
    {
        return mailstream_low_get_certificate_chain(data(s)->inner);
    }
    static int setupIdle(mailstream_low *s) { return mailstream_low_setup_idle(data(s)->inner); }
    static int unsetupIdle(mailstream_low *s) { return mailstream_low_unsetup_idle(data(s)->inner); }
    static int interruptIdle(mailstream_low *s) { return mailstream_low_interrupt_idle(data(s)->inner); }

    static mailstream_low_driver table;
};

mailstream_low_driver StreamGuard::Driver::table = {
    &Driver::read, &Driver::write, &Driver::close, &Driver::getFd, &Driver::free, &Driver::cancel,
    &Driver::getCancel, &Driver::certificateChain, &Driver::setupIdle, &Driver::unsetupIdle,
    &Driver::interruptIdle,
};

namespace {
/// Every live guard, for cancelAll().
struct Registry {
    std::mutex mutex;
    std::set<StreamGuard *> guards;
};
Registry &registry()
{
    static Registry *r = new Registry; // never destroyed: guards may outlive static destruction
    return *r;
}
} // namespace

StreamGuard::StreamGuard()
{
    {
        std::lock_guard lock(registry().mutex);
        registry().guards.insert(this);
    }
    // Quitting never waits on a silent server: when the event loop ends, every connection goes.
    static std::once_flag hooked;
    std::call_once(hooked, [] {
        if (QCoreApplication *app = QCoreApplication::instance())
            QObject::connect(app, &QCoreApplication::aboutToQuit, app, &StreamGuard::cancelAll, Qt::DirectConnection);
    });
}

StreamGuard::~StreamGuard()
{
    {
        std::lock_guard lock(registry().mutex);
        registry().guards.erase(this);
    }
    if (m_watchId)
        Watchdog::instance().disarm(m_watchId);
}

void StreamGuard::cancelAll()
{
    std::lock_guard lock(registry().mutex); // held: no guard is destroyed meanwhile
    for (StreamGuard *g : registry().guards)
        g->cancel();
}

void StreamGuard::attach(mailstream *stream)
{
    mailstream_low *low = stream ? mailstream_get_low(stream) : nullptr;
    if (!low || low->driver == &Driver::table)
        return;
    auto *d = new Driver::Data{low, shared_from_this(), mailstream_low_get_fd(low)};
    mailstream_low *outer = mailstream_low_new(d, &Driver::table);
    if (!outer) {
        delete d;
        return;
    }
    mailstream_low_set_timeout(outer, mailstream_low_get_timeout(low));
    mailstream_set_low(stream, outer);
    setFd(d->fd);
}

void StreamGuard::observe(mailstream *stream, const char *data, size_t size, const Limits &limits)
{
    mailstream_low *low = stream ? mailstream_get_low(stream) : nullptr;
    if (!low || low->driver == &Driver::table)
        return; // attach()ed: the wrapper counts (the inner stream logs the same bytes again)
    setFd(mailstream_low_get_fd(low)); // again after STARTTLS put a TLS stream in place
    if (!m_observing) {
        m_observing = true;
        begin(limits);
    }
    if (m_trip.load() == GuardTrip::None)
        account(data, qint64(size));
}

void StreamGuard::begin(const Limits &limits)
{
    end();
    m_limits = limits;
    m_commandBytes = 0;
    m_watchId = Watchdog::instance().arm(weak_from_this(),
                                         Clock::now() + std::chrono::seconds(limits.commandDeadlineSeconds));
}

void StreamGuard::end()
{
    if (m_watchId)
        Watchdog::instance().disarm(m_watchId);
    m_watchId = 0;
}

void StreamGuard::cancel() { tripWith(GuardTrip::Cancelled); }

void StreamGuard::tripWith(GuardTrip why, qint64 bytes)
{
    GuardTrip none = GuardTrip::None;
    if (m_trip.compare_exchange_strong(none, why))
        m_tripBytes = bytes;
    std::lock_guard lock(m_fdMutex);
    if (m_fd >= 0)
        ::shutdown(m_fd, SHUT_RDWR); // wakes a read blocked in poll() on any thread
}

void StreamGuard::setFd(int fd)
{
    std::lock_guard lock(m_fdMutex);
    m_fd = fd;
    if (m_fd >= 0 && m_trip.load() != GuardTrip::None)
        ::shutdown(m_fd, SHUT_RDWR);
}

void StreamGuard::clearFd(int fd)
{
    std::lock_guard lock(m_fdMutex);
    if (m_fd == fd)
        m_fd = -1; // closed next: never shut down a descriptor number reused elsewhere
}

bool StreamGuard::account(const char *data, qint64 size)
{
    m_commandBytes += size;
    if (m_commandBytes > m_limits.maxResponseBytes) {
        tripWith(GuardTrip::ResponseTooLarge, m_commandBytes);
        return false;
    }
    // Literal headers "{N}" CRLF outside literals (RFC 3501 §4.3; "~{N}" of RFC 3516 alike).
    // Inside a literal nothing is interpreted, so a message cannot fake one.
    enum { Normal, Digits, Closed, Cr };
    constexpr quint64 kSaturate = quint64(1) << 62;
    for (qint64 i = 0; i < size; ++i) {
        if (m_literalLeft > 0) {
            const quint64 skip = qMin<quint64>(m_literalLeft, quint64(size - i));
            m_literalLeft -= skip;
            i += qint64(skip) - 1;
            continue;
        }
        const char c = data[i];
        bool start = false;
        switch (m_scan) {
        case Digits:
            if (c >= '0' && c <= '9') {
                m_number = qMin(kSaturate, m_number * 10 + quint64(c - '0'));
                ++m_digits;
                continue;
            }
            if (c == '}' && m_digits > 0) {
                m_scan = Closed;
                continue;
            }
            break;
        case Closed:
            if (c == '\r') {
                m_scan = Cr;
                continue;
            }
            start = c == '\n';
            break;
        case Cr:
            start = c == '\n';
            break;
        default:
            break;
        }
        if (start) {
            m_scan = Normal;
            if (m_number > quint64(m_limits.maxLiteralBytes)) {
                tripWith(GuardTrip::LiteralTooLarge, qint64(qMin<quint64>(m_number, quint64(std::numeric_limits<qint64>::max()))));
                return false;
            }
            m_literalLeft = m_number;
            continue;
        }
        m_scan = c == '{' ? Digits : Normal;
        if (m_scan == Digits) {
            m_number = 0;
            m_digits = 0;
        }
    }
    return true;
}

} // namespace fi::imap
