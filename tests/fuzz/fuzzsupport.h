#pragma once
/// @file fuzzsupport.h
/// @brief Small helpers shared by the libFuzzer harnesses (tests/fuzz/*_fuzz.cpp).

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace fuzz {

/// Consumes the input from the front: option bytes first, the rest is the payload.
class Input {
public:
    Input(const uint8_t *data, size_t size) : m_data(data), m_size(size) {}
    /// Next byte, 0 when exhausted.
    uint8_t byte()
    {
        if (m_size == 0)
            return 0;
        --m_size;
        return *m_data++;
    }
    /// Up to @p n bytes up to (excluding) the first @p stop byte, which is consumed.
    QByteArray until(char stop, size_t n)
    {
        size_t i = 0;
        while (i < m_size && i < n && char(m_data[i]) != stop)
            ++i;
        QByteArray out(reinterpret_cast<const char *>(m_data), qsizetype(i));
        const size_t used = (i < m_size && char(m_data[i]) == stop) ? i + 1 : i;
        m_data += used;
        m_size -= used;
        return out;
    }
    /// Everything left.
    QByteArray rest()
    {
        QByteArray out(reinterpret_cast<const char *>(m_data), qsizetype(m_size));
        m_data += m_size;
        m_size = 0;
        return out;
    }
    size_t remaining() const { return m_size; }

private:
    const uint8_t *m_data;
    size_t m_size;
};

/// A QCoreApplication for code that needs one (translations, QTimeZone, plugins); created once.
inline void ensureApp()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    (void)app;
}

/// A per-process scratch file (in $TMPDIR) rewritten with @p bytes on each call: for parsers
/// that only read from a path. Removed at exit.
inline QString scratchFile(const QByteArray &bytes, const char *suffix)
{
    static const QString dir = [] {
        QString d = QDir::tempPath() + QStringLiteral("/fi-fuzz-%1").arg(QCoreApplication::applicationPid());
        QDir().mkpath(d);
        std::atexit([] { QDir(QDir::tempPath() + QStringLiteral("/fi-fuzz-%1").arg(QCoreApplication::applicationPid())).removeRecursively(); });
        return d;
    }();
    const QString path = dir + QLatin1Char('/') + QLatin1String(suffix);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "fuzz: cannot write %s\n", qPrintable(path));
        std::abort();
    }
    f.write(bytes);
    return path;
}

/// Fails the run (libFuzzer records a crash artifact) when a harness property is violated.
#define FUZZ_ASSERT(cond, ...)                                                                   \
    do {                                                                                         \
        if (!(cond)) {                                                                           \
            std::fprintf(stderr, "fuzz property violated: %s\n", #cond);                         \
            std::fprintf(stderr, __VA_ARGS__);                                                   \
            std::fprintf(stderr, "\n");                                                          \
            std::abort();                                                                        \
        }                                                                                        \
    } while (0)

} // namespace fuzz
