#pragma once
/// @file bodycache.h
/// @brief On-disk cache of full messages fetched from remote sources (issue 3: "the full body
/// is fetched on demand when the item is opened and cached").

#include <QByteArray>
#include <QString>

#include <optional>

namespace fi {

/**
 * @brief Raw RFC 5322 messages under <dir>/<sourceId>/<sha1(folder, locator)>.eml.
 *
 * An IMAP message never changes under its (UIDVALIDITY, UID) locator (RFC 3501 §2.3.1.1), so an
 * entry stays valid as long as the locator exists; a changed UIDVALIDITY gives new locators.
 * Writes are atomic (QSaveFile): a crash leaves no partial entry. When the cache grows beyond
 * maxBytes, the least recently used entries (file modification time, touched on reads) go.
 *
 * Thread-safe: no shared state besides the files; call from worker threads (disk I/O).
 */
class BodyCache {
public:
    static constexpr qint64 kDefaultMaxBytes = 256LL * 1024 * 1024;

    explicit BodyCache(QString dir, qint64 maxBytes = kDefaultMaxBytes);

    QString dir() const { return m_dir; }
    /// The cached message, or nullopt.
    std::optional<QByteArray> get(qint64 sourceId, const QString &folder, const QString &locator) const;
    /// Store a message; prunes the cache when it grew past maxBytes. @return false on a write error.
    bool put(qint64 sourceId, const QString &folder, const QString &locator, const QByteArray &message) const;
    /// Forget every entry of a source (it was removed).
    void removeSource(qint64 sourceId) const;
    /// Bytes used by all entries.
    qint64 sizeBytes() const;

private:
    QString pathOf(qint64 sourceId, const QString &folder, const QString &locator) const;
    void prune() const;
    QString m_dir;
    qint64 m_maxBytes;
};

} // namespace fi
