#pragma once
/// @file openwatch.h
/// @brief Proof that a regular file was not read: counts inotify IN_OPEN | IN_ACCESS events on
/// it. Linux only. Used by the hostile-content tests (nothing may load a local image).

#include <QFile>
#include <QString>

#include <sys/inotify.h>
#include <unistd.h>

namespace fi::test {

/// Counts opens and reads of one regular file (inotify IN_OPEN | IN_ACCESS).
class OpenWatch {
public:
    explicit OpenWatch(const QString &path)
    {
        m_fd = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        if (m_fd >= 0)
            m_wd = ::inotify_add_watch(m_fd, QFile::encodeName(path).constData(), IN_OPEN | IN_ACCESS);
    }
    ~OpenWatch()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    bool ok() const { return m_fd >= 0 && m_wd >= 0; }
    /// Events since the last call.
    int events()
    {
        int count = 0;
        alignas(inotify_event) char buf[4096];
        for (;;) {
            const ssize_t n = ::read(m_fd, buf, sizeof buf);
            if (n <= 0)
                break;
            for (ssize_t off = 0; off < n;) {
                const auto *e = reinterpret_cast<const inotify_event *>(buf + off);
                ++count;
                off += ssize_t(sizeof(inotify_event) + e->len);
            }
        }
        return count;
    }

private:
    int m_fd = -1;
    int m_wd = -1;
};

} // namespace fi::test
