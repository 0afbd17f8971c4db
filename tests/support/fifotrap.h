#pragma once
/// @file fifotrap.h
/// @brief A FIFO that nobody should open, and proof that nobody did: a thread keeps opening its
/// write end without blocking, which succeeds only while some process has the read end open
/// (else ENXIO); closing it again hands that reader an EOF, so a reader never hangs and every
/// reader, in this process or another (the app under test), is counted. Linux/POSIX only.

#include <QByteArray>
#include <QFile>
#include <QString>

#include <atomic>
#include <chrono>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fi::test {

class FifoTrap {
public:
    /// Creates the FIFO at @p path (mode 0600) and starts watching it.
    explicit FifoTrap(const QString &path) : m_path(QFile::encodeName(path))
    {
        m_ok = ::mkfifo(m_path.constData(), 0600) == 0;
        if (m_ok)
            m_thread = std::thread([this] { run(); });
    }
    ~FifoTrap()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    FifoTrap(const FifoTrap &) = delete;
    FifoTrap &operator=(const FifoTrap &) = delete;

    bool ok() const { return m_ok; }
    /// How many times a reader had the FIFO open (polled every 2 ms).
    int readers() const { return m_readers; }

private:
    void run()
    {
        while (!m_stop) {
            const int fd = ::open(m_path.constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
            if (fd >= 0) {
                ++m_readers;
                ::close(fd);
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
    }

    QByteArray m_path;
    bool m_ok = false;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_readers{0};
    std::thread m_thread;
};

} // namespace fi::test
